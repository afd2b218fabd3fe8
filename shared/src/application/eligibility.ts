import type { ErrorCode } from '../errors/error-codes.js';
import { errorMessage } from '../errors/error-codes.js';

/** What a registration declares and contains, as far as 第六条 and 第七条 ask. */
export interface RegistrationFacts {
  /** The notice, 四（一）: the team is the enterprise's most basic formal unit. */
  isBasicFormalUnit: boolean;
  /** 第六条（五）, declared by the enterprise: no quality, safety or environmental accident in the last three years. */
  declaresNoAccidentsInThreeYears: boolean;
  hasActivityPlan: boolean;
  hasImplementationPlan: boolean;
  /** On-site activity records (现场活动记录) the team has logged for the campaign's period. */
  activityRecordCount: number;
  hasRegistrationForm: boolean;
  materials: { pdf: boolean; ppt: boolean };
}

export interface EligibilityRules {
  /** How many on-site activity records count as complete (现场活动记录齐全); a campaign setting. */
  minActivityRecords: number;
}

export type EligibilityCode = Extract<
  ErrorCode,
  | 'ELIGIBILITY_NOT_BASIC_UNIT'
  | 'ELIGIBILITY_ACCIDENT'
  | 'ELIGIBILITY_NO_ACTIVITY_PLAN'
  | 'ELIGIBILITY_NO_IMPLEMENTATION_PLAN'
  | 'ELIGIBILITY_ACTIVITY_RECORDS'
  | 'ELIGIBILITY_NO_REGISTRATION_FORM'
  | 'ELIGIBILITY_NO_PDF'
  | 'ELIGIBILITY_NO_PPT'
>;

export interface EligibilityProblem {
  code: EligibilityCode;
  message: string;
}

const problem = (code: EligibilityCode, message: string = errorMessage(code)): EligibilityProblem => ({ code, message });

/** Every way the registration falls short of 第六条 and 第七条 — all of them, not only the first. Empty when eligible. */
export function checkEligibility(facts: RegistrationFacts, rules: EligibilityRules): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (!facts.isBasicFormalUnit) problems.push(problem('ELIGIBILITY_NOT_BASIC_UNIT'));
  if (!facts.declaresNoAccidentsInThreeYears) problems.push(problem('ELIGIBILITY_ACCIDENT'));
  if (!facts.hasActivityPlan) problems.push(problem('ELIGIBILITY_NO_ACTIVITY_PLAN'));
  if (!facts.hasImplementationPlan) problems.push(problem('ELIGIBILITY_NO_IMPLEMENTATION_PLAN'));
  if (facts.activityRecordCount < rules.minActivityRecords) {
    problems.push(
      problem('ELIGIBILITY_ACTIVITY_RECORDS', `现场活动记录不齐全：至少需要 ${rules.minActivityRecords} 条，目前只有 ${Math.max(0, facts.activityRecordCount)} 条`),
    );
  }
  if (!facts.hasRegistrationForm) problems.push(problem('ELIGIBILITY_NO_REGISTRATION_FORM'));
  if (!facts.materials.pdf) problems.push(problem('ELIGIBILITY_NO_PDF'));
  if (!facts.materials.ppt) problems.push(problem('ELIGIBILITY_NO_PPT'));
  return problems;
}
