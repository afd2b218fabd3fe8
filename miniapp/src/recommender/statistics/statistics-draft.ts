import type { StatisticsView, UnitStatisticsValues } from '../../api';

/** What the form holds: numbers as typed, so that "12a" reaches the check as it is and gets its message. */
export type StatisticsDraft = {
  [K in keyof UnitStatisticsValues]: UnitStatisticsValues[K] extends boolean ? boolean : UnitStatisticsValues[K] extends unknown[] ? UnitStatisticsValues[K] : string;
};

export const NUMBER_FIELDS = [
  'enterprisesThisYear',
  'teamsThisYear',
  'cumulativeTrustedTeams',
  'staffParticipations',
  'teamsRecommended',
  'trainingSpending',
  'rewardSpending',
  'meetingRegisteredTeams',
  'meetingPresentingTeams',
  'meetingAttendance',
] as const;

export type PrefilledField = 'teamsRecommended' | 'cumulativeTrustedTeams';
export const PREFILLED_FIELDS: readonly PrefilledField[] = ['teamsRecommended', 'cumulativeTrustedTeams'];

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The form's starting point: the saved return, or the counts the system already knows. */
export function draftFrom(view: StatisticsView): StatisticsDraft {
  const v = view.values;
  return {
    enterprisesThisYear: text(v?.enterprisesThisYear),
    teamsThisYear: text(v?.teamsThisYear),
    cumulativeTrustedTeams: text(v ? v.cumulativeTrustedTeams : view.prefill.cumulativeTrustedTeams),
    staffParticipations: text(v?.staffParticipations),
    teamsRecommended: text(v ? v.teamsRecommended : view.prefill.teamsRecommended),
    trainingSpending: text(v?.trainingSpending),
    rewardSpending: text(v?.rewardSpending),
    featuresAndProblems: v?.featuresAndProblems ?? '',
    reviewForms: v?.reviewForms ?? [],
    meetingHeld: v?.meetingHeld ?? false,
    meetingRegisteredTeams: text(v?.meetingRegisteredTeams),
    meetingPresentingTeams: text(v?.meetingPresentingTeams),
    meetingDate: v?.meetingDate ?? '',
    meetingPlace: v?.meetingPlace ?? '',
    meetingAttendance: text(v?.meetingAttendance),
    department: v?.department ?? '',
    departmentHead: v?.departmentHead ?? '',
    contactPerson: v?.contactPerson ?? '',
    mobile: v?.mobile ?? '',
    email: v?.email ?? '',
  };
}

function toNumber(s: string): number | string | null {
  const t = s.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** The values to check and send; meeting fields are null when no meeting was held. */
export function valuesFrom(d: StatisticsDraft): Record<keyof UnitStatisticsValues, unknown> {
  const held = d.meetingHeld;
  const out: Record<string, unknown> = { ...d };
  for (const f of NUMBER_FIELDS) out[f] = toNumber(d[f]);
  for (const f of ['featuresAndProblems', 'department', 'departmentHead', 'contactPerson', 'mobile', 'email'] as const) out[f] = d[f].trim();
  out.meetingPlace = held ? d.meetingPlace.trim() : null;
  out.meetingDate = held ? d.meetingDate.trim() : null;
  if (!held) {
    out.meetingRegisteredTeams = null;
    out.meetingPresentingTeams = null;
    out.meetingAttendance = null;
  }
  return out as Record<keyof UnitStatisticsValues, unknown>;
}

/** 已修改: the person's number differs from the system's count, or the saved return already did. */
export function isEdited(view: StatisticsView, draft: StatisticsDraft, field: PrefilledField, touched: boolean): boolean {
  const differs = draft[field].trim() !== String(view.prefill[field]);
  return differs || (!touched && view.edited[field]);
}
