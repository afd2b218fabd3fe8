import { describe, expect, it } from '@jest/globals';
import type { Grade } from './grade.js';
import { gradeCapBreach, type GradedTeam } from './grade-cap.js';

/** Teams 1, 2, 3, … holding the given grades, in that order. */
function teams(...grades: Grade[]): GradedTeam[] {
  return grades.map((grade, k) => ({ applicationId: k + 1, grade }));
}

const ONE_EACH = { excellent: 1, exemplary: 1 };

describe('gradeCapBreach', () => {
  it('lets a change through that stays within both caps', () => {
    expect(gradeCapBreach(teams('excellent', 'exemplary', 'improving'), ONE_EACH, { applicationId: 2, grade: 'improving' })).toBeNull();
    expect(gradeCapBreach(teams('excellent', 'improving', 'improving'), ONE_EACH, { applicationId: 3, grade: 'exemplary' })).toBeNull();
  });

  it('counts the changed team at its new grade, not twice', () => {
    // Team 1 moves from 卓越级 to 卓越级: still one.
    expect(gradeCapBreach(teams('excellent', 'exemplary'), ONE_EACH, { applicationId: 1, grade: 'excellent' })).toBeNull();
    // Team 1 leaves 卓越级 for 示范级, which then has two.
    expect(gradeCapBreach(teams('excellent', 'exemplary'), ONE_EACH, { applicationId: 1, grade: 'exemplary' })).toEqual({ excellent: 0, exemplary: 2, over: 'exemplary' });
  });

  it('names 卓越级 first when a change breaks its cap, with both counts after the change', () => {
    expect(gradeCapBreach(teams('excellent', 'exemplary', 'improving'), ONE_EACH, { applicationId: 2, grade: 'excellent' })).toEqual({ excellent: 2, exemplary: 0, over: 'excellent' });
    expect(gradeCapBreach(teams('excellent', 'exemplary', 'exemplary'), ONE_EACH, { applicationId: 3, grade: 'excellent' })).toEqual({ excellent: 2, exemplary: 1, over: 'excellent' });
  });

  it('caps 示范级 on its own count', () => {
    expect(gradeCapBreach(teams('excellent', 'exemplary', 'improving'), ONE_EACH, { applicationId: 3, grade: 'exemplary' })).toEqual({ excellent: 1, exemplary: 2, over: 'exemplary' });
  });

  it('allows no 卓越级 at all where there is no slot', () => {
    expect(gradeCapBreach(teams('improving'), { excellent: 0, exemplary: 0 }, { applicationId: 1, grade: 'excellent' })).toEqual({ excellent: 1, exemplary: 0, over: 'excellent' });
    expect(gradeCapBreach(teams('improving'), { excellent: 0, exemplary: 0 }, { applicationId: 1, grade: 'improving' })).toBeNull();
  });
});
