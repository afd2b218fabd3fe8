import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import type { DrawApplication, DrawExpert } from './draw-panels.js';
import { drawReplacement } from './draw-replacement.js';
import { createSeededRandom } from './seeded-random.js';

const expert = (id: string, affiliation: Omit<DrawExpert, 'id'> = {}): DrawExpert => ({ id, ...affiliation });
const application = (id: string, enterpriseId: string, unitId: string): DrawApplication => ({ id, enterpriseId, unitId });

const candidates = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => expert(id, { unitId: `u-${id}` }));
const applications = [application('a1', 'ent-1', 'u-a'), application('a2', 'ent-2', 'u-b')];

describe('drawReplacement', () => {
  it('is deterministic: the same seed and inputs always give the same expert, whatever their order', () => {
    const first = drawReplacement({ seed: 'seed#replacement-1', candidates, applications });
    expect(first.expertId).not.toBeNull();
    for (let k = 0; k < 5; k++) {
      expect(drawReplacement({ seed: 'seed#replacement-1', candidates: [...candidates].reverse(), applications: [...applications].reverse() })).toEqual(first);
    }
  });

  it('picks eligible[nextInt(n)] of the id-sorted candidates, as documented', () => {
    const seed = '2026-资料审核#replacement-1';
    const expected = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'][createSeededRandom(seed).nextInt(6)];
    expect(drawReplacement({ seed, candidates: [...candidates].reverse(), applications }).expertId).toBe(expected);
  });

  it('spreads over the candidates for different seeds', () => {
    const picked = new Set(Array.from({ length: 60 }, (_, k) => drawReplacement({ seed: `s#replacement-${k}`, candidates, applications }).expertId));
    expect(picked.size).toBe(candidates.length);
  });

  it('never picks a candidate of an application’s enterprise or recommending unit (回避)', () => {
    const pool = [expert('e1', { enterpriseId: 'ent-1' }), expert('e2', { unitId: 'u-b' }), expert('e3', { unitId: 'u-c' }), expert('e4')];
    const picked = new Set<string | null>();
    for (let k = 0; k < 50; k++) picked.add(drawReplacement({ seed: `回避#${k}`, candidates: pool, applications }).expertId);
    expect([...picked].sort()).toEqual(['e3', 'e4']);
  });

  it('answers null when every candidate is conflicted, or there is none', () => {
    const pool = [expert('e1', { enterpriseId: 'ent-2' }), expert('e2', { unitId: 'u-a' })];
    expect(drawReplacement({ seed: 's', candidates: pool, applications })).toEqual({ expertId: null });
    expect(drawReplacement({ seed: 's', candidates: [], applications })).toEqual({ expertId: null });
  });

  it('takes any candidate for a panel without applications', () => {
    expect(drawReplacement({ seed: 's', candidates: [expert('e9', { unitId: 'u-a' })], applications: [] })).toEqual({ expertId: 'e9' });
  });

  it('refuses an empty seed and repeated candidates', () => {
    expect(() => drawReplacement({ seed: ' ', candidates, applications })).toThrow(DomainError);
    expect(() => drawReplacement({ seed: 's', candidates: [expert('e1'), expert('e1')], applications })).toThrow(DomainError);
  });
});
