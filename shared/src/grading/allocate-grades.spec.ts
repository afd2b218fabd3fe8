import { describe, expect, it } from '@jest/globals';
import { type DomainError, isDomainError } from '../errors/index.js';
import { allocateGrades, type GradeResult, type GradingEntry } from './allocate-grades.js';
import { GRADE_LABEL, GRADES, type Grade, gradeSlots } from './grade.js';

/** A team whose presentation scored 15, so its total is `total` and materials `total - 15` (unless given). */
function team(id: string, total: number, materials = total - 15): GradingEntry {
  return { id, materials, presentation: total - materials };
}

/** Teams T01, T02, ... with the given totals, in that order. */
function teamsWithTotals(totals: readonly number[]): GradingEntry[] {
  return totals.map((total, i) => team(`T${String(i + 1).padStart(2, '0')}`, total));
}

/** N teams with distinct totals 95, 94.5, 94, ... */
function distinctTeams(n: number): GradingEntry[] {
  return teamsWithTotals(Array.from({ length: n }, (_, i) => 95 - i * 0.5));
}

function countGrades(results: readonly GradeResult[]): Record<Grade, number> {
  const counts: Record<Grade, number> = { excellent: 0, exemplary: 0, improving: 0 };
  for (const r of results) counts[r.grade]++;
  return counts;
}

function byId(results: readonly GradeResult[], id: string): GradeResult {
  const result = results.find((r) => r.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

function gradingError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('grades', () => {
  it('are 卓越级, 示范级, 改进级 in that order', () => {
    expect(GRADES).toEqual(['excellent', 'exemplary', 'improving']);
    expect(GRADES.map((g) => GRADE_LABEL[g])).toEqual(['卓越级', '示范级', '改进级']);
  });
});

describe('allocateGrades: caps', () => {
  it('caps 卓越级 at 10% and 示范级 at 40% of graded teams, rounding down', () => {
    expect(countGrades(allocateGrades(distinctTeams(19)))).toEqual({ excellent: 1, exemplary: 7, improving: 11 });
    expect(countGrades(allocateGrades(distinctTeams(37)))).toEqual({ excellent: 3, exemplary: 14, improving: 20 });
  });

  it('gives exactly ⌊10%×30⌋=3 卓越级 and ⌊40%×30⌋=12 示范级', () => {
    expect(countGrades(allocateGrades(distinctTeams(30)))).toEqual({ excellent: 3, exemplary: 12, improving: 15 });
  });

  it('floors the slots of the exact product, though 0.7×90 is 62.999… in binary', () => {
    expect(gradeSlots(90, { excellent: 0.3, exemplary: 0.7 })).toEqual({ excellent: 27, exemplary: 63 });
    expect(gradeSlots(30)).toEqual({ excellent: 3, exemplary: 12 });
  });

  it('counts 示范级 on its own, so 改进级 is never under half', () => {
    expect(countGrades(allocateGrades(distinctTeams(10)))).toEqual({ excellent: 1, exemplary: 4, improving: 5 });
  });

  it('gives no 卓越级 to fewer than 10 teams, and no 示范级 to fewer than 3', () => {
    for (let n = 1; n <= 9; n++) {
      const counts = countGrades(allocateGrades(distinctTeams(n)));
      expect(counts.excellent).toBe(0);
      expect(counts.exemplary).toBe(Math.floor((4 * n) / 10));
    }
    expect(allocateGrades(distinctTeams(1))[0]!.grade).toBe('improving');
  });

  it('gives nobody anything for an empty list', () => {
    expect(allocateGrades([])).toEqual([]);
  });

  it('applies other caps when given, as fractions', () => {
    const counts = countGrades(allocateGrades(distinctTeams(20), { excellent: 0.25, exemplary: 0.25 }));
    expect(counts).toEqual({ excellent: 5, exemplary: 5, improving: 10 });
  });
});

describe('allocateGrades: ranking', () => {
  it('ranks by total, teams equal on total and materials share a rank (1, 2, 2, 4)', () => {
    const results = allocateGrades([team('A', 90), team('B', 85), team('C', 85), team('D', 80)]);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('breaks a tie on total by the materials score', () => {
    const results = allocateGrades([team('A', 88, 70), team('B', 88, 72), team('C', 88, 71)]);
    expect(results.map((r) => [r.id, r.rank])).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', 2],
    ]);
    expect(byId(results, 'A').explanation).toContain('总分相同的 3 个班组按资料审核得分排序，本班组资料审核得分 70.00');
  });

  it('returns one result per entry in the order of the input, not of the ranking', () => {
    const entries = teamsWithTotals([70, 95, 80, 60]);
    const results = allocateGrades(entries);
    expect(results.map((r) => r.id)).toEqual(entries.map((e) => e.id));
    expect(results.map((r) => r.rank)).toEqual([3, 1, 2, 4]);
  });

  it('compares totals in hundredths, so 60 + (0.1 + 0.2) ties with 60 + 0.3', () => {
    const results = allocateGrades([
      { id: 'A', materials: 60, presentation: 0.1 + 0.2 },
      { id: 'B', materials: 60, presentation: 0.3 },
    ]);
    expect(results.map((r) => [r.rank, r.total])).toEqual([
      [1, 60.3],
      [1, 60.3],
    ]);
  });

  it('rounds the total once to 2 decimals, half up', () => {
    const results = allocateGrades([
      { id: 'A', materials: 72.345, presentation: 20 },
      { id: 'B', materials: 216 / 3 + 0.1 / 3, presentation: 18 },
    ]);
    expect(results.map((r) => r.total)).toEqual([92.35, 90.03]);
    expect(results[0]!.explanation).toMatch(/^总分 92\.35，/);
  });
});

describe('allocateGrades: ties at a cap', () => {
  // 20 teams: 2 卓越级 slots, 8 示范级 slots; rank 1 alone, then two teams tied at rank 2.
  const boundary = teamsWithTotals([95, 90, 90, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72]);

  it('gives 示范级 to every team of a tie that would straddle the 10% cap, and flags them', () => {
    const results = allocateGrades(boundary);
    expect(results.slice(0, 4).map((r) => [r.rank, r.grade, r.tiedAtBoundary])).toEqual([
      [1, 'excellent', false],
      [2, 'exemplary', true],
      [2, 'exemplary', true],
      [4, 'exemplary', false],
    ]);
  });

  it('does not give the unused 卓越级 slot to a lower-ranked team', () => {
    const counts = countGrades(allocateGrades(boundary));
    expect(counts).toEqual({ excellent: 1, exemplary: 8, improving: 11 });
  });

  it('does not flag a tie that fills the last slots exactly', () => {
    const results = allocateGrades(teamsWithTotals([95, 95, ...boundary.slice(2).map((e) => e.materials + e.presentation)]));
    expect(results.slice(0, 3).map((r) => [r.rank, r.grade, r.tiedAtBoundary])).toEqual([
      [1, 'excellent', false],
      [1, 'excellent', false],
      [3, 'exemplary', false],
    ]);
  });

  it('gives 改进级 to every team of a tie that would straddle the 40% cap, and flags them', () => {
    // 10 teams: 1 卓越级, 4 示范级; ranks 2–4 take three 示范级 slots, the two tied at rank 5 would need two.
    const results = allocateGrades(teamsWithTotals([95, 90, 89, 88, 85, 85, 80, 79, 78, 77]));
    expect(results.map((r) => r.grade)).toEqual([
      'excellent',
      'exemplary',
      'exemplary',
      'exemplary',
      'improving',
      'improving',
      'improving',
      'improving',
      'improving',
      'improving',
    ]);
    expect(results.map((r) => r.tiedAtBoundary)).toEqual([false, false, false, false, true, true, false, false, false, false]);
  });

  it('lets a tie pushed down from 卓越级 consume 示范级 slots', () => {
    // 10 teams: 1 卓越级, 4 示范级; the two tied at the top take two of the four 示范级 slots.
    const results = allocateGrades(teamsWithTotals([95, 95, 90, 89, 88, 87, 86, 85, 84, 83]));
    expect(countGrades(results)).toEqual({ excellent: 0, exemplary: 4, improving: 6 });
    expect(results.slice(0, 5).map((r) => [r.grade, r.tiedAtBoundary])).toEqual([
      ['exemplary', true],
      ['exemplary', true],
      ['exemplary', false],
      ['exemplary', false],
      ['improving', false],
    ]);
  });

  it('cascades a tie that straddles both caps down to 改进级', () => {
    // 10 teams: 1 卓越级, 4 示范级; five teams tied at the top fit neither.
    const results = allocateGrades(teamsWithTotals([95, 95, 95, 95, 95, 90, 89, 88, 87, 86]));
    expect(countGrades(results)).toEqual({ excellent: 0, exemplary: 0, improving: 10 });
    expect(results.map((r) => r.tiedAtBoundary)).toEqual([true, true, true, true, true, false, false, false, false, false]);
    expect(results[0]!.explanation).toContain('同时评为卓越级将超出名额');
    expect(results[0]!.explanation).toContain('同时评为示范级将超出名额');
  });
});

describe('allocateGrades: explanation', () => {
  it('tells a 卓越级 team its total, its rank of N and the cap it was within', () => {
    const totals = Array.from({ length: 37 }, (_, i) => 95 - i);
    totals[2] = 92.5;
    const results = allocateGrades(teamsWithTotals(totals));
    expect(results[2]!.explanation).toBe('总分 92.50，在 37 个参评班组中排第 3 名；卓越级名额为 ⌊10%×37⌋=3 个，本班组在名额内，评为卓越级。');
  });

  it('tells a 示范级 team the 卓越级 slots were taken and it was within the 示范级 cap', () => {
    const results = allocateGrades(distinctTeams(10));
    expect(results[1]!.explanation).toBe(
      '总分 94.50，在 10 个参评班组中排第 2 名；卓越级名额为 ⌊10%×10⌋=1 个，已由排名在前的班组占满；' +
        '示范级名额为 ⌊40%×10⌋=4 个，本班组在名额内，评为示范级。',
    );
  });

  it('tells an 改进级 team both caps were filled ahead of it', () => {
    const results = allocateGrades(distinctTeams(10));
    expect(results[5]!.explanation).toBe(
      '总分 92.50，在 10 个参评班组中排第 6 名；卓越级名额为 ⌊10%×10⌋=1 个，已由排名在前的班组占满；' +
        '示范级名额为 ⌊40%×10⌋=4 个，已由排名在前的班组占满，评为改进级。',
    );
  });

  it('tells teams tied at the boundary how many tied, that together they exceed the cap, and who decides', () => {
    const results = allocateGrades(teamsWithTotals([95, 90, 90, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73, 72]));
    expect(results[1]!.explanation).toBe(
      '总分 90.00，在 20 个参评班组中与另 1 个班组总分和资料审核得分均相同，并列第 2 名；' +
        '卓越级名额为 ⌊10%×20⌋=2 个，排名在前的班组已占 1 个、尚余 1 个，并列第 2 名的 2 个班组同时评为卓越级将超出名额，' +
        '因此这 2 个班组均按下一等级评定；示范级名额为 ⌊40%×20⌋=8 个，本班组在名额内，评为示范级。' +
        '因在名额边界并列，最终等级待秘书处决定。',
    );
    expect(results[2]!.explanation).toBe(results[1]!.explanation);
    expect(results[3]!.explanation).toContain('因并列第 2 名的 2 个班组超出剩余名额，其后的班组均不再评为卓越级');
  });

  it('says so when a cap has no slots', () => {
    const results = allocateGrades(distinctTeams(5));
    expect(results[0]!.explanation).toBe(
      '总分 95.00，在 5 个参评班组中排第 1 名；卓越级名额为 ⌊10%×5⌋=0 个；示范级名额为 ⌊40%×5⌋=2 个，本班组在名额内，评为示范级。',
    );
  });
});

describe('allocateGrades: bad input', () => {
  it('refuses scores outside 0–80 and 0–20, and numbers that are not finite', () => {
    const error = gradingError(() =>
      allocateGrades([
        { id: 'A', materials: 80.5, presentation: 10 },
        { id: 'B', materials: 60, presentation: -1 },
        { id: 'C', materials: Number.NaN, presentation: Number.POSITIVE_INFINITY },
      ]),
    );
    expect(error.code).toBe('GRADING_INVALID_INPUT');
    expect(error.message).toBe('评定等级的数据有误：第 1 个参评班组的资料审核得分应在 0–80 分之间，实为 80.5（共 4 处问题）');
    expect(error.details).toEqual({
      issueCount: 4,
      issues: [
        { field: 'entries[0].materials', message: '第 1 个参评班组的资料审核得分应在 0–80 分之间，实为 80.5' },
        { field: 'entries[1].presentation', message: '第 2 个参评班组的成果发布得分应在 0–20 分之间，实为 -1' },
        { field: 'entries[2].materials', message: '第 3 个参评班组的资料审核得分应在 0–80 分之间，实为 NaN' },
        { field: 'entries[2].presentation', message: '第 3 个参评班组的成果发布得分应在 0–20 分之间，实为 Infinity' },
      ],
    });
  });

  it('refuses a missing or repeated team id', () => {
    const error = gradingError(() => allocateGrades([team('A', 90), team('', 80), team('A', 70)]));
    expect(error.code).toBe('GRADING_INVALID_INPUT');
    expect(error.details?.['issues']).toEqual([
      { field: 'entries[1].id', message: '第 2 个参评班组缺少班组编号' },
      { field: 'entries[2].id', message: '第 3 个参评班组的编号 A 重复' },
    ]);
  });

  it('refuses caps outside 0–1 or summing to more than 1', () => {
    expect(gradingError(() => allocateGrades([team('A', 90)], { excellent: 10, exemplary: 40 })).details?.['issues']).toEqual([
      { field: 'caps.excellent', message: '卓越级名额比例应为 0–1 之间的小数，实为 10' },
      { field: 'caps.exemplary', message: '示范级名额比例应为 0–1 之间的小数，实为 40' },
    ]);
    expect(gradingError(() => allocateGrades([team('A', 90)], { excellent: 0.6, exemplary: 0.5 })).message).toBe(
      '评定等级的数据有误：卓越级与示范级名额比例之和不能超过 1',
    );
    expect(allocateGrades(distinctTeams(10), { excellent: 0.7, exemplary: 0.3 }).map((r) => r.grade)).toContain('exemplary');
  });

  it('refuses input that is not a list of entries, as it may arrive from outside TypeScript', () => {
    expect(gradingError(() => allocateGrades(null as unknown as GradingEntry[])).code).toBe('GRADING_INVALID_INPUT');
    expect(gradingError(() => allocateGrades([42] as unknown as GradingEntry[])).code).toBe('GRADING_INVALID_INPUT');
  });

  it('reports at most 20 issues in details but counts them all', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ id: `T${i}`, materials: 81, presentation: 0 }));
    const details = gradingError(() => allocateGrades(entries)).details!;
    expect(details['issueCount']).toBe(30);
    expect(details['issues']).toHaveLength(20);
  });
});
