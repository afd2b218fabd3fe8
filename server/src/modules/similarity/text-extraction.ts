// Text out of a declaration file, page by page (PDF, with pdf.js) or slide by slide (PPTX: the slide XML inside the zip,
// in the presentation's own order, read with a SAX parser). A file that has no text to compare (an old binary .ppt, a
// scanned PDF without a text layer, an encrypted or broken file, a compression bomb) is reported with its reason,
// never skipped silently. The parsing itself runs in the parse sandbox (workers/parse-document.mjs): a worker thread
// with caps on the bytes it unpacks, its heap, its time and the process's memory, so a hostile file costs the server
// neither memory nor the thread that serves requests.

import type { ErrorCode } from '@cacem/shared';
import { normaliseText } from '@cacem/shared';
import { parseSandbox, type SandboxRefusal } from '../../common/parse-sandbox/parse-sandbox.js';
import { PPT_MIME } from '../material/index.js';

export type Extraction =
  | { ok: true; pages: string[] }
  | { ok: false; code: ErrorCode; pages: number };

/** Fewer normalised characters than this per page on average: a scan or pictures, not a text to compare. */
const MIN_CHARS_PER_PAGE = 20;
/** A file that has not been read within this time is given up (its worker thread is terminated). */
const EXTRACT_TIMEOUT_MS = 120_000;

const failed = (code: ErrorCode, pages = 0): Extraction => ({ ok: false, code, pages });

const REASON_CODES: Record<SandboxRefusal, ErrorCode> = {
  'too-large': 'SIMILARITY_TOO_LARGE',
  limit: 'SIMILARITY_PARSE_LIMIT',
  encrypted: 'SIMILARITY_ENCRYPTED',
  unreadable: 'SIMILARITY_UNREADABLE',
};

export async function extractText(path: string, mime: string): Promise<Extraction> {
  if (mime === PPT_MIME) return failed('SIMILARITY_LEGACY_PPT');
  const pdf = mime === 'application/pdf';
  const result = await parseSandbox.run({ kind: pdf ? 'pdf-text' : 'pptx-text', path }, { timeoutMs: EXTRACT_TIMEOUT_MS });
  if (!result.ok) return failed(REASON_CODES[result.reason]);
  const chars = normaliseText(result.pages).text.length;
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, result.pages.length)) {
    return failed(pdf ? 'SIMILARITY_NO_TEXT_LAYER' : 'SIMILARITY_NO_SLIDE_TEXT', result.pages.length);
  }
  return { ok: true, pages: result.pages };
}
