import { REVIEW_FORM_LABEL, UNIT_STATISTICS_ROWS, type UnitStatisticsValues } from '@cacem/shared';
import type ExcelJS from 'exceljs';
import { addTable, DATETIME_FORMAT, type ExportColumn, type ExportRow } from './workbook.js';

export interface StatisticsExportUnit {
  seq: number;
  name: string;
  /** null: the unit has not filed its return. */
  values: UnitStatisticsValues | null;
  updatedAt: Date | null;
}

type NumericField = (typeof UNIT_STATISTICS_ROWS)[number]['field'] | 'meetingRegisteredTeams' | 'meetingPresentingTeams' | 'meetingAttendance';

/** The numeric columns, summed in the 合计 row: the table's rows, then the meeting's counts. */
const NUMERIC: ReadonlyArray<{ field: NumericField; header: string; money: boolean }> = [
  ...UNIT_STATISTICS_ROWS.map((r) => ({ field: r.field, header: `${r.label}（${r.unit}）`, money: r.unit === '万元' })),
  { field: 'meetingRegisteredTeams', header: '发布会报名班组数（个）', money: false },
  { field: 'meetingPresentingTeams', header: '发布班组数（个）', money: false },
  { field: 'meetingAttendance', header: '参会人数（人）', money: false },
];

const COLUMNS: readonly ExportColumn[] = [
  { header: '序号', key: 'no', width: 7 },
  { header: '推荐单位', key: 'unitName', width: 32 },
  { header: '报送情况', key: 'filed', width: 10 },
  ...NUMERIC.map((n) => ({ header: n.header, key: n.field, width: n.money ? 20 : 16, numFmt: n.money ? '0.00' : '0' })),
  { header: '评审及交流形式', key: 'reviewForms', width: 28 },
  { header: '是否组织发布会', key: 'meetingHeld', width: 10 },
  { header: '发布会时间', key: 'meetingDate', width: 12 },
  { header: '发布会地点', key: 'meetingPlace', width: 20 },
  { header: '主要特点及存在的问题', key: 'featuresAndProblems', width: 50 },
  { header: '归口部门', key: 'department', width: 18 },
  { header: '归口部门负责人', key: 'departmentHead', width: 12 },
  { header: '联系人', key: 'contactPerson', width: 10 },
  { header: '手机', key: 'mobile', width: 14 },
  { header: '邮箱', key: 'email', width: 24 },
  { header: '填报时间', key: 'updatedAt', width: 18, numFmt: DATETIME_FORMAT },
];

export const STATISTICS_HEADERS = COLUMNS.map((c) => c.header);
export const STATISTICS_NUMERIC_HEADERS = NUMERIC.map((n) => n.header);
export const NOT_FILED = '未报送';
export const TOTAL_LABEL = '合计';

/**
 * 附件3 统计表, all units: one row per unit that filed, in Annex 2 order, then the 合计 row summing every numeric
 * column over the filed returns, then the units that have not filed, marked 未报送.
 */
export function addStatisticsSheet(book: ExcelJS.Workbook, year: number, units: readonly StatisticsExportUnit[]): ExcelJS.Worksheet {
  const filed = units.filter((u) => u.values !== null);
  const missing = units.filter((u) => u.values === null);
  const rows: ExportRow[] = filed.map((u, i) => {
    const v = u.values!;
    return {
      no: i + 1,
      unitName: u.name,
      filed: '已报送',
      ...Object.fromEntries(NUMERIC.map((n) => [n.field, v[n.field]])),
      reviewForms: v.reviewForms.map((f) => REVIEW_FORM_LABEL[f]).join('、'),
      meetingHeld: v.meetingHeld ? '是' : '否',
      meetingDate: v.meetingDate,
      meetingPlace: v.meetingPlace,
      featuresAndProblems: v.featuresAndProblems,
      department: v.department,
      departmentHead: v.departmentHead,
      contactPerson: v.contactPerson,
      mobile: v.mobile,
      email: v.email,
      updatedAt: u.updatedAt,
    };
  });
  const sum = (field: NumericField) => Math.round(filed.reduce((acc, u) => acc + (u.values![field] ?? 0), 0) * 100) / 100;
  rows.push({ no: null, unitName: TOTAL_LABEL, filed: `${filed.length} 家已报送`, ...Object.fromEntries(NUMERIC.map((n) => [n.field, sum(n.field)])) });
  missing.forEach((u, i) => rows.push({ no: filed.length + i + 1, unitName: u.name, filed: NOT_FILED }));
  const sheet = addTable(book, `${year}年度统计表汇总`, COLUMNS, rows);
  sheet.getRow(filed.length + 2).font = { bold: true };
  return sheet;
}
