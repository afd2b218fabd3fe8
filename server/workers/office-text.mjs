// What the parse sandbox reads out of Office files: the text of a PPTX's slides in the order they are shown, and the
// cells of an XLSX's first worksheet (the expert import).
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { LIMITS, Refused, tooLarge } from './parse-limits.mjs';
import { checkZipSizes, eachEntry, openZip, readEntry } from './zip-entries.mjs';

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

export async function pptxText(path) {
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

/** The first worksheet's cell values, row by row (values indexed by column from 1, as exceljs gives them). */
export async function xlsxRows(path) {
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
