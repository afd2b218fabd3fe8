import { crc32, deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { hostileString, type UploadCase, uploadCase } from './fuzz-arbitraries.js';

/*
 * Uploads as each upload route really wants them, for the fuzz suite (test/fuzz.spec.ts): the form fields the route
 * reads (the record photo route wants `photoKey` then `photo`; materials, letters, lists and evidence want `file`),
 * real files generated per case (PNG and JPEG images, PDF and PPTX documents) and, for the expert pool's import,
 * generated workbooks — valid rows beside rows with formulas, over-long text, dates as serial numbers, merged cells,
 * wrong headers and empty sheets — so the import's own row checks are reached, not only the parser's refusal.
 */

// ---------------------------------------------------------------------------------------------------------------
// Images

/** A real PNG: IHDR, one zlib-compressed IDAT of RGB rows (filter byte 0), IEND, each chunk with its CRC. */
export function pngImage(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A real baseline JPEG, 1×1 grey: quantisation table, frame, one-code Huffman tables for DC and AC, and a scan whose
 * only block is "DC difference 0, end of block" (bits 00, padded with ones). Decoders read it as one grey pixel.
 */
export const JPEG_1x1 = Buffer.from([
  0xff, 0xd8, // SOI
  0xff, 0xdb, 0x00, 0x43, 0x00, ...Array<number>(64).fill(1), // DQT, table 0
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, // SOF0: 8 bits, 1×1, one component
  0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...Array<number>(15).fill(0), 0x00, // DHT DC 0: one 1-bit code for category 0
  0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...Array<number>(15).fill(0), 0x00, // DHT AC 0: one 1-bit code for end of block
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, // SOS
  0x3f, // the scan: 0 (DC 0), 0 (EOB), 111111 padding
  0xff, 0xd9, // EOI
]);

const image = fc.oneof(
  fc
    .record({ width: fc.integer({ min: 1, max: 64 }), height: fc.integer({ min: 1, max: 64 }), rgb: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)) })
    .map(({ width, height, rgb }) => ({ filename: '现场照片.png', content: pngImage(width, height, rgb), contentType: 'image/png' })),
  fc.constant({ filename: '班前会.jpg', content: JPEG_1x1, contentType: 'image/jpeg' }),
);

// ---------------------------------------------------------------------------------------------------------------
// The expert pool's import sheet

/** One cell as the generator writes it: plain values, or the awkward kinds Excel users produce. */
export type SheetCell =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { formula: string; result?: string | number }
  | { richText: string[] }
  | { hyperlink: string; text: string };

export interface SheetSpec {
  /** Worksheets in order; the import reads the first. */
  sheets: Array<{ name: string; rows: SheetCell[][]; merges: string[] }>;
}

const HEADERS = ['姓名', '手机', '所在企业', '推荐单位', '专业', '培训状态', '培训日期', '考核结果', '考核日期', '是否启用'];

/** A row that passes every check of the import (a new or a known mobile: both are valid, an update or a creation). */
function validRow(unitNames: readonly string[]): fc.Arbitrary<SheetCell[]> {
  return fc
    .record({
      name: fc.constantFrom('导入专家', '王工', '李高工', '欧阳建国'),
      mobile: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `136${String(n).padStart(8, '0')}`),
      enterprise: fc.constantFrom('导入专家企业', '中建某局', '某某安装公司'),
      unit: fc.constantFrom(...unitNames),
      specialties: fc.constantFrom('土建', '安装、电气', '土建,装饰'),
      trained: fc.boolean(),
      assessedAs: fc.constantFrom('通过', '未通过', '未考核'),
      active: fc.constantFrom('是', '否', null),
    })
    .map((r) => {
      // The statuses' own rules: a pass needs training first, dates only where there is a status to date.
      const trained = r.trained || r.assessedAs !== '未考核';
      return [
        r.name,
        r.mobile,
        r.enterprise,
        r.unit,
        r.specialties,
        trained ? '已培训' : '未培训',
        trained ? { date: '2026-03-01' } : null,
        r.assessedAs,
        r.assessedAs === '未考核' ? null : 46_100, // an Excel serial date (2026-03-20), as a sheet often holds it
        r.active,
      ];
    });
}

/** Cells a person or a tool puts where they do not belong. */
const oddCell: fc.Arbitrary<SheetCell> = fc.oneof(
  // NUL cannot be stored in a sheet's XML at all (exceljs would write a file Excel refuses): left out.
  hostileString.filter((s) => s.length < 40_000).map((s) => s.split('\u0000').join('')),
  fc.constantFrom<SheetCell>(
    { formula: 'HYPERLINK("http://evil.example","点我")', result: '点我' },
    { formula: '1+1', result: 2 },
    { formula: 'A1&A1' },
    '=cmd|\' /C calc\'!A0',
    '+13600000000',
    '@SUM(1+1)',
    { richText: ['张', '三'] },
    { hyperlink: 'javascript:alert(1)', text: '13600000000' },
    { date: '1900-01-01' },
    { date: '9999-12-31' },
    -1,
    0,
    1e308,
    13_600_000_000,
    true,
    '2026年3月5日',
    '2026/13/45',
    '班'.repeat(5000),
  ),
  fc.integer(),
);

/** A row with one to three cells replaced by odd ones, or a row of odd cells throughout. */
function oddRow(unitNames: readonly string[]): fc.Arbitrary<SheetCell[]> {
  return fc.oneof(
    fc.tuple(validRow(unitNames), fc.array(fc.tuple(fc.nat(HEADERS.length - 1), oddCell), { minLength: 1, maxLength: 3 })).map(([row, edits]) => {
      const copy = [...row];
      for (const [column, cell] of edits) copy[column] = cell;
      return copy;
    }),
    fc.array(oddCell, { minLength: 1, maxLength: 12 }),
  );
}

/** Workbooks for the import: mostly its own headers with valid and odd rows, sometimes wrong headers or no rows. */
export function expertSheetSpec(unitNames: readonly string[]): fc.Arbitrary<SheetSpec> {
  const headers = fc.oneof(
    { weight: 6, arbitrary: fc.constant(HEADERS) },
    // Shuffled, decorated (* and spaces are accepted), aliased, or wrong: a missing required column is refused.
    { weight: 1, arbitrary: fc.shuffledSubarray(HEADERS, { minLength: HEADERS.length, maxLength: HEADERS.length }) },
    { weight: 1, arbitrary: fc.constant(HEADERS.map((h, i) => (i < 4 ? `* ${h}` : h === '手机' ? '手机号码' : h))) },
    { weight: 1, arbitrary: fc.constant(['name', 'mobile', 'enterprise', 'unit', 'specialty']) },
    { weight: 1, arbitrary: fc.array(oddCell.map(String), { maxLength: 10 }) },
  );
  const rows = fc.array(fc.oneof({ weight: 3, arbitrary: validRow(unitNames) }, { weight: 2, arbitrary: oddRow(unitNames) }, { weight: 1, arbitrary: fc.constant([]) }), {
    maxLength: 8,
  });
  const first = fc.record({
    name: fc.constantFrom('专家', 'Sheet1', '专家库（2026）'),
    rows: fc.tuple(headers, rows).map(([h, r]) => [h, ...r] as SheetCell[][]),
    merges: fc.array(fc.constantFrom('A2:B2', 'C2:C4', 'A1:J1', 'E3:F3'), { maxLength: 2 }),
  });
  const empty = fc.constant({ name: '空表', rows: [] as SheetCell[][], merges: [] as string[] });
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(first, fc.option(empty, { nil: undefined })).map(([sheet, extra]) => ({ sheets: extra ? [sheet, extra] : [sheet] })) },
    // An empty first sheet in front of a good one; a workbook of one empty sheet.
    { weight: 1, arbitrary: first.map((sheet) => ({ sheets: [{ name: '说明', rows: [], merges: [] }, sheet] })) },
    { weight: 1, arbitrary: empty.map((sheet) => ({ sheets: [sheet] })) },
  );
}

function excelValue(cell: SheetCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  if ('formula' in cell) return cell.result === undefined ? { formula: cell.formula, date1904: false } : { formula: cell.formula, result: cell.result, date1904: false };
  if ('richText' in cell) return { richText: cell.richText.map((text) => ({ text })) };
  return { hyperlink: cell.hyperlink, text: cell.text };
}

/** The .xlsx bytes of a generated workbook, written by exceljs as Excel would save it. */
export async function workbookOf(spec: SheetSpec): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [i, s] of spec.sheets.entries()) {
    const sheet = book.addWorksheet(`${s.name}${i || ''}`.slice(0, 31));
    for (const row of s.rows) sheet.addRow(row.map(excelValue));
    for (const range of s.merges) {
      try {
        sheet.mergeCells(range);
      } catch {
        // Overlapping merges are refused by exceljs itself: the workbook simply has the first.
      }
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------------
// Per route

/** A file part whose content is bytes, or a workbook still to be written (async) when the case is sent. */
export interface RouteUploadPart {
  name: string;
  filename: string;
  content: Buffer | SheetSpec;
  contentType?: string;
}

export interface RouteUpload {
  parts: Array<RouteUploadPart | { name: string; value: string }>;
  truncate: boolean;
  /** Built as the route expects it (real field names, a real file of the right kind). */
  wellFormed: boolean;
}

export interface UploadWorld {
  pdf: Buffer;
  pptx: Buffer;
  unitNames: readonly string[];
}

/** The file a route takes, real and of the right kind (for materials, by the `:kind` in the path: pdf or ppt). */
function rightFile(url: string, files: UploadWorld): fc.Arbitrary<RouteUploadPart> {
  const pdf = { name: 'file', filename: '申报材料.pdf', content: files.pdf, contentType: 'application/pdf' };
  const pptx = { name: 'file', filename: '发布材料.pptx', content: files.pptx, contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
  if (url.endsWith('/photos')) return image.map((i) => ({ name: 'photo', ...i }));
  if (url.endsWith('/experts/import')) return expertSheetSpec(files.unitNames).map((content) => ({ name: 'file', filename: '专家库.xlsx', content, contentType: 'application/octet-stream' }));
  if (url.endsWith('/materials/:kind')) return fc.constantFrom(pdf, pptx);
  return fc.constant(pdf);
}

/**
 * Uploads for one route: about half built as the route wants them (its field names, a real file — the right kind, or
 * the wrong kind under the right name), the rest the generic hostile multipart of uploadCase (names, truncation,
 * stray fields, garbage bytes).
 */
export function routeUpload(url: string, files: UploadWorld): fc.Arbitrary<RouteUpload> {
  const right = rightFile(url, files);
  // A real file of another kind under the right field name: the route's content check must refuse it.
  const wrongKind = fc.constantFrom(
    { filename: 'x.pdf', content: files.pdf, contentType: 'application/pdf' },
    { filename: 'x.pptx', content: files.pptx, contentType: 'application/octet-stream' },
    { filename: 'x.png', content: pngImage(2, 2, [1, 2, 3]), contentType: 'image/png' },
    { filename: 'x.jpg', content: JPEG_1x1, contentType: 'image/jpeg' },
  );
  const fileName = url.endsWith('/photos') ? 'photo' : 'file';
  const photoKey = fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/) },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length < 3000 && !/[\r\n"]/.test(s)) },
  );
  const fields = url.endsWith('/photos') ? photoKey.map((value) => [{ name: 'photoKey', value }]) : fc.constant([]);
  const wellFormed = fc.tuple(fields, fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: wrongKind.map((f) => ({ name: fileName, ...f })) })).map(
    ([f, file]): RouteUpload => ({ parts: [...f, file], truncate: false, wellFormed: true }),
  );
  const hostile = uploadCase([]).map((u: UploadCase): RouteUpload => ({ ...u, wellFormed: false }));
  // The right fields and file, but cut off half-way or with the text field after the file.
  const damaged = fc.tuple(fields, right, fc.boolean()).map(([f, file, cut]): RouteUpload => ({ parts: cut ? [...f, file] : [file, ...f], truncate: cut, wellFormed: false }));
  return fc.oneof({ weight: 5, arbitrary: wellFormed }, { weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: damaged });
}

/** The case with its workbooks written: what multipartBody sends. */
export async function resolvedUpload(upload: RouteUpload): Promise<UploadCase> {
  const parts: UploadCase['parts'] = [];
  for (const part of upload.parts) {
    if ('value' in part) parts.push(part);
    else parts.push({ ...part, content: Buffer.isBuffer(part.content) ? part.content : await workbookOf(part.content) });
  }
  return { parts, truncate: upload.truncate };
}
