import { HttpStatus } from '@nestjs/common';
import { type ExpertAssessmentStatus, type ExpertTrainingStatus, MOBILE_PATTERN } from '@cacem/shared';
import type { CellValue } from 'exceljs';
import { DomainException } from '../../common/domain.exception.js';
import { parseSandbox, type SheetRows } from '../../common/parse-sandbox/parse-sandbox.js';
import { expertStatusProblems, type FieldProblem } from './expert-rules.js';

/** The columns of the import sheet, by their Chinese headers on row 1 (any order; other columns are ignored). */
export const IMPORT_COLUMNS = {
  name: '姓名',
  mobile: '手机',
  enterpriseName: '所在企业',
  unit: '推荐单位',
  specialties: '专业',
  trainingStatus: '培训状态',
  trainedAt: '培训日期',
  assessmentStatus: '考核结果',
  assessedAt: '考核日期',
  active: '是否启用',
} as const;
type ColumnKey = keyof typeof IMPORT_COLUMNS;

/** The dates and 是否启用 may be left out of the sheet (no dates; 启用). */
const OPTIONAL_COLUMNS: readonly ColumnKey[] = ['trainedAt', 'assessedAt', 'active'];
const HEADER_ALIASES: Record<string, ColumnKey> = { 手机号: 'mobile', 手机号码: 'mobile' };

const TRAINING: Record<string, ExpertTrainingStatus> = { 已培训: 'trained', 未培训: 'pending' };
const ASSESSMENT: Record<string, ExpertAssessmentStatus> = { 通过: 'passed', 未通过: 'failed', 未考核: 'pending' };
const YES_NO: Record<string, boolean> = { 是: true, 否: false };

export interface ImportedExpertFields {
  name: string;
  mobile: string;
  enterpriseName: string;
  recommendingUnitId: number;
  specialties: string[];
  trainingStatus: ExpertTrainingStatus;
  trainedAt: string | null;
  assessmentStatus: ExpertAssessmentStatus;
  assessedAt: string | null;
  active: boolean;
}

export interface RowError {
  column: string;
  message: string;
}

export type ParsedRow = { row: number; fields: ImportedExpertFields } | { row: number; errors: RowError[] };

export interface SheetParse {
  missingHeaders: string[];
  rows: ParsedRow[];
}

/** A date cell: rows come from the parse sandbox's thread, so its Dates may be of another realm than this one's `Date`. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Cell text as a person reads it: rich text joined, formulas by their result, dates as yyyy-mm-dd. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText((value.result ?? null) as CellValue);
  return '';
}

/** yyyy-mm-dd from a date cell, an Excel serial number or text like 2026-3-5, 2026/3/5, 2026.3.5 or 2026年3月5日. */
function cellDate(value: CellValue): string | null | undefined {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 20000 && value < 80000) return new Date(Date.UTC(1899, 11, 30) + value * 86400_000).toISOString().slice(0, 10);
  const text = cellText(value);
  if (text === '') return null;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

const normalizeHeader = (text: string) => text.replace(/[\s*＊]/g, '');

/**
 * Reads the first sheet: headers from row 1 matched by name, then each non-empty row checked on its own.
 * `units` resolves 推荐单位 by exact name or Annex 2 number.
 */
export function parseExpertSheet(sheet: SheetRows | null | undefined, units: ReadonlyArray<{ id: number; seq: number; name: string }>): SheetParse {
  const columnOf = new Map<ColumnKey, number>();
  const byHeader = new Map<string, ColumnKey>([...Object.entries(IMPORT_COLUMNS).map(([k, h]) => [h, k as ColumnKey] as const), ...Object.entries(HEADER_ALIASES)]);
  (sheet?.rows[0] ?? []).forEach((value, col) => {
    if (value === null || value === undefined) return;
    const key = byHeader.get(normalizeHeader(cellText(value)));
    if (key && !columnOf.has(key)) columnOf.set(key, col);
  });
  const missingHeaders = (Object.keys(IMPORT_COLUMNS) as ColumnKey[]).filter((k) => !columnOf.has(k) && !OPTIONAL_COLUMNS.includes(k)).map((k) => IMPORT_COLUMNS[k]);
  if (!sheet || missingHeaders.length > 0) return { missingHeaders, rows: [] };

  const unitByName = new Map(units.map((u) => [u.name, u.id]));
  const unitBySeq = new Map(units.map((u) => [String(u.seq), u.id]));
  const firstRowOfMobile = new Map<string, number>();
  const rows: ParsedRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1] ?? [];
    const raw = (key: ColumnKey): CellValue => {
      const col = columnOf.get(key);
      return col === undefined ? null : (row[col] ?? null);
    };
    const text = (key: ColumnKey) => cellText(raw(key));
    if ((Object.keys(IMPORT_COLUMNS) as ColumnKey[]).every((k) => text(k) === '')) continue;

    const errors: RowError[] = [];
    const fail = (key: ColumnKey, message: string) => errors.push({ column: IMPORT_COLUMNS[key], message });

    const name = text('name');
    if (!name) fail('name', '请填写姓名');
    else if (name.length > 50) fail('name', '姓名不能超过 50 个字');

    const mobile = text('mobile').replace(/[\s-]/g, '');
    if (!mobile) fail('mobile', '请填写手机号');
    else if (!MOBILE_PATTERN.test(mobile)) fail('mobile', `手机号“${mobile}”应为 11 位，以 1 开头`);
    else if (firstRowOfMobile.has(mobile)) fail('mobile', `与第 ${firstRowOfMobile.get(mobile)} 行的手机号重复`);
    else firstRowOfMobile.set(mobile, r);

    const enterpriseName = text('enterpriseName');
    if (!enterpriseName) fail('enterpriseName', '请填写所在企业');
    else if (enterpriseName.length > 100) fail('enterpriseName', '所在企业不能超过 100 个字');

    const unitText = text('unit');
    const recommendingUnitId = unitByName.get(unitText) ?? unitBySeq.get(unitText);
    if (!unitText) fail('unit', '请填写推荐单位（名称或附件2中的序号）');
    else if (recommendingUnitId === undefined) fail('unit', `找不到推荐单位“${unitText}”，请填写附件2中的单位全称或序号`);

    const specialties = [
      ...new Set(
        text('specialties')
          .split(/[、,，;；]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (specialties.length === 0) fail('specialties', '请至少填写一个专业（多个专业用“、”或“,”分隔）');
    else if (specialties.length > 20) fail('specialties', '专业不能超过 20 个');
    else if (specialties.some((s) => s.length > 50)) fail('specialties', '每个专业不能超过 50 个字');

    const trainingStatus = TRAINING[text('trainingStatus')];
    if (!trainingStatus) fail('trainingStatus', '培训状态应为“已培训”或“未培训”');
    const assessmentStatus = ASSESSMENT[text('assessmentStatus')];
    if (!assessmentStatus) fail('assessmentStatus', '考核结果应为“通过”“未通过”或“未考核”');
    const trainedAt = cellDate(raw('trainedAt'));
    if (trainedAt === undefined) fail('trainedAt', '培训日期应为日期，如 2026-03-05');
    const assessedAt = cellDate(raw('assessedAt'));
    if (assessedAt === undefined) fail('assessedAt', '考核日期应为日期，如 2026-03-05');
    const activeText = text('active');
    const active = activeText === '' ? true : YES_NO[activeText];
    if (active === undefined) fail('active', '是否启用应为“是”或“否”');

    if (trainingStatus && assessmentStatus && trainedAt !== undefined && assessedAt !== undefined) {
      const columnOfField: Record<FieldProblem['field'], ColumnKey> = {
        trainingStatus: 'trainingStatus',
        trainedAt: 'trainedAt',
        assessmentStatus: 'assessmentStatus',
        assessedAt: 'assessedAt',
      };
      for (const problem of expertStatusProblems({ trainingStatus, trainedAt, assessmentStatus, assessedAt })) fail(columnOfField[problem.field], problem.message);
    }

    if (errors.length > 0 || recommendingUnitId === undefined || !trainingStatus || !assessmentStatus || trainedAt === undefined || assessedAt === undefined || active === undefined) {
      rows.push({ row: r, errors });
      continue;
    }
    rows.push({
      row: r,
      fields: { name, mobile, enterpriseName, recommendingUnitId, specialties, trainingStatus, trainedAt, assessmentStatus, assessedAt, active },
    });
  }
  return { missingHeaders, rows };
}

/**
 * The first worksheet of an uploaded .xlsx, read in the parse sandbox (a worker thread: every part unpacked once and
 * counted against caps before exceljs reads it, with a heap, time and memory limit). A compression bomb answers
 * FILE_COMPRESSION_BOMB, a sheet too complex to read in time FILE_PARSE_LIMIT, anything else that is not a workbook
 * `notAWorkbook()` — all 422, never a 500 nor the server's memory.
 */
export async function readExpertSheet(path: string, notAWorkbook: () => DomainException): Promise<SheetRows | null> {
  const answer = await parseSandbox.run({ kind: 'xlsx-rows', path }, { timeoutMs: 30_000 });
  if (answer.ok) return answer.sheet;
  if (answer.reason === 'too-large') throw new DomainException('FILE_COMPRESSION_BOMB', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
  if (answer.reason === 'limit') throw new DomainException('FILE_PARSE_LIMIT', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
  throw notAWorkbook();
}
