import {
  type CapStatement,
  explainGrade,
  type GroupFacts,
  type LevelClosure,
  type LevelOutcome,
} from './explain-grade.js';
import { DEFAULT_GRADE_CAPS, type Grade, type GradeCaps, gradeSlots } from './grade.js';
import { assertValidGradingInput, type GradingEntry } from './validate-grading-input.js';

export type { GradingEntry } from './validate-grading-input.js';

export interface GradeResult {
  id: string;
  /** materials + presentation, rounded once to 2 decimals. */
  total: number;
  /** Competition ranking by total, then materials: 1, 2, 2, 4. */
  rank: number;
  grade: Grade;
  /** The team's tie group straddled a cap and took the lower grade; the secretariat decides. */
  tiedAtBoundary: boolean;
  explanation: string;
}

// Scores are compared in integer hundredths so that 0.1 + 0.2 equals 0.3. Rounding is half up; the epsilon
// lifts values like 92.345, stored as 92.34499…, to the half they were written as (scores are ≤ 100, so the
// binary error is ~1e-12 and a genuine value within 1e-8 of a half does not occur).
function toHundredths(score: number): number {
  return Math.round(score * 100 + 1e-6);
}

function hundredthsText(hundredths: number): string {
  return (hundredths / 100).toFixed(2);
}

/** The slots of one capped grade as they are handed out from the top of the ranking down. */
class CappedLevel {
  private used = 0;
  private closure: LevelClosure | null = null;

  constructor(private readonly slots: number) {}

  // A tie group gets the grade only whole. One that would straddle the cap takes none of it, and once a group
  // is refused no lower-ranked group may get the grade, so a higher total never ends in a lower grade.
  place(size: number, rank: number): LevelOutcome {
    if (this.closure !== null) return { kind: 'closed', closure: this.closure };
    if (this.used + size <= this.slots) {
      this.used += size;
      if (this.used === this.slots) this.closure = { kind: 'full' };
      return { kind: 'within' };
    }
    if (this.used < this.slots) {
      const outcome: LevelOutcome = { kind: 'straddled', used: this.used };
      this.closure = { kind: 'tie', rank, size };
      return outcome;
    }
    // Only reached when the grade has no slots at all.
    this.closure = { kind: 'full' };
    return { kind: 'closed', closure: this.closure };
  }
}

/**
 * Proposes a grade for every graded team (those that presented and were not disqualified) under 第十条:
 * at most ⌊caps.excellent·N⌋ 卓越级 and at most ⌊caps.exemplary·N⌋ 示范级, the rest 改进级. Teams equal on total
 * and on materials share a rank and always a grade; a tie group that would straddle a cap takes the lower grade,
 * consumes slots there (and may straddle that cap too) and is flagged `tiedAtBoundary` for the secretariat.
 *
 * Results come back in the order of `entries` (index i answers entries[i]), so callers can zip them; sort by
 * `rank` to show a ranking. Throws DomainError GRADING_INVALID_INPUT on bad scores, ids or caps. O(N log N).
 */
export function allocateGrades(entries: readonly GradingEntry[], caps: GradeCaps = DEFAULT_GRADE_CAPS): GradeResult[] {
  assertValidGradingInput(entries, caps);
  const n = entries.length;
  if (n === 0) return [];

  const totals = new Float64Array(n);
  const materials = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    totals[i] = toHundredths(e.materials + e.presentation);
    materials[i] = toHundredths(e.materials);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => totals[b]! - totals[a]! || materials[b]! - materials[a]!);

  const slots = gradeSlots(n, caps);
  const excellentCap: CapStatement = { grade: 'excellent', cap: caps.excellent, slots: slots.excellent };
  const exemplaryCap: CapStatement = { grade: 'exemplary', cap: caps.exemplary, slots: slots.exemplary };
  const excellent = new CappedLevel(slots.excellent);
  const exemplary = new CappedLevel(slots.exemplary);
  const results = new Array<GradeResult>(n);

  let sameTotalStart = 0;
  let sameTotalEnd = 0;
  for (let start = 0; start < n; ) {
    const first = order[start]!;
    let end = start + 1;
    while (end < n && totals[order[end]!] === totals[first] && materials[order[end]!] === materials[first]) end++;
    if (start >= sameTotalEnd) {
      sameTotalStart = start;
      sameTotalEnd = end;
      while (sameTotalEnd < n && totals[order[sameTotalEnd]!] === totals[first]) sameTotalEnd++;
    }

    const size = end - start;
    const rank = start + 1;
    const excellentOutcome = excellent.place(size, rank);
    const exemplaryOutcome = excellentOutcome.kind === 'within' ? null : exemplary.place(size, rank);
    const grade: Grade =
      excellentOutcome.kind === 'within' ? 'excellent' : exemplaryOutcome?.kind === 'within' ? 'exemplary' : 'improving';
    const facts: GroupFacts = {
      n,
      rank,
      size,
      sameTotal: sameTotalEnd - sameTotalStart,
      totalText: hundredthsText(totals[first]!),
      materialsText: hundredthsText(materials[first]!),
    };
    const explanation = explainGrade(facts, excellentCap, excellentOutcome, exemplaryCap, exemplaryOutcome);
    const tiedAtBoundary = excellentOutcome.kind === 'straddled' || exemplaryOutcome?.kind === 'straddled';
    const total = totals[first]! / 100;
    for (let k = start; k < end; k++) {
      const i = order[k]!;
      results[i] = { id: entries[i]!.id, total, rank, grade, tiedAtBoundary, explanation };
    }
    start = end;
  }
  return results;
}
