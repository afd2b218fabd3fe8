// The exports module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { addTable, beijingTime, DATETIME_FORMAT, newWorkbook, toBuffer, XLSX_MIME } from './workbook.js';
