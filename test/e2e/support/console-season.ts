import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { settled } from './browser.js';
import { field, shot } from './season.js';

/** The secretariat's desk: a 1440×900 window that accepts downloads. */
export const desk = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true };

/** The secretariat logs in on the H5 login page (账号登录) and lands on the console's overview. */
export async function loginConsole(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/#/pages/login/index`);
  await page.getByText('账号登录').click();
  await field(page, 'login-username').fill('mishuchu');
  await field(page, 'login-password').fill('Demo@2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('console-layout').waitFor();
  await page.getByTestId('dashboard').waitFor();
}

/** Opens a console page from the left navigation and waits for its title. */
export async function openConsolePage(page: Page, key: string, title: string): Promise<void> {
  await page.getByTestId(`console-nav-${key}`).click();
  await page.getByTestId('console-title').filter({ hasText: new RegExp(`^${title}$`) }).waitFor();
}

/**
 * A screenshot of the whole console page: Taro's H5 pages scroll inside their own container, so the viewport is made as
 * tall as the page for the shot (charts keep their width) and put back afterwards.
 */
export async function deskShot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  const height = await page.evaluate(() => Math.max(900, document.querySelector('[data-testid="console-layout"]')?.scrollHeight ?? 900));
  await page.setViewportSize({ width: desk.viewport.width, height: Math.min(height, 4000) });
  await settled(page);
  await shot(page, name);
  await page.setViewportSize(desk.viewport);
}

/** How many pixels of the chart's canvas are drawn (neither transparent nor white); waits for the first frame. */
export async function drawnPixels(page: Page, testId: string): Promise<number> {
  const canvas = page.locator(`[data-testid="${testId}"] canvas`).first();
  await canvas.waitFor();
  let count = 0;
  for (let i = 0; i < 25 && count < 500; i++) {
    count = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      if (c.width === 0 || c.height === 0) return 0;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let p = 0; p < data.length; p += 4) if (data[p + 3]! > 0 && (data[p]! < 240 || data[p + 1]! < 240 || data[p + 2]! < 240)) n++;
      return n;
    });
    if (count < 500) await page.waitForTimeout(200);
  }
  return count;
}

/** A cell as plain text or number (rich text joined, formulas by their result, empty as null). */
function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return JSON.stringify(value);
}

export interface Sheet {
  name: string;
  /** Every row from row 1, each from column 1, as plain values. */
  rows: Array<Array<string | number | null>>;
}

/** Reads a workbook (a download's file) into its sheets' rows. */
export async function readWorkbook(file: string | Buffer): Promise<Sheet[]> {
  const book = new ExcelJS.Workbook();
  if (typeof file === 'string') await book.xlsx.readFile(file);
  else await book.xlsx.load(file as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: Sheet['rows'] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Array<string | number | null> = [];
      for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(plain(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, rows };
  });
}

/** Clicks what starts a download and waits for it: the file's suggested name and its sheets. */
export async function downloadWorkbook(page: Page, click: () => Promise<void>): Promise<{ filename: string; sheets: Sheet[]; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await download.path();
  return { filename: download.suggestedFilename(), sheets: await readWorkbook(path), download };
}

/** The rows of a sheet below its header row (header at `headerRow`, 1-based), blank rows dropped. */
export const bodyRows = (sheet: Sheet, headerRow = 1) => sheet.rows.slice(headerRow).filter((r) => r.some((c) => c !== null && c !== ''));
/** The header row's texts, trailing blanks dropped. */
export const headerOf = (sheet: Sheet, headerRow = 1) => {
  const row = [...sheet.rows[headerRow - 1]!];
  while (row.length && (row[row.length - 1] === null || row[row.length - 1] === '')) row.pop();
  return row;
};
