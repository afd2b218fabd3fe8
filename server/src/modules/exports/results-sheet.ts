import type ExcelJS from 'exceljs';
import { addTable, type ExportColumn, SCORE_FORMAT } from './workbook.js';

export interface ResultExportRow {
  rank: number;
  teamName: string;
  enterpriseName: string;
  unitName: string;
  materialsScore: number;
  presentationScore: number;
  total: number;
  proposedGrade: string;
  grade: string;
  adjustmentReason: string;
  explanation: string;
}

const COLUMNS: readonly ExportColumn[] = [
  { header: '排名', key: 'rank', width: 7 },
  { header: '班组名称', key: 'teamName', width: 28 },
  { header: '企业名称', key: 'enterpriseName', width: 36 },
  { header: '推荐单位', key: 'unitName', width: 30 },
  { header: '资料审核得分', key: 'materialsScore', width: 13, numFmt: SCORE_FORMAT },
  { header: '成果发布得分', key: 'presentationScore', width: 13, numFmt: SCORE_FORMAT },
  { header: '总分', key: 'total', width: 9, numFmt: SCORE_FORMAT },
  { header: '建议等级', key: 'proposedGrade', width: 10 },
  { header: '决定等级', key: 'grade', width: 10 },
  { header: '调整理由', key: 'adjustmentReason', width: 30 },
  { header: '说明', key: 'explanation', width: 60 },
];

export const RESULT_HEADERS = COLUMNS.map((c) => c.header);

/** 等级评定结果: one row per graded application, best rank first. */
export function addResultsSheet(book: ExcelJS.Workbook, year: number, rows: readonly ResultExportRow[]): ExcelJS.Worksheet {
  return addTable(
    book,
    `${year}年度等级评定结果`,
    COLUMNS,
    rows.map((r) => ({ ...r })),
  );
}
