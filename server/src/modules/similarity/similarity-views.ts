import type { EntityManager } from 'typeorm';
import { accountsById } from '../account/index.js';
import {
  SIMILARITY_RUN_PHASE_LABEL,
  SIMILARITY_RUN_STATUS_LABEL,
  SIMILARITY_RUN_TRIGGER_LABEL,
  type SimilarityRun,
  type SimilarityRunPhase,
} from './similarity-run.entity.js';
import type { SimilarityDocSide, SimilarityPrecedence, SimilarityRunView } from './similarity.schemas.js';

// The mapping of runs and pairs to what the secretariat reads (the shapes are in similarity.schemas.ts) and the Chinese labels in them.

// Phases weigh differently in the overall percentage: extraction is the slow one.
const PHASE_SPAN: Record<SimilarityRunPhase, [number, number]> = { extract: [0, 60], index: [60, 85], compare: [85, 100] };

export const SCREENING_REQUESTER = '系统（初选后自动）';

export function runView(run: SimilarityRun, names: ReadonlyMap<string, string>): SimilarityRunView {
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
  const accounts = await accountsById(manager, ids);
  return new Map([...accounts.values()].map((u) => [`user:${u.id}`, u.displayName]));
}

/**
 * Who was first. Across years the earlier campaign's file is the source (it was submitted a year before the other
 * could be written); within a year, the earlier submission.
 */
export function precedence(a: SimilarityDocSide, b: SimilarityDocSide): SimilarityPrecedence {
  if (a.campaignYear !== b.campaignYear) {
    const first = a.campaignYear < b.campaignYear ? 'a' : 'b';
    const label = (side: SimilarityDocSide, earlier: boolean) => (earlier ? `往年（${side.campaignYear} 年度）` : `后提交（${side.campaignYear} 年度）`);
    return { first, a: label(a, first === 'a'), b: label(b, first === 'b') };
  }
  if (a.submittedAt === null || b.submittedAt === null) return { first: null, a: a.submittedAt ? '' : '尚未提交', b: b.submittedAt ? '' : '尚未提交' };
  const diff = new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime();
  if (diff === 0) return { first: null, a: '同时提交', b: '同时提交' };
  return diff < 0 ? { first: 'a', a: '先提交', b: '后提交' } : { first: 'b', a: '后提交', b: '先提交' };
}
