import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assignApplications } from './assign-applications.js';

// Every assignment of A applications to P panels, tried one by one: the reference for small cases.
function balancedAssignmentExists(candidates: readonly (readonly number[])[], panelCount: number): boolean {
  const low = Math.floor(candidates.length / panelCount);
  const loads = new Array<number>(panelCount).fill(0);
  const place = (app: number): boolean => {
    if (app === candidates.length) return loads.every((load) => load === low || load === low + 1);
    for (const panel of candidates[app]!) {
      loads[panel]!++;
      const found = loads[panel]! <= low + 1 && place(app + 1);
      loads[panel]!--;
      if (found) return true;
    }
    return false;
  };
  return place(0);
}

function checkAssignment(candidates: readonly (readonly number[])[], panelCount: number, panelOf: readonly number[]): void {
  const loads = new Array<number>(panelCount).fill(0);
  panelOf.forEach((panel, app) => {
    expect(candidates[app]).toContain(panel);
    loads[panel]!++;
  });
  expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
}

describe('assignApplications', () => {
  it('moves an application already placed to make room, where a greedy pass would get stuck', () => {
    // Application 0 fits both panels and comes first; application 1 fits only panel 0.
    const candidates = [[0, 1], [0]];
    const { panelOf, unplaced, balanced } = assignApplications(candidates, 2);
    expect({ panelOf, unplaced, balanced }).toEqual({ panelOf: [1, 0], unplaced: [], balanced: true });
  });

  it('gives the extra application to a panel that can take it', () => {
    // Five applications on two panels: loads 2 and 3; only panel 1 can take application 4.
    const candidates = [[0, 1], [0, 1], [0, 1], [0, 1], [1]];
    const { panelOf, unplaced } = assignApplications(candidates, 2);
    expect(unplaced).toEqual([]);
    checkAssignment(candidates, 2, panelOf);
  });

  it('reports applications with no candidate panel as unplaced', () => {
    expect(assignApplications([[0], [], [1]], 2).unplaced).toEqual([1]);
  });

  it('reports a panel that cannot get its minimum share as unbalanced', () => {
    // Four applications on three panels need loads 1, 1, 2, but none can go to panel 2.
    const result = assignApplications([[0, 1], [0, 1], [0, 1], [0, 1]], 3);
    expect(result.unplaced).toEqual([]);
    expect(result.balanced).toBe(false);
  });

  it('handles no applications at all', () => {
    expect(assignApplications([], 3)).toEqual({ panelOf: [], unplaced: [], balanced: true });
  });

  it('finds a balanced assignment exactly when one exists (checked against brute force)', () => {
    const instance = fc.integer({ min: 1, max: 4 }).chain((panelCount) =>
      fc.record({
        panelCount: fc.constant(panelCount),
        candidates: fc.array(fc.subarray(Array.from({ length: panelCount }, (_, k) => k)), { maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(instance, ({ panelCount, candidates }) => {
        const { panelOf, unplaced, balanced } = assignApplications(candidates, panelCount);
        const found = unplaced.length === 0 && balanced;
        expect(found).toBe(balancedAssignmentExists(candidates, panelCount));
        if (found) checkAssignment(candidates, panelCount, panelOf);
      }),
      { numRuns: 2000, seed: 20260601 },
    );
  });
});
