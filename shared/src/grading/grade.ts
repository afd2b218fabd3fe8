// 第十条: results are graded, in this order, 卓越级 / 示范级 / 改进级.
export const GRADES = ['excellent', 'exemplary', 'improving'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABEL: Record<Grade, string> = {
  excellent: '卓越级',
  exemplary: '示范级',
  improving: '改进级',
};

/** Caps as fractions of the teams graded in a campaign; 改进级 takes everyone else. */
export interface GradeCaps {
  excellent: number;
  exemplary: number;
}

// 第十条: 卓越级 ≤ 10 %, 示范级 ≤ 40 % (each counted on its own), so 改进级 ≥ 50 %.
export const DEFAULT_GRADE_CAPS: Readonly<GradeCaps> = Object.freeze({ excellent: 0.1, exemplary: 0.4 });

/**
 * Slots per grade for `n` graded teams: ⌊cap·n⌋ each, the exemplary count independent of how many got excellent.
 * The epsilon absorbs binary error such as 0.1·30 or 0.7·10 = 6.999…, which must floor to 3 and 7.
 */
export function gradeSlots(n: number, caps: GradeCaps = DEFAULT_GRADE_CAPS): GradeCaps {
  return { excellent: Math.floor(caps.excellent * n + 1e-9), exemplary: Math.floor(caps.exemplary * n + 1e-9) };
}
