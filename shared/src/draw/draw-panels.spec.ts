import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { type DrawApplication, type DrawExpert, type DrawInput, type DrawResult, drawPanels, MAX_DRAW_ATTEMPTS } from './draw-panels.js';

const expert = (id: string, affiliation: Omit<DrawExpert, 'id'> = {}): DrawExpert => ({ id, ...affiliation });
const application = (id: string, enterpriseId = `ent-${id}`, unitId = `unit-${id}`): DrawApplication => ({
  id,
  enterpriseId,
  unitId,
});
const experts = (count: number, affiliate?: (i: number) => Omit<DrawExpert, 'id'>): DrawExpert[] =>
  Array.from({ length: count }, (_, i) => expert(`e${String(i + 1).padStart(3, '0')}`, affiliate?.(i)));
const applications = (count: number, make?: (i: number) => DrawApplication): DrawApplication[] =>
  Array.from({ length: count }, (_, i) => make?.(i) ?? application(`a${String(i + 1).padStart(3, '0')}`));

const drawInput = (overrides: Partial<DrawInput> = {}): DrawInput => ({
  seed: '2026-资料审核-第1轮',
  experts: experts(20),
  applications: applications(23),
  panelCount: 3,
  panelSize: 5,
  ...overrides,
});

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const expertsOf = (result: DrawResult) => result.panels.flatMap((panel) => [panel.leaderId, ...panel.memberIds]);

describe('drawPanels', () => {
  it('forms panelCount panels of one leader and panelSize − 1 members, no expert twice', () => {
    const result = drawPanels(drawInput());
    expect(result.panels).toHaveLength(3);
    for (const panel of result.panels) expect(panel.memberIds).toHaveLength(4);
    expect(new Set(expertsOf(result)).size).toBe(15);
  });

  it('puts every application on exactly one panel, loads differing by at most one', () => {
    const result = drawPanels(drawInput());
    const assigned = result.panels.flatMap((panel) => panel.applicationIds);
    expect([...assigned].sort()).toEqual(applications(23).map((a) => a.id));
    expect(result.panels.map((panel) => panel.applicationIds.length).sort()).toEqual([7, 8, 8]);
  });

  it('lists each panel’s applications sorted by id', () => {
    for (const panel of drawPanels(drawInput()).panels) {
      expect(panel.applicationIds).toEqual([...panel.applicationIds].sort());
    }
  });

  it('gives identical panels when re-run with the same seed and inputs', () => {
    expect(drawPanels(drawInput())).toEqual(drawPanels(drawInput()));
  });

  it('does not depend on the order the experts and applications are passed in', () => {
    const input = drawInput();
    const reordered = { ...input, experts: [...input.experts].reverse(), applications: [...input.applications].reverse() };
    expect(drawPanels(reordered)).toEqual(drawPanels(input));
  });

  it('gives a different draw for a different seed', () => {
    expect(drawPanels(drawInput({ seed: '2026-资料审核-第2轮' }))).not.toEqual(drawPanels(drawInput()));
  });

  it('draws every expert of the pool about equally often over many seeds', () => {
    const counts = new Map<string, number>();
    for (let run = 0; run < 400; run++) {
      for (const id of expertsOf(drawPanels(drawInput({ seed: `fair-${run}`, applications: [] })))) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // Each of the 20 experts is drawn with probability 15/20, i.e. about 300 times in 400 draws.
    expect(counts.size).toBe(20);
    for (const count of counts.values()) expect(Math.abs(count - 300)).toBeLessThan(45);
  });

  it('pins the draw for a fixed seed, so a change of algorithm cannot pass unnoticed', () => {
    const result = drawPanels({ seed: 'golden', experts: experts(6), applications: applications(5), panelCount: 2, panelSize: 3 });
    expect(result).toEqual(GOLDEN_DRAW);
  });
});

describe('回避 (conflict of interest)', () => {
  it('keeps an expert off the panel of an application from their own enterprise', () => {
    const pool = experts(12, (i) => (i < 3 ? { enterpriseId: 'ent-A' } : {}));
    const apps = applications(9, (i) => application(`a${i}`, i < 4 ? 'ent-A' : `ent-${i}`, `unit-${i}`));
    for (let run = 0; run < 30; run++) {
      const result = drawPanels({ seed: `ent-${run}`, experts: pool, applications: apps, panelCount: 3, panelSize: 3 });
      for (const panel of result.panels) {
        const onPanel = [panel.leaderId, ...panel.memberIds];
        if (onPanel.some((id) => ['e001', 'e002', 'e003'].includes(id))) {
          expect(panel.applicationIds.filter((id) => ['a0', 'a1', 'a2', 'a3'].includes(id))).toEqual([]);
        }
      }
    }
  });

  it('keeps an expert off the panel of an application recommended by their own unit', () => {
    const pool = experts(10, (i) => (i % 3 === 0 ? { unitId: 'unit-中建' } : { unitId: `unit-${i}` }));
    const apps = applications(12, (i) => application(`a${i}`, `ent-${i}`, i % 2 === 0 ? 'unit-中建' : 'unit-other'));
    for (let run = 0; run < 30; run++) {
      const result = drawPanels({ seed: `unit-${run}`, experts: pool, applications: apps, panelCount: 3, panelSize: 2 });
      for (const panel of result.panels) {
        const unitsOnPanel = [panel.leaderId, ...panel.memberIds].map((id) => pool.find((e) => e.id === id)!.unitId);
        const appUnits = panel.applicationIds.map((id) => apps.find((a) => a.id === id)!.unitId);
        expect(appUnits.filter((unit) => unitsOnPanel.includes(unit))).toEqual([]);
      }
    }
  });

  it('finds the one valid assignment where placing applications greedily would get stuck', () => {
    // x may only go to e3's panel, y to e2's or e3's, z anywhere: the only balanced answer is
    // e1–z, e2–y, e3–x, which a first-come greedy pass misses whenever z or y takes e3 first.
    const pool = [expert('e1', { enterpriseId: 'E1', unitId: 'U1' }), expert('e2', { unitId: 'U2' }), expert('e3')];
    const apps = [application('x', 'E1', 'U2'), application('y', 'E9', 'U1'), application('z', 'E9', 'U9')];
    for (let run = 0; run < 40; run++) {
      const result = drawPanels({ seed: `greedy-${run}`, experts: pool, applications: apps, panelCount: 3, panelSize: 1 });
      const reviewerOf = new Map(result.panels.flatMap((panel) => panel.applicationIds.map((id) => [id, panel.leaderId])));
      expect(Object.fromEntries(reviewerOf)).toEqual({ x: 'e3', y: 'e2', z: 'e1' });
    }
  });

  it('leaves out the experts whose conflicts cannot be placed, when the pool has spares', () => {
    // Every application comes from unit U, so the U expert must stay in the pool (2 of 8 experts do).
    const pool = [...experts(7), expert('u1', { unitId: 'U' })];
    const apps = applications(6, (i) => application(`a${i}`, `ent-${i}`, 'U'));
    const result = drawPanels({ seed: 'spares', experts: pool, applications: apps, panelCount: 2, panelSize: 3 });
    expect(expertsOf(result)).not.toContain('u1');
  });
});

describe('drawPanels errors', () => {
  it.each([
    ['an empty seed', { seed: ' ' }, '抽取种子不能为空'],
    ['zero panels', { panelCount: 0 }, '专家组数应为正整数，收到 0'],
    ['a fractional panel size', { panelSize: 2.5 }, '每组专家人数应为正整数（含组长 1 人），收到 2.5'],
    ['a duplicate expert', { experts: [...experts(20), expert('e003')] }, '专家 e003 重复出现'],
    ['a duplicate application', { applications: [...applications(3), application('a002')] }, '申报 a002 重复出现'],
    ['an application without a unit', { applications: [application('a1', 'E', '')] }, '申报 a1 缺少申报企业或推荐单位'],
  ])('rejects %s as DRAW_INVALID_INPUT', (_, overrides, message) => {
    const error = thrown(() => drawPanels(drawInput(overrides)));
    expect(error.code).toBe('DRAW_INVALID_INPUT');
    expect(error.message).toBe(message);
  });

  it('says how many experts are needed and how many there are', () => {
    const error = thrown(() => drawPanels(drawInput({ experts: experts(12) })));
    expect(error.code).toBe('DRAW_NOT_ENOUGH_EXPERTS');
    expect(error.message).toBe('需要 3×5=15 名专家，专家库中可抽取的只有 12 名');
    expect(error.details).toEqual({ needed: 15, available: 12 });
  });

  it('names the applications for which too few experts are free of conflict', () => {
    const pool = experts(10, (i) => (i < 7 ? { unitId: 'U' } : {}));
    const apps = [application('a1', 'E1', 'U'), application('a2'), application('a3', 'E3', 'U')];
    const error = thrown(() => drawPanels({ seed: 's', experts: pool, applications: apps, panelCount: 2, panelSize: 4 }));
    expect(error.code).toBe('DRAW_CONFLICT_UNSATISFIABLE');
    expect(error.message).toBe(
      '回避规则无法满足：以下申报回避本企业和本推荐单位的专家后，可抽取的专家不足 4 名，无法组成专家组：a1、a3',
    );
    expect(error.details).toEqual({ applicationIds: ['a1', 'a3'], panelSize: 4 });
  });

  it('names the applications left without a panel after every attempt', () => {
    // x needs the pairing {1,2}{3,4} and z needs {1,3}{2,4}: no formation serves both.
    const pool = [
      expert('e1', { enterpriseId: 'E1' }),
      expert('e2', { unitId: 'U2' }),
      expert('e3', { unitId: 'U3' }),
      expert('e4', { unitId: 'U4' }),
    ];
    const apps = [application('x', 'E1', 'U2'), application('z', 'E1', 'U3'), application('w', 'E9', 'U9')];
    const error = thrown(() => drawPanels({ seed: 'stuck', experts: pool, applications: apps, panelCount: 2, panelSize: 2 }));
    expect(error.code).toBe('DRAW_CONFLICT_UNSATISFIABLE');
    const [unplaced] = error.details?.['applicationIds'] as string[];
    expect(['x', 'z']).toContain(unplaced);
    expect(error.message).toBe(`回避规则无法满足：随机组建专家组 ${MAX_DRAW_ATTEMPTS} 次，以下申报仍找不到无需回避的专家组：${unplaced}`);
    expect(error.details).toEqual({ applicationIds: [unplaced], attempts: MAX_DRAW_ATTEMPTS });
  });

  it('says so when the conflicts can be avoided only with unbalanced panels', () => {
    // All four applications are from unit U, so u's panel can take none of them, while the others take two each.
    const pool = [expert('u', { unitId: 'U' }), expert('f1'), expert('f2')];
    const apps = applications(4, (i) => application(`a${i}`, `ent-${i}`, 'U'));
    const error = thrown(() => drawPanels({ seed: 'unbalanced', experts: pool, applications: apps, panelCount: 3, panelSize: 1 }));
    expect(error.code).toBe('DRAW_CONFLICT_UNSATISFIABLE');
    expect(error.message).toBe(
      `回避规则无法满足：随机组建专家组 ${MAX_DRAW_ATTEMPTS} 次，均无法在各组评审申报数相差不超过 1 件的前提下回避全部冲突`,
    );
    expect(error.details).toEqual({ applicationIds: [], attempts: MAX_DRAW_ATTEMPTS });
  });
});

const GOLDEN_DRAW: DrawResult = {
  panels: [
    { leaderId: 'e002', memberIds: ['e004', 'e003'], applicationIds: ['a002', 'a003', 'a004'] },
    { leaderId: 'e006', memberIds: ['e005', 'e001'], applicationIds: ['a001', 'a005'] },
  ],
};
