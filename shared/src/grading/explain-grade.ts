import { assertUnreachable } from '../errors/index.js';
import { GRADE_LABEL, type Grade } from './grade.js';

/** Why a grade stopped being given to lower-ranked teams. */
export type LevelClosure = { kind: 'full' } | { kind: 'tie'; rank: number; size: number };

/** What one capped grade (卓越级 or 示范级) did for one tie group. */
export type LevelOutcome =
  | { kind: 'within' }
  | { kind: 'straddled'; used: number }
  | { kind: 'closed'; closure: LevelClosure };

export interface CapStatement {
  grade: Exclude<Grade, 'improving'>;
  /** The cap as a fraction, shown as a percentage. */
  cap: number;
  slots: number;
}

export interface GroupFacts {
  n: number;
  rank: number;
  /** Teams equal on total and materials, this one included. */
  size: number;
  /** Teams with the same total, this one included; more than `size` when materials broke the tie. */
  sameTotal: number;
  totalText: string;
  materialsText: string;
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

function slotsText(n: number, cap: CapStatement): string {
  return `${GRADE_LABEL[cap.grade]}名额为 ⌊${percent(cap.cap)}×${n}⌋=${cap.slots} 个`;
}

function head(f: GroupFacts): string {
  const place = f.size > 1 ? `与另 ${f.size - 1} 个班组总分和资料审核得分均相同，并列第 ${f.rank} 名` : `排第 ${f.rank} 名`;
  const tieBreak =
    f.sameTotal > f.size ? `（总分相同的 ${f.sameTotal} 个班组按资料审核得分排序，本班组资料审核得分 ${f.materialsText}）` : '';
  return `总分 ${f.totalText}，在 ${f.n} 个参评班组中${place}${tieBreak}；`;
}

/**
 * One capped grade's part of the sentence. `next` is what the team gets when this grade is not given:
 * for 卓越级 the sentence continues with 示范级, for 示范级 it ends with 改进级.
 */
function levelClause(f: GroupFacts, cap: CapStatement, outcome: LevelOutcome, next: Grade | null): string {
  const slots = slotsText(f.n, cap);
  const label = GRADE_LABEL[cap.grade];
  const end = next === null ? '；' : `，评为${GRADE_LABEL[next]}。`;
  switch (outcome.kind) {
    case 'within':
      return `${slots}，本班组在名额内，评为${label}。`;
    case 'straddled':
      return (
        `${slots}，排名在前的班组已占 ${outcome.used} 个、尚余 ${cap.slots - outcome.used} 个，` +
        `并列第 ${f.rank} 名的 ${f.size} 个班组同时评为${label}将超出名额，因此这 ${f.size} 个班组均按下一等级评定${end}`
      );
    case 'closed': {
      const c = outcome.closure;
      if (c.kind === 'full') return cap.slots === 0 ? `${slots}${end}` : `${slots}，已由排名在前的班组占满${end}`;
      if (c.kind === 'tie') return `${slots}，因并列第 ${c.rank} 名的 ${c.size} 个班组超出剩余名额，其后的班组均不再评为${label}${end}`;
      return assertUnreachable(c);
    }
    default:
      return assertUnreachable(outcome);
  }
}

/** The Chinese sentence a team reads: its rank of N, its total, which cap applied and, at a boundary tie, who decides. */
export function explainGrade(
  f: GroupFacts,
  excellent: CapStatement,
  excellentOutcome: LevelOutcome,
  exemplary: CapStatement,
  exemplaryOutcome: LevelOutcome | null,
): string {
  let text = head(f) + levelClause(f, excellent, excellentOutcome, null);
  if (exemplaryOutcome !== null) text += levelClause(f, exemplary, exemplaryOutcome, 'improving');
  const tied = excellentOutcome.kind === 'straddled' || exemplaryOutcome?.kind === 'straddled';
  return tied ? `${text}因在名额边界并列，最终等级待秘书处决定。` : text;
}
