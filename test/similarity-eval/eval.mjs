// `npm run eval:similarity` (issue 18): 材料查重 measured on real Chinese prose copied the way people copy. Builds the
// tuning and held-out corpora (shared/src/similarity/eval), renders every declaration with LibreOffice (PDF from DOCX,
// PPTX re-written by Impress; planted pairs always cross the two formats), reads each file back through the server's
// own extractText(), runs detectCorpus() and prints the tables and issue 18's targets on the held-out part.
//   --text-only   skip rendering: the documents' text goes straight to detection (a quick look, ~10 s)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureProseCorpus } from '../../scripts/lib/prose-corpus.mjs';
import { DEFAULT_SIMILARITY, detectCorpus, normaliseText } from '../../shared/dist/index.js';
import {
  boilerplateFrom,
  buildEvalPart,
  CHARS_PER_SWAP,
  documentPages,
  EVAL_PARTS,
  formatEditRates,
  formatScore,
  formatTargets,
  scoreDetection,
} from '../../shared/dist/similarity/eval/index.js';
import { convert, ensureSoffice } from './office.mjs';
import { renderDocx, renderPptx } from './render.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const textOnly = process.argv.includes('--text-only');
const log = (...args) => console.log(...args);
const seconds = (t0) => (performance.now() - t0) / 1000;

/** Writes each document as DOCX or PPTX, has LibreOffice produce the PDF / re-write the PPTX; returns the final files. */
async function render(documents, dir, profile) {
  const source = join(dir, 'source');
  mkdirSync(source, { recursive: true });
  const docx = [];
  const pptx = [];
  for (const d of documents) {
    if (d.format === 'pdf') {
      const path = join(source, `${d.id}.docx`);
      writeFileSync(path, await renderDocx(d));
      docx.push(path);
    } else {
      const path = join(source, `${d.id}.pptx`);
      writeFileSync(path, await renderPptx(d));
      pptx.push(path);
    }
  }
  convert(docx, 'pdf', join(dir, 'office'), profile);
  convert(pptx, 'pptx', join(dir, 'office'), profile);
  return documents.map((d) => ({ id: d.id, path: join(dir, 'office', `${d.id}.${d.format}`), mime: d.format === 'pdf' ? 'application/pdf' : PPTX_MIME }));
}

/** Each file read the way an upload is read (the parse sandbox, pdf.js or the slide XML), a few at a time. */
async function extract(files, extractText) {
  const out = new Array(files.length);
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const k = next++;
      const result = await extractText(files[k].path, files[k].mime);
      if (result.ok) out[k] = result.pages;
      else {
        failures.push(`${files[k].id}: ${result.code}`);
        out[k] = [];
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return { pages: out, failures };
}

const prosePath = await ensureProseCorpus({ log });
const prose = JSON.parse(readFileSync(prosePath, 'utf8'));
const settings = JSON.parse(readFileSync(join(ROOT, 'config/campaigns/2026.json'), 'utf8'));
const boilerplate = boilerplateFrom(readFileSync(join(ROOT, 'config/similarity-boilerplate.txt'), 'utf8'), settings.rubrics.materials.categories);
if (!textOnly) ensureSoffice(log);
// The server's extraction is loaded only when it is used: --text-only needs no server build.
const { extractText } = textOnly ? {} : await import('../../server/dist/modules/similarity/text-extraction.js');
const { parseSandbox } = textOnly ? {} : await import('../../server/dist/common/parse-sandbox/parse-sandbox.js');

const tmp = mkdtempSync(join(tmpdir(), 'similarity-eval-'));
try {
  log(`材料查重评估：Debian 中文文档 ${prose.packages.map((p) => `${p.name} ${p.version}`).join('、')}`);
  log(`改写强度：每 ${CHARS_PER_SWAP.light}/${CHARS_PER_SWAP.medium}/${CHARS_PER_SWAP.heavy} 字一处同义替换（轻改/中改/重改），标点变化、插入、删除另计（见 copy-model.ts）`);
  log(`阈值：报告 ≥ ${DEFAULT_SIMILARITY.reportFrom * 100}%，疑似雷同 ≥ ${DEFAULT_SIMILARITY.suspiciousFrom * 100}%；${textOnly ? '仅文本（--text-only，未渲染）' : 'LibreOffice 渲染为 PDF/PPTX，经服务器 extractText() 读回'}`);
  for (const part of ['tuning', 'heldOut']) {
    const t0 = performance.now();
    const corpus = buildEvalPart(prose, part, boilerplate);
    const built = seconds(t0);
    let pages;
    const timings = [`构建 ${built.toFixed(1)} s`];
    if (textOnly) pages = corpus.documents.map((d) => documentPages(d));
    else {
      const t1 = performance.now();
      const files = await render(corpus.documents, join(tmp, part), join(tmp, 'profile'));
      timings.push(`渲染 ${seconds(t1).toFixed(1)} s`);
      const t2 = performance.now();
      const extracted = await extract(files, extractText);
      timings.push(`读取 ${seconds(t2).toFixed(1)} s`);
      pages = extracted.pages;
      const before = corpus.documents.reduce((n, d) => n + normaliseText(documentPages(d)).text.length, 0);
      const after = pages.reduce((n, p) => n + normaliseText(p).text.length, 0);
      const formats = corpus.documents.filter((d) => d.format === 'pdf').length;
      timings.push(`PDF ${formats} 份、PPTX ${corpus.documents.length - formats} 份，读回字数 ${((after / before) * 100).toFixed(1)}%（含页眉页脚）`);
      if (extracted.failures.length) timings.push(`读取失败 ${extracted.failures.length} 份：${extracted.failures.join('，')}`);
    }
    const t3 = performance.now();
    const result = detectCorpus(
      corpus.documents.map((d, k) => ({ id: d.id, pages: pages[k] })),
      corpus.boilerplate,
    );
    timings.push(`检测 ${seconds(t3).toFixed(1)} s`);
    const score = scoreDetection(corpus, result, DEFAULT_SIMILARITY);
    log(`\n━━ ${EVAL_PARTS[part].label} ${'━'.repeat(40)}`);
    for (const line of formatScore(EVAL_PARTS[part].label, corpus, score)) log(line);
    log('改写实际达到（每 100 字）：');
    for (const line of formatEditRates(corpus)) log(line);
    log(`用时：${timings.join('；')}`);
    if (part === 'heldOut') {
      log('\n议题 18 目标（留出部分）：');
      for (const line of formatTargets(score)) log(`  ${line}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await parseSandbox?.close();
}
