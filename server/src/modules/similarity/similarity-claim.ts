import { IsNull, LessThan, type Repository } from 'typeorm';
import { SimilarityRun } from './similarity-run.entity.js';

/**
 * A running run without a heartbeat for this long has lost its worker (the process stopped, or another instance died):
 * any instance takes it over. Heartbeats come with the progress, at least once per document; a document's
 * extraction gives up after two minutes.
 */
export const SIMILARITY_STALE_MS = 5 * 60_000;

/**
 * The oldest queued run, or else a running one whose heartbeat is stale, taken by a conditional update so that two
 * workers never both take it. A run taken over starts again from its first phase: what it extracted is kept.
 * `takenOver`: the run had been running under a worker gone quiet.
 */
export async function claimNextRun(runs: Repository<SimilarityRun>, startedAt: () => Date): Promise<{ run: SimilarityRun; takenOver: boolean } | null> {
  for (;;) {
    const now = new Date();
    const stale = LessThan(new Date(now.getTime() - SIMILARITY_STALE_MS));
    const queued = await runs.findOne({ where: { status: 'queued' }, order: { id: 'ASC' } });
    const quiet = [
      { status: 'running' as const, heartbeatAt: stale },
      { status: 'running' as const, heartbeatAt: IsNull() },
    ];
    const next = queued ?? (await runs.findOne({ where: quiet, order: { id: 'ASC' } }));
    if (!next) return null;
    // The same conditions again in the update: of two workers, only the first finds them still true.
    const claim = next.status === 'queued' ? [{ id: next.id, status: 'queued' as const }] : quiet.map((q) => ({ ...q, id: next.id }));
    let taken = false;
    for (const where of claim) {
      const result = await runs.update(where, { status: 'running', startedAt: next.startedAt ?? startedAt(), heartbeatAt: now, phase: null, done: 0, total: 0 });
      if (result.affected) {
        taken = true;
        break;
      }
    }
    if (taken) return { run: await runs.findOneByOrFail({ id: next.id }), takenOver: next.status === 'running' };
  }
}
