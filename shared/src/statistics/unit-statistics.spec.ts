import { describe, expect, it } from '@jest/globals';
import { checkUnitStatistics, normalizeUnitStatistics, REVIEW_FORM_LABEL, statisticsMonthLabel, type UnitStatisticsValues } from './unit-statistics.js';

const valid = (overrides: Partial<UnitStatisticsValues> = {}): UnitStatisticsValues => ({
  enterprisesThisYear: 12,
  teamsThisYear: 48,
  cumulativeTrustedTeams: 0,
  staffParticipations: 960,
  teamsRecommended: 2,
  trainingSpending: 12.5,
  rewardSpending: 3.25,
  featuresAndProblems: '班组活动与 QC 小组活动结合；部分企业现场记录不够完整。',
  reviewForms: ['presentation_review', 'with_qc_groups'],
  meetingHeld: true,
  meetingRegisteredTeams: 30,
  meetingPresentingTeams: 28,
  meetingDate: '2026-05-18',
  meetingPlace: '北京',
  meetingAttendance: 200,
  department: '质量管理部',
  departmentHead: '张伟',
  contactPerson: '李娜',
  mobile: '13912345678',
  email: 'lina@example.com',
  ...overrides,
});

const codes = (input: unknown) => checkUnitStatistics(input).map((p) => `${p.field}:${p.code}`);

describe('统计表 (附件3) rules', () => {
  it('accepts a complete return', () => {
    expect(checkUnitStatistics(valid())).toEqual([]);
    expect(checkUnitStatistics(valid({ meetingHeld: false, meetingRegisteredTeams: null, meetingPresentingTeams: null, meetingDate: null, meetingPlace: null, meetingAttendance: null }))).toEqual([]);
  });

  it('lists every problem at once: presenting more than registered, a negative amount, a malformed mobile', () => {
    expect(codes(valid({ meetingPresentingTeams: 31, trainingSpending: -1, mobile: '1234567' }))).toEqual([
      'trainingSpending:STATISTICS_AMOUNT_INVALID',
      'meetingPresentingTeams:STATISTICS_PRESENTING_EXCEEDS_REGISTERED',
      'mobile:MOBILE_INVALID',
    ]);
    expect(checkUnitStatistics(valid({ meetingPresentingTeams: 31 }))[0]!.message).toBe('发布班组数（31）不能多于发布会报名班组数（30）');
  });

  it('wants counts as non-negative integers and amounts with at most two decimals', () => {
    expect(codes(valid({ teamsThisYear: 1.5, staffParticipations: -3 }))).toEqual(['teamsThisYear:STATISTICS_COUNT_INVALID', 'staffParticipations:STATISTICS_COUNT_INVALID']);
    expect(codes(valid({ rewardSpending: 1.234 }))).toEqual(['rewardSpending:STATISTICS_AMOUNT_INVALID']);
    expect(codes(valid({ rewardSpending: 0.1 + 0.2 }))).toEqual([]);
  });

  it('requires the meeting fields only when a meeting was held', () => {
    expect(codes(valid({ meetingDate: null, meetingPlace: '', meetingAttendance: null }))).toEqual([
      'meetingAttendance:FIELD_REQUIRED',
      'meetingDate:FIELD_REQUIRED',
      'meetingPlace:FIELD_REQUIRED',
    ]);
    expect(codes(valid({ meetingDate: '2026-02-30' }))).toEqual(['meetingDate:STATISTICS_DATE_INVALID']);
  });

  it('requires texts, at least one review form, a valid e-mail, and limits lengths', () => {
    expect(codes(valid({ featuresAndProblems: '  ', reviewForms: [], email: 'not-an-email', contactPerson: '张'.repeat(31) }))).toEqual([
      'featuresAndProblems:FIELD_REQUIRED',
      'contactPerson:FIELD_TOO_LONG',
      'reviewForms:STATISTICS_REVIEW_FORM_REQUIRED',
      'email:EMAIL_INVALID',
    ]);
    expect(codes(valid({ reviewForms: ['poster' as never] }))).toEqual(['reviewForms:FIELD_INVALID']);
    expect(codes(null)).toHaveLength(1);
  });

  it('keeps the return tidy: trimmed texts, forms in the notice order, no meeting details without a meeting', () => {
    const kept = normalizeUnitStatistics(valid({ contactPerson: ' 李娜 ', reviewForms: ['standalone', 'materials_review'], meetingHeld: false }));
    expect(kept).toMatchObject({ contactPerson: '李娜', reviewForms: ['materials_review', 'standalone'], meetingDate: null, meetingRegisteredTeams: null });
    expect(REVIEW_FORM_LABEL.with_qc_groups).toBe('与 QC 小组合开');
    expect(statisticsMonthLabel('2025-05')).toBe('2025 年 5 月');
  });
});
