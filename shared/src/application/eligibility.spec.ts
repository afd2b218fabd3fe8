import { describe, expect, it } from '@jest/globals';
import { checkEligibility, type RegistrationFacts } from './eligibility.js';

const eligible: RegistrationFacts = {
  isBasicFormalUnit: true,
  declaresNoAccidentsInThreeYears: true,
  hasActivityPlan: true,
  hasImplementationPlan: true,
  activityRecordCount: 12,
  hasRegistrationForm: true,
  materials: { pdf: true, ppt: true },
};
const rules = { minActivityRecords: 6 };

describe('eligibility (第六条, 第七条)', () => {
  it('finds nothing wrong with a complete registration', () => {
    expect(checkEligibility(eligible, rules)).toEqual([]);
  });

  it('returns every failure, each with its own code, not only the first', () => {
    const problems = checkEligibility(
      {
        isBasicFormalUnit: false,
        declaresNoAccidentsInThreeYears: false,
        hasActivityPlan: false,
        hasImplementationPlan: false,
        activityRecordCount: 2,
        hasRegistrationForm: false,
        materials: { pdf: false, ppt: false },
      },
      rules,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'ELIGIBILITY_NOT_BASIC_UNIT',
      'ELIGIBILITY_ACCIDENT',
      'ELIGIBILITY_NO_ACTIVITY_PLAN',
      'ELIGIBILITY_NO_IMPLEMENTATION_PLAN',
      'ELIGIBILITY_ACTIVITY_RECORDS',
      'ELIGIBILITY_NO_REGISTRATION_FORM',
      'ELIGIBILITY_NO_PDF',
      'ELIGIBILITY_NO_PPT',
    ]);
    expect(problems.find((p) => p.code === 'ELIGIBILITY_ACTIVITY_RECORDS')!.message).toBe('现场活动记录不齐全：至少需要 6 条，目前只有 2 条');
    expect(problems.find((p) => p.code === 'ELIGIBILITY_ACCIDENT')!.message).toBe('班组近三年须无质量、安全、环保事故');
  });

  it('asks for both the PDF and the PPT version of the materials', () => {
    expect(checkEligibility({ ...eligible, materials: { pdf: true, ppt: false } }, rules).map((p) => p.code)).toEqual(['ELIGIBILITY_NO_PPT']);
  });

  it('counts the records against the campaign setting, inclusive', () => {
    expect(checkEligibility({ ...eligible, activityRecordCount: 6 }, rules)).toEqual([]);
    expect(checkEligibility({ ...eligible, activityRecordCount: 5 }, rules)).toHaveLength(1);
  });
});
