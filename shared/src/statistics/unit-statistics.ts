import type { ApplicationStatus } from '../application/application-status.js';
import type { ErrorCode } from '../errors/error-codes.js';
import { MOBILE_PATTERN } from '../team/member.js';

// 附件3 工程建设质量信得过班组活动统计表: what each recommending unit files for the statistics period.

/** 质量信得过班组活动评审及交流形式 (several may be ticked). */
export const REVIEW_FORMS = ['presentation_review', 'materials_review', 'with_qc_groups', 'standalone'] as const;
export type ReviewForm = (typeof REVIEW_FORMS)[number];

export const REVIEW_FORM_LABEL: Record<ReviewForm, string> = {
  presentation_review: '发表评审',
  materials_review: '资料评审',
  with_qc_groups: '与 QC 小组合开',
  standalone: '单独举办',
};

export interface UnitStatisticsValues {
  enterprisesThisYear: number;
  teamsThisYear: number;
  cumulativeTrustedTeams: number;
  /** 人次. */
  staffParticipations: number;
  teamsRecommended: number;
  /** 万元, at most two decimals. */
  trainingSpending: number;
  rewardSpending: number;
  featuresAndProblems: string;
  reviewForms: ReviewForm[];
  meetingHeld: boolean;
  meetingRegisteredTeams: number | null;
  meetingPresentingTeams: number | null;
  /** yyyy-mm-dd. */
  meetingDate: string | null;
  meetingPlace: string | null;
  meetingAttendance: number | null;
  department: string;
  departmentHead: string;
  contactPerson: string;
  mobile: string;
  email: string;
}

export type CountField = 'enterprisesThisYear' | 'teamsThisYear' | 'cumulativeTrustedTeams' | 'staffParticipations' | 'teamsRecommended';
export type AmountField = 'trainingSpending' | 'rewardSpending';

/** The numeric rows of the table, in the notice's order, with their unit (单位). */
export const UNIT_STATISTICS_ROWS: ReadonlyArray<{ field: CountField | AmountField; label: string; unit: string }> = [
  { field: 'enterprisesThisYear', label: '本年度开展质量信得过班组活动企业数', unit: '个' },
  { field: 'teamsThisYear', label: '本年度开展质量信得过班组活动班组数', unit: '个' },
  { field: 'cumulativeTrustedTeams', label: '历年质量信得过班组累计数', unit: '个' },
  { field: 'staffParticipations', label: '本年度参与质量信得过班组活动员工数', unit: '人次' },
  { field: 'teamsRecommended', label: '本年度推荐工程建设质量信得过班组数', unit: '个' },
  { field: 'trainingSpending', label: '本年度对质量信得过班组活动投入费用（培训、交流、规范化等）', unit: '万元' },
  { field: 'rewardSpending', label: '本年度对质量信得过班组活动奖励费用', unit: '万元' },
];

const COUNT_FIELDS: readonly CountField[] = ['enterprisesThisYear', 'teamsThisYear', 'cumulativeTrustedTeams', 'staffParticipations', 'teamsRecommended'];
const AMOUNT_FIELDS: readonly AmountField[] = ['trainingSpending', 'rewardSpending'];

/** Required texts and their longest length; the labels name them in messages. */
const TEXT_FIELDS = {
  featuresAndProblems: { label: '主要特点及存在的问题', max: 2000 },
  department: { label: '归口部门', max: 100 },
  departmentHead: { label: '归口部门负责人', max: 30 },
  contactPerson: { label: '联系人', max: 30 },
} as const;

export const MEETING_PLACE_MAX = 100;
export const EMAIL_MAX = 100;
const COUNT_MAX = 10_000_000;
const AMOUNT_MAX = 100_000_000;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const LABEL: Record<keyof UnitStatisticsValues, string> = {
  ...Object.fromEntries(UNIT_STATISTICS_ROWS.map((r) => [r.field, r.label])),
  featuresAndProblems: TEXT_FIELDS.featuresAndProblems.label,
  reviewForms: '评审及交流形式',
  meetingHeld: '是否组织发布会',
  meetingRegisteredTeams: '发布会报名班组数',
  meetingPresentingTeams: '发布班组数',
  meetingDate: '发布会时间',
  meetingPlace: '发布会地点',
  meetingAttendance: '参会人数',
  department: TEXT_FIELDS.department.label,
  departmentHead: TEXT_FIELDS.departmentHead.label,
  contactPerson: TEXT_FIELDS.contactPerson.label,
  mobile: '手机',
  email: '邮箱',
} as Record<keyof UnitStatisticsValues, string>;

export interface StatisticsProblem {
  field: keyof UnitStatisticsValues;
  code: ErrorCode;
  message: string;
}

/** Statuses of an application that a recommending unit has recommended (and that went on from there). */
export const RECOMMENDED_STATUSES: readonly ApplicationStatus[] = [
  'recommended',
  'screened_in',
  'screened_out',
  'reviewed',
  'invited',
  'not_invited',
  'presented',
  'forfeited',
  'graded',
  'certified',
];

/** Statuses that make a team a 质量信得过班组 for 历年累计数. */
export const TRUSTED_STATUSES: readonly ApplicationStatus[] = ['graded', 'certified'];

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Every problem of a statistics return, each with its field: an empty list means the return may be filed.
 * Takes what a client sent (unknown), so it also catches wrong types.
 */
export function checkUnitStatistics(input: unknown): StatisticsProblem[] {
  const problems: StatisticsProblem[] = [];
  const add = (field: keyof UnitStatisticsValues, code: ErrorCode, message: string) => problems.push({ field, code, message });
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    add('enterprisesThisYear', 'STATISTICS_INVALID', '统计表内容应为对象');
    return problems;
  }
  const v = input as Record<string, unknown>;
  const count = (field: keyof UnitStatisticsValues) => {
    const value = v[field];
    if (isBlank(value)) add(field, 'FIELD_REQUIRED', `请填写${LABEL[field]}`);
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > COUNT_MAX) {
      add(field, 'STATISTICS_COUNT_INVALID', `${LABEL[field]}应为不小于 0 的整数`);
    }
  };
  for (const field of COUNT_FIELDS) count(field);
  for (const field of AMOUNT_FIELDS) {
    const value = v[field];
    if (isBlank(value)) add(field, 'FIELD_REQUIRED', `请填写${LABEL[field]}`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > AMOUNT_MAX || !hasAtMostTwoDecimals(value)) {
      add(field, 'STATISTICS_AMOUNT_INVALID', `${LABEL[field]}应为不小于 0 的金额（万元），最多两位小数`);
    }
  }
  for (const [field, { label, max }] of Object.entries(TEXT_FIELDS) as Array<[keyof typeof TEXT_FIELDS, { label: string; max: number }]>) {
    text(v, field, label, max, true, add);
  }
  const forms = v.reviewForms;
  if (!Array.isArray(forms) || forms.length === 0) {
    add('reviewForms', 'STATISTICS_REVIEW_FORM_REQUIRED', '请至少选择一种评审及交流形式');
  } else if (forms.some((f) => !(REVIEW_FORMS as readonly unknown[]).includes(f)) || new Set(forms).size !== forms.length) {
    add('reviewForms', 'FIELD_INVALID', '评审及交流形式应为：发表评审、资料评审、与 QC 小组合开、单独举办');
  }
  if (typeof v.meetingHeld !== 'boolean') {
    add('meetingHeld', 'FIELD_REQUIRED', '请选择是否组织发布会');
  } else if (v.meetingHeld) {
    count('meetingRegisteredTeams');
    count('meetingPresentingTeams');
    count('meetingAttendance');
    const registered = v.meetingRegisteredTeams;
    const presenting = v.meetingPresentingTeams;
    if (typeof registered === 'number' && typeof presenting === 'number' && Number.isInteger(registered) && Number.isInteger(presenting) && presenting > registered) {
      add('meetingPresentingTeams', 'STATISTICS_PRESENTING_EXCEEDS_REGISTERED', `发布班组数（${presenting}）不能多于发布会报名班组数（${registered}）`);
    }
    const date = v.meetingDate;
    if (isBlank(date)) add('meetingDate', 'FIELD_REQUIRED', '请填写发布会时间');
    else if (typeof date !== 'string' || !isIsoDate(date)) add('meetingDate', 'STATISTICS_DATE_INVALID', '发布会时间应为有效日期（yyyy-mm-dd）');
    text(v, 'meetingPlace', '发布会地点', MEETING_PLACE_MAX, true, add);
  }
  const mobile = v.mobile;
  if (isBlank(mobile)) add('mobile', 'FIELD_REQUIRED', '请填写手机');
  else if (typeof mobile !== 'string' || !MOBILE_PATTERN.test(mobile.trim())) add('mobile', 'MOBILE_INVALID', '手机号应为 11 位，以 1 开头');
  const email = v.email;
  if (isBlank(email)) add('email', 'FIELD_REQUIRED', '请填写邮箱');
  else if (typeof email !== 'string' || email.trim().length > EMAIL_MAX || !EMAIL_PATTERN.test(email.trim())) add('email', 'EMAIL_INVALID', '邮箱格式不正确');
  return problems;
}

/**
 * The return as it is kept: known fields only, texts trimmed, meeting fields null when no meeting was held.
 * Call after checkUnitStatistics found nothing.
 */
export function normalizeUnitStatistics(input: UnitStatisticsValues): UnitStatisticsValues {
  const trim = (s: string) => s.trim();
  const held = input.meetingHeld;
  return {
    enterprisesThisYear: input.enterprisesThisYear,
    teamsThisYear: input.teamsThisYear,
    cumulativeTrustedTeams: input.cumulativeTrustedTeams,
    staffParticipations: input.staffParticipations,
    teamsRecommended: input.teamsRecommended,
    trainingSpending: Math.round(input.trainingSpending * 100) / 100,
    rewardSpending: Math.round(input.rewardSpending * 100) / 100,
    featuresAndProblems: trim(input.featuresAndProblems),
    reviewForms: REVIEW_FORMS.filter((f) => input.reviewForms.includes(f)),
    meetingHeld: held,
    meetingRegisteredTeams: held ? input.meetingRegisteredTeams : null,
    meetingPresentingTeams: held ? input.meetingPresentingTeams : null,
    meetingDate: held ? input.meetingDate : null,
    meetingPlace: held && input.meetingPlace !== null ? trim(input.meetingPlace) : null,
    meetingAttendance: held ? input.meetingAttendance : null,
    department: trim(input.department),
    departmentHead: trim(input.departmentHead),
    contactPerson: trim(input.contactPerson),
    mobile: trim(input.mobile),
    email: trim(input.email),
  };
}

/** '2025-05' → '2025 年 5 月', as the table's period line reads. */
export function statisticsMonthLabel(isoMonth: string): string {
  const [year, month] = isoMonth.split('-');
  return `${year} 年 ${Number(month)} 月`;
}

function text(
  v: Record<string, unknown>,
  field: keyof UnitStatisticsValues,
  label: string,
  max: number,
  required: boolean,
  add: (field: keyof UnitStatisticsValues, code: ErrorCode, message: string) => void,
): void {
  const value = v[field];
  if (isBlank(value)) {
    if (required) add(field, 'FIELD_REQUIRED', `请填写${label}`);
  } else if (typeof value !== 'string') {
    add(field, 'FIELD_INVALID', `${label}应为文本`);
  } else if (value.trim().length > max) {
    add(field, 'FIELD_TOO_LONG', `${label}不能超过 ${max} 个字`);
  }
}

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
