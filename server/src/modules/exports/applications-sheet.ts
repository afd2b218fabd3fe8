import type ExcelJS from 'exceljs';
import { addTable, DATETIME_FORMAT, type ExportColumn, SCORE_FORMAT } from './workbook.js';

export interface ApplicationExportRow {
  teamName: string;
  teamKind: string;
  enterpriseName: string;
  creditCode: string;
  unitName: string;
  status: string;
  submittedAt: Date | null;
  materialsScore: number | null;
  presentationScore: number | null;
  total: number | null;
  grade: string;
  certificateNo: string;
}

const COLUMNS: readonly ExportColumn[] = [
  { header: '序号', key: 'no', width: 7 },
  { header: '班组名称', key: 'teamName', width: 28 },
  { header: '班组类型', key: 'teamKind', width: 12 },
  { header: '企业名称', key: 'enterpriseName', width: 36 },
  { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  { header: '推荐单位', key: 'unitName', width: 30 },
  { header: '状态', key: 'status', width: 22 },
  { header: '提交时间', key: 'submittedAt', width: 18, numFmt: DATETIME_FORMAT },
  { header: '资料审核得分', key: 'materialsScore', width: 13, numFmt: SCORE_FORMAT },
  { header: '成果发布得分', key: 'presentationScore', width: 13, numFmt: SCORE_FORMAT },
  { header: '总分', key: 'total', width: 9, numFmt: SCORE_FORMAT },
  { header: '等级', key: 'grade', width: 9 },
  { header: '证书编号', key: 'certificateNo', width: 20 },
];

export const APPLICATION_HEADERS = COLUMNS.map((c) => c.header);

/** 申报汇总: every submitted application of the campaign, one row each, in the order given. */
export function addApplicationsSheet(book: ExcelJS.Workbook, year: number, rows: readonly ApplicationExportRow[]): ExcelJS.Worksheet {
  return addTable(
    book,
    `${year}年度申报汇总`,
    COLUMNS,
    rows.map((r, i) => ({ no: i + 1, ...r })),
  );
}
