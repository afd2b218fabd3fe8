import { DomainError } from '../errors/domain-error.js';
import { type DrawApplication, type DrawExpert, hasConflictOfInterest } from './draw-panels.js';
import { createSeededRandom } from './seeded-random.js';

export interface ReplacementInput {
  /** Stored with the replacement, e.g. `${draw.seed}#replacement-${k}`, so that anyone can re-run it. */
  seed: string;
  /** The drawable experts in no current panel of the draw. */
  candidates: readonly DrawExpert[];
  /** The applications of the panel the replacement joins. */
  applications: readonly DrawApplication[];
}

export interface ReplacementResult {
  /** null when every candidate has a conflict with the panel's applications (or there is none): the panel goes on one short. */
  expertId: string | null;
}

/**
 * 专家替换 (第十六条): draws the expert who takes a removed expert's place in a panel.
 *
 * The result depends only on the seed and on the sets of candidates and applications. To re-run it by hand:
 * 1. Sort the candidates by id (UTF-16 code unit order, as JavaScript's default sort).
 * 2. Drop every candidate with a conflict of interest (回避, shared hasConflictOfInterest: same enterprise or same
 *    recommending unit) with any of the panel's applications.
 * 3. random = createSeededRandom(seed); the replacement is eligible[random.nextInt(eligible.length)].
 * Throws DomainError DRAW_INVALID_INPUT for an empty seed or a candidate id that is empty or repeated.
 */
export function drawReplacement(input: ReplacementInput): ReplacementResult {
  if (typeof input.seed !== 'string' || input.seed.trim() === '') {
    throw new DomainError('DRAW_INVALID_INPUT', '替换抽取的种子不能为空', { field: 'seed' });
  }
  const seen = new Set<string>();
  for (const candidate of input.candidates) {
    if (typeof candidate.id !== 'string' || candidate.id.trim() === '') {
      throw new DomainError('DRAW_INVALID_INPUT', '候选专家编号不能为空', { field: 'candidates' });
    }
    if (seen.has(candidate.id)) throw new DomainError('DRAW_INVALID_INPUT', `候选专家 ${candidate.id} 重复出现`, { field: 'candidates', id: candidate.id });
    seen.add(candidate.id);
  }
  const eligible = [...input.candidates]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((candidate) => !input.applications.some((application) => hasConflictOfInterest(candidate, application)));
  if (eligible.length === 0) return { expertId: null };
  const random = createSeededRandom(input.seed);
  return { expertId: eligible[random.nextInt(eligible.length)]!.id };
}
