import { describe, expect, it } from '@jest/globals';
import { hasConflictOfInterest } from './draw-panels.js';
import { isDrawableExpert, toDrawExpert } from './drawable-expert.js';

describe('isDrawableExpert (第十一、十二条)', () => {
  const ready = { active: true, trainingStatus: 'trained', assessmentStatus: 'passed' } as const;

  it('accepts an active, trained expert who passed the assessment', () => {
    expect(isDrawableExpert(ready)).toBe(true);
  });

  it.each([
    ['inactive', { ...ready, active: false }],
    ['not trained', { ...ready, trainingStatus: 'pending' as const }],
    ['not yet assessed', { ...ready, assessmentStatus: 'pending' as const }],
    ['failed the assessment', { ...ready, assessmentStatus: 'failed' as const }],
  ])('refuses an expert who is %s', (_label, expert) => {
    expect(isDrawableExpert(expert)).toBe(false);
  });
});

describe('toDrawExpert', () => {
  it('maps numeric ids to the draw’s string ids', () => {
    expect(toDrawExpert({ id: 7, enterpriseId: 3, recommendingUnitId: 12 })).toEqual({ id: '7', enterpriseId: '3', unitId: '12' });
  });

  it('leaves out an unknown enterprise, so only the unit can conflict', () => {
    const expert = toDrawExpert({ id: 8, enterpriseId: null, recommendingUnitId: 12 });
    expect(expert).toEqual({ id: '8', unitId: '12' });
    expect(hasConflictOfInterest(expert, { id: 'a', enterpriseId: '3', unitId: '13' })).toBe(false);
    expect(hasConflictOfInterest(expert, { id: 'a', enterpriseId: '3', unitId: '12' })).toBe(true);
  });
});
