// What the parse sandbox reads out of a PDF: its deflated streams counted against the caps first, then the text of
// its pages (pdf.js) or its page count and encryption (pdf-lib).
import { readFile } from 'node:fs/promises';
import { constants as zlibConstants, createInflate } from 'node:zlib';
import { LIMITS, Refused, tooLarge } from './parse-limits.mjs';

/**
 * Every deflated stream of the PDF unpacked once, counted and dropped, before a PDF parser (which would keep them in
 * memory) sees the file: a stream that unpacks past the bomb ratio, or all of them past the total, refuse the file.
 * Streams are found by their `stream`/`endstream` keywords; only those that start with a zlib header are inflated.
 */
export async function checkPdfStreams(bytes) {
  let total = 0;
  let nonImage = 0;
  let from = 0;
  for (;;) {
    const at = bytes.indexOf('stream', from, 'latin1');
    if (at < 0) break;
    from = at + 6;
    // `endstream` contains `stream`: skip it; data starts after the EOL following the keyword.
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    else if (bytes[start - 1] !== 0x0d) continue;
    const end = bytes.indexOf('endstream', start, 'latin1');
    if (end < 0) break;
    from = end + 9;
    if (end - start < 2) continue;
    const cmf = bytes[start];
    const flg = bytes[start + 1];
    if ((cmf & 0x0f) !== 8 || (cmf * 256 + flg) % 31 !== 0) continue;
    const data = bytes.subarray(start, end);
    // The stream's dictionary, between its `obj` and the keyword: pictures (never decoded to read text) are bounded by
    // the bomb ratio only; page content, fonts and object streams (which parsers decode) also by a size.
    const head = bytes.toString('latin1', Math.max(0, at - 4096), at);
    const image = /\/Subtype\s*\/Image/.test(head.slice(Math.max(0, head.lastIndexOf(' obj'))));
    let cap = Math.max(LIMITS.bombEntryBytes, LIMITS.bombRatio * data.length);
    if (!image) cap = Math.min(cap, LIMITS.pdfStreamBytes, LIMITS.pdfNonImageTotal - nonImage);
    cap = Math.min(cap, LIMITS.pdfInflatedTotal - total);
    const inflated = await countInflated(data, cap);
    if (inflated > cap) throw tooLarge(`a stream at ${start} unpacks past ${cap} bytes`);
    total += inflated;
    if (!image) nonImage += inflated;
  }
  return total;
}

/** Bytes `data` inflates to, counted piece by piece and stopped once past `cap`; a broken stream counts what came out. */
function countInflated(data, cap) {
  return new Promise((resolve) => {
    const inflater = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
    let count = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(count);
    };
    inflater.on('data', (chunk) => {
      count += chunk.length;
      if (count > cap) {
        inflater.destroy();
        finish();
      }
    });
    inflater.on('error', finish);
    inflater.on('end', finish);
    inflater.on('close', finish);
    inflater.end(data);
  });
}

export async function pdfText(path) {
  const bytes = await readFile(path);
  await checkPdfStreams(bytes);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const textBudget = { left: LIMITS.textChars };
  try {
    const document = await task.promise;
    const pages = [];
    for (let p = 1; p <= document.numPages; p++) {
      const page = await document.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      textBudget.left -= text.length;
      if (textBudget.left < 0) throw tooLarge('too much text');
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The upload check of a PDF: its streams within the caps, then pdf-lib's reading of its page count and encryption. */
export async function pdfCheck(path) {
  const bytes = await readFile(path);
  await checkPdfStreams(bytes);
  const { PDFDocument } = await import('pdf-lib');
  try {
    // pdf-lib's EncryptedPDFError does not survive instanceof (ES5 build), so parse anyway and ask.
    const document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    return { encrypted: document.isEncrypted, pages: document.getPageCount() };
  } catch (error) {
    throw new Refused('unreadable', String(error && error.message ? error.message : error));
  }
}
