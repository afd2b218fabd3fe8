import ExcelJS from 'exceljs';

/** One column of an export: the Chinese header, its width in characters, and a number format for numeric columns. */
export interface ExportColumn {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

export type ExportRow = Record<string, string | number | Date | null>;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SCORE_FORMAT = '0.00';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '中国施工企业管理协会';
  return book;
}

/**
 * A worksheet of one table: bold header on row 1, frozen, then one row per item. Scores and counts are written as
 * numbers (null stays empty), times as dates, so the sheet sorts and sums in Excel.
 */
export function addTable(book: ExcelJS.Workbook, name: string, columns: readonly ExportColumn[], rows: readonly ExportRow[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

export async function toBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Excel has no time zones: a moment is written as the Beijing wall-clock time the secretariat reads. */
export function beijingTime(date: Date | null): Date | null {
  return date === null ? null : new Date(date.getTime() + 8 * 3600_000);
}
