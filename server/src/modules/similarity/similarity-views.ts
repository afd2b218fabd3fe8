import { type EntityManager, In } from 'typeorm';
import { UserAccount } from '../account/user-account.entity.js';
import {
  SIMILARITY_RUN_PHASE_LABEL,
  SIMILARITY_RUN_STATUS_LABEL,
  SIMILARITY_RUN_TRIGGER_LABEL,
  type SimilarityRun,
  type SimilarityRunPhase,
  type SimilarityRunStatus,
  type SimilarityRunTrigger,
} from './similarity-run.entity.js';

/** What the secretariat reads about runs and pairs: the shapes of the 材料查重 API and the Chinese labels in them. */

export interface RunView {
  id: number;
  trigger: SimilarityRunTrigger;
  triggerLabel: string;
  status: SimilarityRunStatus;
  statusLabel: string;
  phase: SimilarityRunPhase | null;
  phaseLabel: string | null;
  done: number;
  total: number;
  percent: number;
  documents: number;
  newDocuments: number;
  uncheckable: number;
  candidates: number;
  pairs: number;
  suspicious: number;
  /** 模板雷同 groups this run found. */
  clusters: number;
  error: string | null;
  /** The actor as recorded (`user:<id>`): for machines; people read requestedByName. */
  requestedBy: string;
  requestedByName: string;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface DocSide {
  documentId: number;
  applicationId: number;
  campaignYear: number;
  kind: 'pdf' | 'ppt';
  kindLabel: string;
  fileName: string;
  teamName: string | null;
  enterpriseName: string | null;
  unitName: string | null;
  statusLabel: string;
  pages: number;
  /** When the application was submitted; null if it never was. */
  submittedAt: Date | null;
}

/** Which side came first — the earlier campaign across years, else the earlier submission — and each side's label. */
export interface Precedence {
  first: 'a' | 'b' | null;
  a: string;
  b: string;
}

export interface PairView {
  id: number;
  score: number;
  suspicious: boolean;
  containmentAInB: number;
  containmentBInA: number;
  jaccard: number;
  /** Share of A's own text found in B, and the other way round. */
  coverageA: number;
  coverageB: number;
  matchedChars: number;
  passageCount: number;
  checkedAt: Date;
  caseId: number | null;
  /** 核实无问题: when, by whom (the actor and the name people read) and why; null while the pair is open. */
  dismissal: { at: Date; by: string; byName: string; reason: string } | null;
  precedence: Precedence;
  a: DocSide;
  b: DocSide;
}

/** How many pairs each filter of the list holds; suspicious + belowLine + dismissed = total. */
export interface PairCounts {
  total: number;
  /** Open (not 核实无问题) and at or above the 疑似 line: what the list shows by default. */
  suspicious: number;
  /** Open, similar enough to be kept but below the 疑似 line. */
  belowLine: number;
  dismissed: number;
}

// Phases weigh differently in the overall percentage: extraction is the slow one.
const PHASE_SPAN: Record<SimilarityRunPhase, [number, number]> = { extract: [0, 60], index: [60, 85], compare: [85, 100] };

export const SCREENING_REQUESTER = '系统（初选后自动）';

export function runView(run: SimilarityRun, names: ReadonlyMap<string, string>): RunView {
  let percent = run.status === 'done' ? 100 : 0;
  if (run.status === 'running' && run.phase) {
    const [from, to] = PHASE_SPAN[run.phase];
    percent = Math.floor(from + (to - from) * (run.total ? run.done / run.total : 0));
  }
  return {
    id: run.id,
    trigger: run.trigger,
    triggerLabel: SIMILARITY_RUN_TRIGGER_LABEL[run.trigger],
    status: run.status,
    statusLabel: SIMILARITY_RUN_STATUS_LABEL[run.status],
    phase: run.phase,
    phaseLabel: run.phase ? SIMILARITY_RUN_PHASE_LABEL[run.phase] : null,
    done: run.done,
    total: run.total,
    percent,
    documents: run.documents,
    newDocuments: run.newDocuments,
    uncheckable: run.uncheckable,
    candidates: run.candidates,
    pairs: run.pairs,
    suspicious: run.suspicious,
    clusters: run.clusters,
    error: run.error,
    requestedBy: run.requestedBy,
    // A run after screening is the system's, whoever's screening decision set it off.
    requestedByName: run.trigger === 'screening' ? SCREENING_REQUESTER : actorName(run.requestedBy, names),
    requestedAt: run.requestedAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

/** The name people read for a recorded actor; never the raw `user:<id>`. */
export function actorName(actor: string, names: ReadonlyMap<string, string>): string {
  if (actor === 'system') return '系统';
  return names.get(actor) ?? '未知用户';
}

/** The display names of the staff accounts among the actors, in one query. */
export async function actorNames(manager: EntityManager, actors: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actors.filter((a) => a.startsWith('user:')).map((a) => Number(a.slice('user:'.length))))].filter((n) => Number.isInteger(n) && n > 0);
  if (ids.length === 0) return new Map();
  const accounts = await manager.find(UserAccount, { select: { id: true, displayName: true }, where: { id: In(ids) } });
  return new Map(accounts.map((u) => [`user:${u.id}`, u.displayName]));
}

/**
 * Who was first. Across years the earlier campaign's file is the source (it was submitted a year before the other
 * could be written); within a year, the earlier submission.
 */
export function precedence(a: DocSide, b: DocSide): Precedence {
  if (a.campaignYear !== b.campaignYear) {
    const first = a.campaignYear < b.campaignYear ? 'a' : 'b';
    const label = (side: DocSide, earlier: boolean) => (earlier ? `往年（${side.campaignYear} 年度）` : `后提交（${side.campaignYear} 年度）`);
    return { first, a: label(a, first === 'a'), b: label(b, first === 'b') };
  }
  if (a.submittedAt === null || b.submittedAt === null) return { first: null, a: a.submittedAt ? '' : '尚未提交', b: b.submittedAt ? '' : '尚未提交' };
  const diff = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (diff === 0) return { first: null, a: '同时提交', b: '同时提交' };
  return diff < 0 ? { first: 'a', a: '先提交', b: '后提交' } : { first: 'b', a: '后提交', b: '先提交' };
}
