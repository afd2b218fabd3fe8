// Runs in a worker thread of the parse sandbox (src/common/parse-sandbox/parse-sandbox.ts, piscina): every parser of
// an uploaded file's content — pdf.js (text of a declaration PDF), pdf-lib (the upload check of a PDF), yauzl + saxes
// (slides of a PPTX), exceljs (the expert import) — runs here, never on the thread serving requests. The pool bounds
// this thread's JS heap (resourceLimits) and its time, and kills it past either; Buffers and inflated bytes are not
// on that heap, so every byte this file inflates is counted against a cap (per entry or stream, and in total) and
// reading stops at the cap, whatever sizes the file declares. Plain JavaScript, not compiled: the same file serves
// the built server and the tests (like sha256-file.mjs). The caps are in parse-limits.mjs, the readers beside it:
// zip-entries.mjs, office-text.mjs (PPTX, XLSX) and pdf-document.mjs.
//
// Answers are plain data: { ok: true, ... } or { ok: false, reason } with reason one of
//   'too-large'   the file unpacks to more than the caps (a compression bomb) or holds too many entries;
//   'encrypted'   password-protected;
//   'unreadable'  broken, or not what it says it is.
import { checkZipSizes } from './zip-entries.mjs';
import { LIMITS, Refused } from './parse-limits.mjs';
import { pptxText, xlsxRows } from './office-text.mjs';
import { pdfCheck, pdfText } from './pdf-document.mjs';

export { LIMITS };
export { checkPdfStreams } from './pdf-document.mjs';

export default async function parseDocument(task) {
  try {
    switch (task.kind) {
      case 'pdf-text':
        return { ok: true, pages: await pdfText(task.path) };
      case 'pptx-text':
        return { ok: true, pages: await pptxText(task.path) };
      case 'pdf-check':
        return { ok: true, ...(await pdfCheck(task.path)) };
      case 'xlsx-rows':
        return { ok: true, ...(await xlsxRows(task.path)) };
      case 'zip-check':
        await checkZipSizes(task.path, LIMITS.zipEntryBytes, LIMITS.zipTotalBytes);
        return { ok: true };
      default:
        throw new Error(`unknown task ${task.kind}`);
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, detail: error.message };
    if (error && error.name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    return { ok: false, reason: 'unreadable', detail: String(error && error.message ? error.message : error).slice(0, 300) };
  }
}
