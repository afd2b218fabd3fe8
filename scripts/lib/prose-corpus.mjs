// Real Chinese prose for the 材料查重 evaluation (issue 18): paragraphs of Debian's Chinese documentation packages,
// fetched once with `apt-get download`, unpacked with `dpkg-deb -x` and cached in <repo>/.cache/prose-corpus/.
// Real prose matters because synthetic pseudo-words share no phrasing between documents, so they make the check look
// better than it is; these manuals share the idiom (和、的、可以、进行……) that unrelated declarations share.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PROSE_CORPUS_PATH = join(ROOT, '.cache/prose-corpus/paragraphs-v1.json');

/** Each package, and the folder inside it whose HTML pages are Chinese (the installation guide ships every language). */
export const PROSE_PACKAGES = [
  { name: 'debian-reference-zh-cn', under: 'usr/share/debian-reference' },
  { name: 'maint-guide-zh-cn', under: 'usr/share/doc' },
  { name: 'installation-guide-amd64', under: 'usr/share/doc/installation-guide-amd64/zh_CN' },
  // Two releases of the same manual: the later one only, or half its paragraphs would be there twice.
  { name: 'debian-edu-doc-zh-cn', under: 'usr/share/doc/debian-edu-doc-zh-cn', only: /bookworm/ },
  { name: 'libreoffice-help-zh-cn', under: 'usr/share/libreoffice/help/zh-CN' },
  { name: 'kicad-doc-zh', under: 'usr/share/doc/kicad/help/zh' },
];

const MIN_CJK = 40;
const MIN_CJK_SHARE = 0.5;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The prose paragraphs of one HTML page: `<p>` text, tags stripped, whitespace collapsed, mostly Chinese. */
export function proseParagraphs(html) {
  const out = [];
  for (const [, inner] of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/giu)) {
    let text = decode(inner.replace(/<[^>]*>/gu, ' ')).replace(/\s+/gu, ' ').trim();
    // A line break inside the source between two Chinese characters is not a space in the text.
    text = text.replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/gu, '$1');
    const cjk = text.match(CJK)?.length ?? 0;
    if (cjk >= MIN_CJK && cjk >= MIN_CJK_SHARE * text.length) out.push(text);
  }
  return out;
}

function htmlFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  // Symbolic links (often to files of other packages, absent here) are not followed.
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.isFile() && /\.html?$/u.test(entry.name)) out.push(path);
  }
  return out;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function download(dir, names, log) {
  const attempt = () => spawnSync('apt-get', ['download', ...names], { cwd: dir, encoding: 'utf8' });
  let result = attempt();
  if (result.status !== 0 && isRoot()) {
    log('apt-get download failed; running apt-get update -qq and trying again');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    result = attempt();
  }
  if (result.status !== 0) {
    const command = `apt-get download ${names.join(' ')}`;
    const hint = isRoot() ? '' : `（非 root 用户：请先以 root 身份运行 apt-get update，或在可联网的机器上运行 npm run eval:similarity 生成 ${PROSE_CORPUS_PATH} 后复制过来）`;
    throw new Error(`无法下载查重评估所需的中文文档软件包：${command} 失败${hint}\n${result.stderr ?? ''}`.trim());
  }
}

/** Fetches and extracts the packages (once), and returns the path of the paragraphs file. */
export async function ensureProseCorpus({ log = console.log } = {}) {
  if (existsSync(PROSE_CORPUS_PATH)) return PROSE_CORPUS_PATH;
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'prose-corpus-'));
  try {
    const names = PROSE_PACKAGES.map((p) => p.name);
    log(`Fetching Chinese documentation for the 查重 evaluation: ${names.join(' ')}`);
    download(dir, names, log);
    const debs = readdirSync(dir).filter((f) => f.endsWith('.deb'));
    const packages = [];
    const paragraphs = [];
    // The same paragraph in two places (a help page included in another) is kept once, where it is first met.
    const seen = new Set();
    for (const spec of PROSE_PACKAGES) {
      const deb = debs.find((f) => f.startsWith(`${spec.name}_`));
      if (!deb) throw new Error(`apt-get download 没有下载到软件包 ${spec.name}`);
      const version = execFileSync('dpkg-deb', ['-f', join(dir, deb), 'Version'], { encoding: 'utf8' }).trim();
      const target = join(dir, spec.name);
      mkdirSync(target);
      execFileSync('dpkg-deb', ['-x', join(dir, deb), target]);
      let kept = 0;
      let cjk = 0;
      for (const file of htmlFiles(join(target, spec.under))) {
        const rel = relative(target, file);
        if (spec.only && !spec.only.test(rel)) continue;
        for (const text of proseParagraphs(readFileSync(file, 'utf8'))) {
          if (seen.has(text)) continue;
          seen.add(text);
          paragraphs.push({ package: spec.name, file: rel, text });
          kept += 1;
          cjk += text.match(CJK)?.length ?? 0;
        }
      }
      packages.push({ name: spec.name, version, paragraphs: kept, cjkChars: cjk });
      log(`  ${spec.name} ${version}: ${kept} paragraphs, ${cjk} CJK characters`);
    }
    mkdirSync(join(PROSE_CORPUS_PATH, '..'), { recursive: true });
    const partial = `${PROSE_CORPUS_PATH}.${process.pid}.tmp`;
    writeFileSync(partial, `${JSON.stringify({ version: 1, packages, paragraphs }, null, 1)}\n`);
    // Written whole, then renamed: a run stopped half-way leaves no half file that later runs would trust.
    renameSync(partial, PROSE_CORPUS_PATH);
    log(`Prose corpus ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${PROSE_CORPUS_PATH}`);
    return PROSE_CORPUS_PATH;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/lib/prose-corpus.mjs`: fetch the prose now (npm test and npm run eval:similarity do it themselves).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await ensureProseCorpus());
