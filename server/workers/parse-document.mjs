// Runs in a worker thread of the parse sandbox (src/common/parse-sandbox/parse-sandbox.ts, piscina): every parser of
// an uploaded file's content — pdf.js (text of a declaration PDF), pdf-lib (the upload check of a PDF), yauzl + saxes
// (slides of a PPTX), exceljs (the expert import) — runs here, never on the thread serving requests. The pool bounds
// this thread's JS heap (resourceLimits) and its time, and kills it past either; Buffers and inflated bytes are not
// on that heap, so every byte this file inflates is counted against a cap (per entry or stream, and in total) and
// reading stops at the cap, whatever sizes the file declares. Plain JavaScript, not compiled: the same file serves
// the built server and the tests (like sha256-file.mjs).
//
// Answers are plain data: { ok: true, ... } or { ok: false, reason } with reason one of
//   'too-large'   the file unpacks to more than the caps (a compression bomb) or holds too many entries;
//   'encrypted'   password-protected;
//   'unreadable'  broken, or not what it says it is.
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { constants as zlibConstants, createInflate } from 'node:zlib';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

const MiB = 1024 * 1024;

/** The caps. Real declarations stay far below them: a 200-slide deck has a few MB of slide XML, a page a few KB of text. */
export const LIMITS = {
  /** Entries in one zip (a PPTX of 300 slides with pictures has about 1,000). */
  zipEntries: 10_000,
  /** One slide's (or presentation part's) XML once unpacked. */
  xmlEntryBytes: 16 * MiB,
  /** All the XML read from one PPTX once unpacked. */
  xmlTotalBytes: 64 * MiB,
  /** Text kept from one document (characters). */
  textChars: 8_000_000,
  /** One spreadsheet part once unpacked, and all of them. */
  xlsxEntryBytes: 48 * MiB,
  xlsxTotalBytes: 96 * MiB,
  /** An uploaded PPTX's entry (a video can be large) and all of them, once unpacked. */
  zipEntryBytes: 512 * MiB,
  zipTotalBytes: 1024 * MiB,
  /** A deflated stream (zip entry or PDF stream) this large once unpacked is a bomb when it also shrank by more than … */
  bombEntryBytes: 1 * MiB,
  /** … this ratio (real XML, text and pictures compress far less: XML about 10–30×). */
  bombRatio: 200,
  /** A PDF stream that is not a picture (page content, font, object stream) once unpacked, and all of them … */
  pdfStreamBytes: 64 * MiB,
  pdfNonImageTotal: 256 * MiB,
  /** … and all the deflated PDF streams of one file, pictures included. */
  pdfInflatedTotal: 1024 * MiB,
};

class Refused extends Error {
  constructor(reason, detail) {
    super(detail ?? reason);
    this.reason = reason;
  }
}

const tooLarge = (detail) => new Refused('too-large', detail);

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

// ————— zip —————

function openZip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(error ?? new Error('zip')) : resolve(zip)));
  });
}

/** Each central-directory entry in turn (count capped); `visit` may read the entry before the next one is listed. */
async function eachEntry(zip, visit) {
  let count = 0;
  await new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry) => {
      count += 1;
      if (count > LIMITS.zipEntries) return reject(tooLarge(`more than ${LIMITS.zipEntries} entries`));
      Promise.resolve(visit(entry)).then(
        () => zip.readEntry(),
        (error) => reject(error),
      );
    });
    zip.readEntry();
  });
}

/** An obvious bomb from its declared sizes alone: a big entry that shrank too much. */
function declaredBomb(entry) {
  return entry.uncompressedSize > LIMITS.bombEntryBytes && entry.uncompressedSize > LIMITS.bombRatio * Math.max(1, entry.compressedSize);
}

/**
 * The entry's bytes, unpacked, piece by piece into `onChunk`; counted as they come against `entryCap` and the shared
 * `budget` ({ left }), and stopped (the inflater destroyed) the moment either is passed — declared sizes are checked
 * first, but never trusted alone.
 */
function readEntry(zip, entry, entryCap, budget, onChunk) {
  if (entry.uncompressedSize > entryCap) return Promise.reject(tooLarge(`${entry.fileName} declares ${entry.uncompressedSize} bytes`));
  if (entry.uncompressedSize > budget.left) return Promise.reject(tooLarge('declared total too large'));
  if (declaredBomb(entry)) return Promise.reject(tooLarge(`${entry.fileName} compression ratio`));
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('zip entry'));
      let seen = 0;
      const ratioCap = Math.max(LIMITS.bombEntryBytes, LIMITS.bombRatio * entry.compressedSize);
      stream.on('data', (chunk) => {
        seen += chunk.length;
        budget.left -= chunk.length;
        if (seen > entryCap || seen > ratioCap || budget.left < 0) {
          stream.destroy();
          return reject(tooLarge(`${entry.fileName} unpacks past the cap`));
        }
        try {
          onChunk(chunk);
        } catch (parseError) {
          stream.destroy();
          reject(parseError);
        }
      });
      // yauzl stops an entry that unpacks to more than its headers declare: a liar's zip, refused as a bomb.
      stream.on('error', (streamError) => reject(/too many bytes/i.test(String(streamError?.message)) ? tooLarge(`${entry.fileName}: more bytes than declared`) : streamError));
      stream.on('end', resolve);
    });
  });
}

// ————— PPTX —————

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;

/**
 * A streaming XML reader: `onOpen` for each opening tag; the text inside <a:t> runs (a line per <a:p> paragraph) is
 * collected, counted against the document's `text` budget.
 */
function xmlReader(textBudget, onOpen) {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let inText = false;
  let text = '';
  const add = (value) => {
    textBudget.left -= value.length;
    if (textBudget.left < 0) throw tooLarge('too much text');
    text += value;
  };
  parser.on('opentag', (tag) => {
    if (tag.name === 'a:t') inText = true;
    onOpen?.(tag.name, tag.attributes);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'a:t') inText = false;
    else if (tag.name === 'a:p') add('\n');
  });
  parser.on('text', (value) => {
    if (inText) add(value);
  });
  return {
    write: (chunk) => parser.write(decoder.write(chunk)),
    close: () => {
      parser.write(decoder.end()).close();
      return text;
    },
  };
}

async function pptxText(path) {
  const zip = await openZip(path);
  const budget = { left: LIMITS.xmlTotalBytes };
  const textBudget = { left: LIMITS.textChars };
  const slides = new Map();
  const ids = [];
  const targets = new Map();
  let hasPresentation = false;
  let hasRels = false;
  try {
    await eachEntry(zip, async (entry) => {
      const name = entry.fileName;
      if (SLIDE.test(name)) {
        const reader = xmlReader(textBudget);
        await readEntry(zip, entry, LIMITS.xmlEntryBytes, budget, reader.write);
        slides.set(name, reader.close());
      } else if (name === 'ppt/presentation.xml') {
        hasPresentation = true;
        const reader = xmlReader(textBudget, (tag, attributes) => {
          if (tag === 'p:sldId' && attributes['r:id']) ids.push(attributes['r:id']);
        });
        await readEntry(zip, entry, LIMITS.xmlEntryBytes, budget, reader.write);
        reader.close();
      } else if (name === 'ppt/_rels/presentation.xml.rels') {
        hasRels = true;
        const reader = xmlReader(textBudget, (tag, attributes) => {
          if (tag === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, `ppt/${attributes.Target.replace(/^\/?ppt\//, '').replace(/^\.\//, '')}`);
        });
        await readEntry(zip, entry, LIMITS.xmlEntryBytes, budget, reader.write);
        reader.close();
      }
    });
  } finally {
    zip.close();
  }
  return slideOrder(slides, hasPresentation && hasRels ? ids : [], targets).map((name) => slides.get(name));
}

/** Slide parts in the order the presentation shows them (p:sldIdLst → relationships); by number when that is missing. */
function slideOrder(slides, ids, targets) {
  const byNumber = [...slides.keys()].sort((a, b) => Number(SLIDE.exec(a)[1]) - Number(SLIDE.exec(b)[1]));
  const ordered = ids.map((id) => targets.get(id)).filter((name) => !!name && slides.has(name));
  return ordered.length ? [...ordered, ...byNumber.filter((n) => !ordered.includes(n))] : byNumber;
}

// ————— XLSX —————

/** Every entry of the zip unpacked once and counted (nothing kept): what it really holds, whatever it declares. */
async function checkZipSizes(path, entryCap, totalCap) {
  const zip = await openZip(path);
  const budget = { left: totalCap };
  try {
    await eachEntry(zip, (entry) => (entry.fileName.endsWith('/') ? undefined : readEntry(zip, entry, entryCap, budget, () => undefined)));
  } finally {
    zip.close();
  }
}

/** The first worksheet's cell values, row by row (values indexed by column from 1, as exceljs gives them). */
async function xlsxRows(path) {
  // Every part unpacked once and counted before exceljs is let near it.
  await checkZipSizes(path, LIMITS.xlsxEntryBytes, LIMITS.xlsxTotalBytes);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new Refused('unreadable', String(error && error.message ? error.message : error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { sheet: null };
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    rows.push(Array.isArray(values) ? values.map((v) => plainCell(v)) : []);
  }
  return { sheet: { rowCount: sheet.rowCount, rows } };
}

/** A cell value as plain data (structured clone): exceljs gives strings, numbers, dates and small plain objects. */
function plainCell(value) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value));
  }
}

// ————— PDF —————

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

async function pdfText(path) {
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
async function pdfCheck(path) {
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
