// Text out of a declaration file, page by page (PDF, with pdf.js) or slide by slide (PPTX: the slide XML inside the zip,
// in the presentation's own order, read with a SAX parser). A file that has no text to compare (an old binary .ppt, a
// scanned PDF without a text layer, an encrypted or broken file) is reported with its reason, never skipped silently.

import { readFile } from 'node:fs/promises';
import type { ErrorCode } from '@cacem/shared';
import { normaliseText } from '@cacem/shared';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { PPT_MIME } from '../material/material-inspection.js';

export type Extraction =
  | { ok: true; pages: string[] }
  | { ok: false; code: ErrorCode; pages: number };

/** Fewer normalised characters than this per page on average: a scan or pictures, not a text to compare. */
const MIN_CHARS_PER_PAGE = 20;
/** A slide's XML larger than this once unpacked is not a slide but a zip bomb; the file is refused, not read. */
const MAX_XML_BYTES = 16 * 1024 * 1024;
/** A PDF that pdf.js has not read within this time is given up (and its parsing cancelled). */
const PDF_TIMEOUT_MS = 120_000;

const failed = (code: ErrorCode, pages = 0): Extraction => ({ ok: false, code, pages });

export async function extractText(path: string, mime: string): Promise<Extraction> {
  if (mime === PPT_MIME) return failed('SIMILARITY_LEGACY_PPT');
  const result = mime === 'application/pdf' ? await extractPdf(path) : await extractPptx(path);
  if (!result.ok) return result;
  const chars = normaliseText(result.pages).text.length;
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, result.pages.length)) {
    return failed(mime === 'application/pdf' ? 'SIMILARITY_NO_TEXT_LAYER' : 'SIMILARITY_NO_SLIDE_TEXT', result.pages.length);
  }
  return result;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

async function extractPdf(path: string): Promise<Extraction> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('pdf.js timed out')), PDF_TIMEOUT_MS);
  });
  try {
    return await Promise.race([readPages(task), timeout]);
  } catch (error) {
    return failed((error as { name?: string }).name === 'PasswordException' ? 'SIMILARITY_ENCRYPTED' : 'SIMILARITY_UNREADABLE');
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

async function readPages(task: ReturnType<PdfJs['getDocument']>): Promise<Extraction> {
  const document = await task.promise;
  const pages: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    pages.push(text);
    page.cleanup();
  }
  return { ok: true, pages };
}

/** The zip's entries by name, read into memory (slide XML is small; media entries are not read). */
function readZipEntries(path: string, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName)) return zip.readEntry();
        // yauzl checks that the bytes unpacked match the declared size, so the declared size is the one to bound.
        if (entry.uncompressedSize > MAX_XML_BYTES) {
          zip.close();
          return reject(new Error(`${entry.fileName} unpacks to ${entry.uncompressedSize} bytes`));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('zip entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Calls onElement for each opening tag and collects the text inside <a:t> runs, a line per <a:p> paragraph. */
function parseXml(xml: Buffer, onElement?: (name: string, attributes: Record<string, string>) => void): string {
  const parser = new SaxesParser();
  let inText = false;
  let text = '';
  parser.on('opentag', (tag) => {
    if (tag.name === 'a:t') inText = true;
    onElement?.(tag.name, tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'a:t') inText = false;
    else if (tag.name === 'a:p') text += '\n';
  });
  parser.on('text', (value) => {
    if (inText) text += value;
  });
  parser.write(xml.toString('utf8')).close();
  return text;
}

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;

async function extractPptx(path: string): Promise<Extraction> {
  try {
    const entries = await readZipEntries(path, (name) => SLIDE.test(name) || name === 'ppt/presentation.xml' || name === 'ppt/_rels/presentation.xml.rels');
    const order = slideOrder(entries);
    return { ok: true, pages: order.map((name) => parseXml(entries.get(name)!)) };
  } catch {
    return failed('SIMILARITY_UNREADABLE');
  }
}

/** Slide parts in the order the presentation shows them (p:sldIdLst → relationships); by number when that is missing. */
function slideOrder(entries: Map<string, Buffer>): string[] {
  const byNumber = [...entries.keys()].filter((n) => SLIDE.test(n)).sort((a, b) => Number(SLIDE.exec(a)![1]) - Number(SLIDE.exec(b)![1]));
  const presentation = entries.get('ppt/presentation.xml');
  const rels = entries.get('ppt/_rels/presentation.xml.rels');
  if (!presentation || !rels) return byNumber;
  const ids: string[] = [];
  parseXml(presentation, (name, attributes) => {
    if (name === 'p:sldId' && attributes['r:id']) ids.push(attributes['r:id']);
  });
  const targets = new Map<string, string>();
  parseXml(rels, (name, attributes) => {
    if (name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, `ppt/${attributes.Target.replace(/^\/?ppt\//, '').replace(/^\.\//, '')}`);
  });
  const ordered = ids.map((id) => targets.get(id)).filter((name): name is string => !!name && entries.has(name));
  return ordered.length ? [...ordered, ...byNumber.filter((n) => !ordered.includes(n))] : byNumber;
}
