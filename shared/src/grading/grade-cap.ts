import type { Grade, GradeCaps } from './grade.js';

/** A graded team as the cap check needs it: which team, and the grade it holds now. */
export interface GradedTeam {
  applicationId: number;
  grade: Grade;
}

/** The capped grades' counts once a change is made, and the first cap it breaks (卓越级 before 示范级). */
export interface GradeCapBreach {
  excellent: number;
  exemplary: number;
  over: 'excellent' | 'exemplary';
}

/**
 * 第十条 for one adjustment: giving `change.grade` to one team must leave no more 卓越级 and 示范级 than the slots
 * (gradeSlots, whole teams). Returns the counts after the change and the grade over its cap, or null when the change
 * fits. The server refuses on it; the console warns before sending.
 */
export function gradeCapBreach(teams: readonly GradedTeam[], slots: GradeCaps, change: GradedTeam): GradeCapBreach | null {
  const count = (grade: Grade) => teams.filter((t) => (t.applicationId === change.applicationId ? change.grade : t.grade) === grade).length;
  const excellent = count('excellent');
  const exemplary = count('exemplary');
  if (excellent > slots.excellent) return { excellent, exemplary, over: 'excellent' };
  if (exemplary > slots.exemplary) return { excellent, exemplary, over: 'exemplary' };
  return null;
}
