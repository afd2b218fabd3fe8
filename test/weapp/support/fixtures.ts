import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { pptxFixture } from '../../../server/test/support/material-files.js';
import { api } from '../../e2e/support/api.js';
import type { MiniProgram } from '../runtime/mini-program.js';
import type { ApiCall } from '../runtime/wx/host.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Two real photographs (JPEG, 500×500 and 1600×1600) shipped inside packages the project installs from its lockfile:
 * @fastify/static (the server's static files) and lottie-web (NutUI's animations). Referenced, never copied; a missing
 * one fails the test rather than fall back to a fake.
 */
export const PHOTOS = [
  join(ROOT, 'node_modules/@fastify/static/test/static/shallow/sample.jpg'),
  join(ROOT, 'node_modules/lottie-web/test/animations/footage/images/img_1.jpg'),
];

export function realPhotos(): string[] {
  for (const photo of PHOTOS) {
    if (!existsSync(photo)) throw new Error(`缺少测试照片 ${photo}（npm ci 安装的依赖里应当有它）`);
    const head = readFileSync(photo).subarray(0, 3).toString('hex');
    if (head !== 'ffd8ff') throw new Error(`${photo} 不是 JPEG`);
  }
  return PHOTOS;
}

export interface MaterialFiles {
  dir: string;
  pdf: string;
  pptx: string;
  pdfBytes: number;
  remove(): void;
}

/**
 * The declaration's files as a team would send them: a PDF of scanned pages (the real photos embedded, a few MB so the
 * upload reports progress many times) and a PPTX, written to a temp folder the caller removes.
 */
export async function materialFiles(pages = 20): Promise<MaterialFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-materials-'));
  mkdirSync(dir, { recursive: true });
  const doc = await PDFDocument.create();
  doc.setTitle('钢筋加工一班申报材料');
  const [small, large] = realPhotos().map((p) => readFileSync(p));
  for (let i = 0; i < pages; i += 1) {
    // Each page embeds its own copy, as a scanner's PDF holds one image per page.
    const image = await doc.embedJpg(i % 4 === 0 ? small! : large!);
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 40, y: 120, width: 515, height: 515 });
  }
  const pdfBytes = Buffer.from(await doc.save());
  const pdf = join(dir, 'shenbao.pdf');
  const pptx = join(dir, 'fabu.pptx');
  writeFileSync(pdf, pdfBytes);
  writeFileSync(pptx, pptxFixture('钢筋加工一班成果发布'));
  return { dir, pdf, pptx, pdfBytes: pdfBytes.length, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The WeChat APIs a journey called, printed as a table and written to test/artifacts/weapp/<name>.json. */
export function writeApiLog(name: string, calls: readonly ApiCall[]): string {
  const dir = join(ROOT, 'test', 'artifacts', 'weapp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(calls, null, 2)}\n`);
  console.table(calls.map((c) => ({ api: c.api, page: c.page, ok: c.ok, detail: c.detail.slice(0, 90) })));
  return file;
}

/** The input or textarea of the form item labelled `label` (for fields without a placeholder). */
export function fieldByLabel(mp: MiniProgram, label: string): Element {
  const labels = mp.ui.findAll(label);
  for (const el of labels) {
    let item: Element | null = el.parentElement;
    while (item && !item.querySelector('input, textarea')) item = item.parentElement;
    const field = item?.querySelector('input, textarea');
    if (field) return field;
  }
  throw new Error(`页面 ${mp.currentRoute()} 上没有标签为「${label}」的输入框`);
}

/** Taps the button showing `text` (not a title or hint showing the same words). */
export async function tapButton(mp: MiniProgram, text: string): Promise<void> {
  const button = await mp.ui.located(() => {
    const inButton = mp.ui.findAll(text).filter((el) => el.closest('button'));
    if (inButton.length === 0) throw new Error(`页面 ${mp.currentRoute()} 上没有按钮「${text}」：${mp.ui.text().slice(0, 400)}`);
    return inButton[inButton.length - 1]!;
  });
  await mp.ui.tap(button);
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RecordSummary {
  id: number;
  clientKey: string;
  content: string;
  photoCount: number;
}

/** The team's activity records as the server lists them. */
export async function serverRecords(base: string, teamId: number | string, token: string): Promise<RecordSummary[]> {
  return (await api<{ items: RecordSummary[] }>(base, 'GET', `/teams/${teamId}/activity-records?pageSize=100`, { token })).items;
}
