import { type Rubric, rubricItems } from '@cacem/shared';
import type ExcelJS from 'exceljs';
import { addTable, DATETIME_FORMAT, type ExportColumn, SCORE_FORMAT } from './workbook.js';

export const SCORE_KIND_LABEL = { materials: '资料审核', presentation: '成果发布' } as const;

export interface ScoreExportRow {
  applicationId: number;
  teamName: string;
  panelNo: number;
  expertName: string;
  /** Points per rubric item id. */
  scores: Record<string, number>;
  total: number | null;
  submittedAt: Date | null;
}

/** The fixed columns before and after the rubric's items. */
export const SCORE_HEADERS_BEFORE = ['申报编号', '班组名称', '专家组', '专家', '评分类别'] as const;
export const SCORE_HEADERS_AFTER = ['总分', '提交时间'] as const;

/** An item's header: its title with its full marks, as the printed score sheet reads. */
export const itemHeader = (item: { title: string; max: number }) => `${item.title}（满分${item.max}）`;

/** 评分明细 of one kind: one row per submitted score sheet, one column per item of that kind's rubric. */
export function addScoresSheet(book: ExcelJS.Workbook, kind: keyof typeof SCORE_KIND_LABEL, rubric: Rubric, rows: readonly ScoreExportRow[]): ExcelJS.Worksheet {
  const items = rubricItems(rubric);
  const columns: ExportColumn[] = [
    { header: '申报编号', key: 'applicationId', width: 10 },
    { header: '班组名称', key: 'teamName', width: 28 },
    { header: '专家组', key: 'panel', width: 9 },
    { header: '专家', key: 'expertName', width: 12 },
    { header: '评分类别', key: 'kind', width: 10 },
    ...items.map((item, k) => ({ header: itemHeader(item), key: `item${k}`, width: Math.min(30, Math.max(12, item.title.length * 2 + 8)), numFmt: '0.0' })),
    { header: '总分', key: 'total', width: 9, numFmt: SCORE_FORMAT },
    { header: '提交时间', key: 'submittedAt', width: 18, numFmt: DATETIME_FORMAT },
  ];
  return addTable(
    book,
    `${SCORE_KIND_LABEL[kind]}评分`,
    columns,
    rows.map((r) => ({
      applicationId: r.applicationId,
      teamName: r.teamName,
      panel: `第${r.panelNo}组`,
      expertName: r.expertName,
      kind: SCORE_KIND_LABEL[kind],
      ...Object.fromEntries(items.map((item, k) => [`item${k}`, r.scores[item.id] ?? null])),
      total: r.total,
      submittedAt: r.submittedAt,
    })),
  );
}
