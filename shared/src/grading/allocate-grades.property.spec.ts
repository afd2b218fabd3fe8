import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allocateGrades, type GradeResult, type GradingEntry } from './allocate-grades.js';
import { GRADES } from './grade.js';

// Scores on 0.5 steps, as experts give them. Half the runs squeeze them into a narrow band so that many teams
// tie on total and on materials; the other half spread them over the whole range.
const halfPoints = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((h) => h / 2);
const narrowPoints = (max: number) => fc.integer({ min: max * 2 - 3, max: max * 2 }).map((h) => h / 2);
const scores = fc.oneof(
  fc.record({ materials: halfPoints(80), presentation: halfPoints(20) }),
  fc.record({ materials: narrowPoints(80), presentation: narrowPoints(20) }),
);
// size 'max' spreads lengths over the whole range (fast-check otherwise keeps arrays to about ten); half the
// runs stay under 30 teams, where ⌊10%·N⌋ is 0, 1 or 2 and boundaries are crowded.
const entriesArb = fc
  .oneof(fc.array(scores, { maxLength: 30, size: 'max' }), fc.array(scores, { maxLength: 300, size: 'max' }))
  .map((list): GradingEntry[] => list.map((s, i) => ({ id: `T${i}`, ...s })));

// Caps in whole percent, so a test can check them in integers: count·100 ≤ percent·N.
const capsArb = fc
  .record({ excellent: fc.integer({ min: 0, max: 60 }), exemplary: fc.integer({ min: 0, max: 60 }) })
  .filter((c) => c.excellent + c.exemplary <= 100);

const RUNS = { numRuns: 150 };

const gradeIndex = (r: GradeResult) => GRADES.indexOf(r.grade);
// Scores are multiples of 0.5, so doubling gives exact integers to compare.
const totalHalves = (e: GradingEntry) => Math.round((e.materials + e.presentation) * 2);
const materialsHalves = (e: GradingEntry) => Math.round(e.materials * 2);

describe('allocateGrades (properties)', () => {
  it('answers every entry exactly once, in input order', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const results = allocateGrades(entries);
        expect(results.map((r) => r.id)).toEqual(entries.map((e) => e.id));
      }),
      RUNS,
    );
  });

  it('never gives more 卓越级 or 示范级 than the caps allow', () => {
    fc.assert(
      fc.property(entriesArb, capsArb, (entries, caps) => {
        const results = allocateGrades(entries, { excellent: caps.excellent / 100, exemplary: caps.exemplary / 100 });
        const n = entries.length;
        expect(results.filter((r) => r.grade === 'excellent').length * 100).toBeLessThanOrEqual(caps.excellent * n);
        expect(results.filter((r) => r.grade === 'exemplary').length * 100).toBeLessThanOrEqual(caps.exemplary * n);
      }),
      RUNS,
    );
  });

  it('grades at least half the teams 改进级 under the 2026 caps', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const improving = allocateGrades(entries).filter((r) => r.grade === 'improving').length;
        expect(improving * 2).toBeGreaterThanOrEqual(entries.length);
      }),
      RUNS,
    );
  });

  it('ranks by total then materials in competition style, never grades a better team lower, never splits a tie', () => {
    fc.assert(
      fc.property(entriesArb, capsArb, (entries, caps) => {
        const results = allocateGrades(entries, { excellent: caps.excellent / 100, exemplary: caps.exemplary / 100 });
        // An independent ranking: best first; neighbours in this order are enough, grades being ordered.
        const cmp = (i: number, j: number) =>
          totalHalves(entries[j]!) - totalHalves(entries[i]!) || materialsHalves(entries[j]!) - materialsHalves(entries[i]!);
        const order = entries.map((_, i) => i).sort(cmp);
        const problems: string[] = [];
        order.forEach((i, k) => {
          const r = results[i]!;
          if (k === 0) {
            if (r.rank !== 1) problems.push(`${r.id}: first but rank ${r.rank}`);
            return;
          }
          const prevIndex = order[k - 1]!;
          const prev = results[prevIndex]!;
          if (cmp(prevIndex, i) === 0) {
            if (r.rank !== prev.rank || r.grade !== prev.grade || r.tiedAtBoundary !== prev.tiedAtBoundary) {
              problems.push(`${prev.id} and ${r.id} are equal but split`);
            }
          } else {
            if (r.rank !== k + 1) problems.push(`${r.id}: ${k} teams ahead but rank ${r.rank}`);
            if (gradeIndex(r) < gradeIndex(prev)) problems.push(`${r.id} is behind ${prev.id} but graded higher`);
          }
        });
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('flags only ties, and a flagged team never holds 卓越级', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const results = allocateGrades(entries);
        for (const r of results.filter((x) => x.tiedAtBoundary)) {
          expect(r.grade).not.toBe('excellent');
          expect(results.filter((x) => x.rank === r.rank).length).toBeGreaterThan(1);
          expect(r.explanation).toContain('待秘书处决定');
        }
      }),
      RUNS,
    );
  });

  it('fills every slot and flags nobody when no two teams tie', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 200, size: 'max' }).map((halves) =>
      halves.map((h, i): GradingEntry => ({ id: `T${i}`, materials: Math.min(h, 160) / 2, presentation: Math.max(h - 160, 0) / 2 })),
    );
    fc.assert(
      fc.property(distinct, (entries) => {
        const results = allocateGrades(entries);
        const n = entries.length;
        expect(results.filter((r) => r.grade === 'excellent')).toHaveLength(Math.floor(n / 10));
        expect(results.filter((r) => r.grade === 'exemplary')).toHaveLength(Math.floor((4 * n) / 10));
        expect(results.some((r) => r.tiedAtBoundary)).toBe(false);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the input', () => {
    const withShuffle = entriesArb.chain((entries) =>
      fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([entries, shuffled]) => {
        const key = (rs: GradeResult[]) => new Map(rs.map((r) => [r.id, r]));
        expect(key(allocateGrades(shuffled))).toEqual(key(allocateGrades(entries)));
      }),
      RUNS,
    );
  });
});
