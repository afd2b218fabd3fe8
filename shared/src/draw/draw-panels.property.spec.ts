import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { type DrawApplication, type DrawExpert, type DrawInput, type DrawResult, drawPanels, hasConflictOfInterest } from './draw-panels.js';

// Pools as the activity has them: several panels, a third of the experts without a recorded
// affiliation, the rest spread over k enterprises and k units, so that an application conflicts with
// about 1.3/k of the experts (k from 7 to 26: 5–20 %).
export const drawInputs: fc.Arbitrary<DrawInput> = fc
  .record({
    panelCount: fc.integer({ min: 2, max: 8 }),
    panelSize: fc.integer({ min: 1, max: 6 }),
    spare: fc.integer({ min: 0, max: 20 }),
    kinds: fc.integer({ min: 7, max: 26 }),
    applicationCount: fc.integer({ min: 0, max: 200 }),
    seed: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  })
  .chain(({ panelCount, panelSize, spare, kinds, applicationCount, seed }) => {
    const expertCount = Math.min(60, panelCount * panelSize + spare);
    const affiliation = fc.option(fc.nat(kinds - 1), { freq: 2 });
    return fc.record({
      seed: fc.constant(seed),
      panelCount: fc.constant(panelCount),
      panelSize: fc.constant(Math.min(panelSize, Math.floor(expertCount / panelCount))),
      experts: fc.array(fc.tuple(affiliation, affiliation), { minLength: expertCount, maxLength: expertCount }).map((rows) =>
        rows.map(([enterprise, unit], i): DrawExpert => ({
          id: `专家${i}`,
          ...(enterprise === null ? {} : { enterpriseId: `E${enterprise}` }),
          ...(unit === null ? {} : { unitId: `U${unit}` }),
        })),
      ),
      applications: fc
        .array(fc.tuple(fc.nat(kinds - 1), fc.nat(kinds - 1)), { minLength: applicationCount, maxLength: applicationCount })
        .map((rows) => rows.map(([enterprise, unit], i): DrawApplication => ({ id: `申报${i}`, enterpriseId: `E${enterprise}`, unitId: `U${unit}` }))),
    });
  });

/**
 * A condition under which every formation of the panels admits a balanced assignment, so the draw
 * must not fail: no application conflicts with more than c experts, no panel with more than b
 * applications, (P − c)·⌈A/P⌉ ≥ b (Hall, upper bounds) and A − b ≥ c·⌊A/P⌋ (Hall, lower bounds).
 */
function surelySatisfiable({ experts, applications, panelCount, panelSize }: DrawInput): boolean {
  const count = applications.length;
  const c = Math.max(0, ...applications.map((a) => experts.filter((e) => hasConflictOfInterest(e, a)).length));
  const perExpert = experts.map((e) => applications.filter((a) => hasConflictOfInterest(e, a)).length).sort((x, y) => y - x);
  const b = Math.min(count, perExpert.slice(0, panelSize).reduce((sum, n) => sum + n, 0));
  return c < panelCount && (panelCount - c) * Math.ceil(count / panelCount) >= b && count - b >= c * Math.floor(count / panelCount);
}

function checkDraw(input: DrawInput, result: DrawResult): void {
  const expertsById = new Map(input.experts.map((e) => [e.id, e]));
  const applicationsById = new Map(input.applications.map((a) => [a.id, a]));
  expect(result.panels).toHaveLength(input.panelCount);
  const seated = result.panels.flatMap((panel) => [panel.leaderId, ...panel.memberIds]);
  expect(new Set(seated).size).toBe(input.panelCount * input.panelSize);
  for (const panel of result.panels) {
    expect(panel.memberIds).toHaveLength(input.panelSize - 1);
    for (const expertId of [panel.leaderId, ...panel.memberIds]) {
      const expert = expertsById.get(expertId)!;
      expect(expert).toBeDefined();
      for (const applicationId of panel.applicationIds) {
        expect(hasConflictOfInterest(expert, applicationsById.get(applicationId)!)).toBe(false);
      }
    }
  }
  const assigned = result.panels.flatMap((panel) => panel.applicationIds);
  expect([...assigned].sort()).toEqual([...applicationsById.keys()].sort());
  const loads = result.panels.map((panel) => panel.applicationIds.length);
  expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
}

const outcomes = { drawn: 0, unsatisfiable: 0 };

describe('drawPanels properties', () => {
  afterAll(() => {
    // Guards against a vacuous property: nearly all generated pools must actually be drawn.
    expect(outcomes.drawn).toBeGreaterThan(9 * outcomes.unsatisfiable);
  });

  it('seats panelCount × panelSize distinct experts, places every application once, balances loads and avoids every conflict', () => {
    fc.assert(
      fc.property(drawInputs, (input) => {
        let result: DrawResult;
        try {
          result = drawPanels(input);
        } catch (error) {
          // Only a genuine conflict may stop the draw, and never where every formation is servable.
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('DRAW_CONFLICT_UNSATISFIABLE');
          expect(surelySatisfiable(input)).toBe(false);
          outcomes.unsatisfiable++;
          return;
        }
        outcomes.drawn++;
        checkDraw(input, result);
      }),
      { numRuns: 150, seed: 2026 },
    );
  });

  it('is reproducible from the seed, whatever the order of the inputs', () => {
    const withPermutation = drawInputs.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray([...input.experts], { minLength: input.experts.length }),
        fc.shuffledSubarray([...input.applications], { minLength: input.applications.length }),
      ),
    );
    fc.assert(
      fc.property(withPermutation, ([input, experts, applications]) => {
        const outcome = (draw: DrawInput): unknown => {
          try {
            return drawPanels(draw);
          } catch (error) {
            return error instanceof DomainError ? { code: error.code, details: error.details } : error;
          }
        };
        const first = outcome(input);
        expect(outcome(input)).toEqual(first);
        expect(outcome({ ...input, experts, applications })).toEqual(first);
      }),
      { numRuns: 60, seed: 2027 },
    );
  });
});
