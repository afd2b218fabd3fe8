import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentRuns, type Fingerprint, type PreparedText, SimilarityIndex } from '@cacem/shared';
import { type DataSource, In, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { StorageService } from '../../storage/storage.service.js';
import { AuditService } from '../audit/index.js';
import { claimNextRun, SIMILARITY_STALE_MS } from './similarity-claim.js';
import { SimilarityDocument } from './similarity-document.entity.js';
import { SimilarityPair } from './similarity-pair.entity.js';
import { SimilarityRun, type SimilarityRunPhase, type SimilarityRunTrigger } from './similarity-run.entity.js';
import { noticeBoilerplate, rubricBoilerplate } from './similarity-boilerplate.js';
import { currentMaterials, extractDocument } from './similarity-extraction.js';
import { replaceClusters, savePair } from './similarity-results.js';
import { loadTexts } from './similarity-texts.js';

/** Progress is written at most this often (and at the end of each phase). */
const PROGRESS_EVERY_MS = 500;
/** Documents whose prepared text is kept while comparing candidates (a document is in several pairs). */
const PREPARED_CACHE = 64;
/**
 * 材料查重, the background part (issue 8). A run goes through three phases:
 *   extract  — text out of every current declaration file not seen before (a replaced file is a new one);
 *   index    — the document frequencies over the whole corpus (this year and all earlier ones), each document's
 *              fingerprint (sampled distinctive shingles) and its runs of widespread text; template clusters (模板雷同)
 *              found afresh over the whole corpus;
 *   compare  — candidate pairs involving at least one new document, compared exactly; pairs kept with their spans.
 * Only new or changed files are extracted and compared; pairs between documents already compared stay as stored.
 * Runs are rows: requests coalesce into one queued run, progress is read from the row, a worker takes a run by a
 * conditional update and keeps a heartbeat on it; a run whose worker went quiet (a stopped process, a dead instance)
 * is taken over by the next worker that looks, so two instances never work on one run and none is left behind.
 */
@Injectable()
export class SimilarityJobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SimilarityJobService.name);
  private working: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private screeningTimer: NodeJS.Timeout | null = null;
  private staleTimer: NodeJS.Timeout | null = null;
  /** The notice's paragraphs (config/similarity-boilerplate.txt), read once. */
  private notice: string[] | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Tables exist only once migrations have run; a server started before them has nothing to resume.
    try {
      const runs = this.dataSource.getRepository(SimilarityRun);
      if (await runs.existsBy({ status: 'queued' })) this.kick();
      // A run this process (or another) left running is taken over once its heartbeat is stale.
      if (await runs.existsBy({ status: 'running' })) {
        this.staleTimer = setTimeout(() => this.kick(), SIMILARITY_STALE_MS + 1000);
        this.staleTimer.unref();
      }
    } catch {
      // not migrated yet
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.screeningTimer) clearTimeout(this.screeningTimer);
    if (this.staleTimer) clearTimeout(this.staleTimer);
    await this.working;
  }

  /** Queues a run (or returns the one already queued) and starts working in the background. */
  async request(trigger: SimilarityRunTrigger, actor: string): Promise<SimilarityRun> {
    const run = await this.dataSource.transaction(async (manager) => {
      const queued = await manager.findOne(SimilarityRun, { where: { status: 'queued' }, order: { id: 'ASC' } });
      if (queued) return queued;
      const created = await manager.save(
        manager.create(SimilarityRun, {
          trigger,
          status: 'queued',
          phase: null,
          done: 0,
          total: 0,
          documents: 0,
          newDocuments: 0,
          uncheckable: 0,
          candidates: 0,
          pairs: 0,
          suspicious: 0,
          error: null,
          requestedBy: actor,
          requestedAt: this.clock.now(),
          startedAt: null,
          finishedAt: null,
          heartbeatAt: null,
        }),
      );
      await this.audit.record(manager, { actor, action: 'similarity.request', entity: 'similarity_run', entityId: created.id, after: { trigger } });
      return created;
    });
    this.kick();
    return run;
  }

  /** After a screening decision: one run, a while later, however many decisions arrive meanwhile (0 turns it off). */
  afterScreening(actor: string): void {
    const delay = this.config.similarity.afterScreeningMs;
    if (delay <= 0 || this.screeningTimer || this.stopping) return;
    this.screeningTimer = setTimeout(() => {
      this.screeningTimer = null;
      this.request('screening', actor).catch((error: unknown) => this.logger.error(`similarity run after screening not queued: ${String(error)}`));
    }, delay);
    this.screeningTimer.unref();
  }

  /** Resolves once no run is being worked on. */
  async idle(): Promise<void> {
    while (this.working) await this.working;
  }

  private kick(): void {
    if (this.stopping) return;
    if (this.working) {
      this.again = true;
      return;
    }
    this.working = this.loop().finally(() => {
      this.working = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const claimed = await claimNextRun(this.dataSource.getRepository(SimilarityRun), () => this.clock.now());
      if (!claimed) return;
      const { run } = claimed;
      if (claimed.takenOver) this.logger.warn(`similarity run ${run.id} taken over: its worker had gone quiet`);
      try {
        await this.execute(run);
      } catch (error) {
        if (error instanceof Stopping) return;
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        await this.dataSource
          .getRepository(SimilarityRun)
          .update({ id: run.id }, { status: 'failed', error: `查重未完成：${error instanceof Error ? error.message : String(error)}`.slice(0, 2000), finishedAt: this.clock.now() });
      }
    }
  }

  private async execute(run: SimilarityRun): Promise<void> {
    const runs = this.dataSource.getRepository(SimilarityRun);
    const documents = this.dataSource.getRepository(SimilarityDocument);
    let lastWrite = 0;
    const progress = async (phase: SimilarityRunPhase, done: number, total: number, force = false, extra: Partial<SimilarityRun> = {}) => {
      if (this.stopping) {
        // Left for the next start (or another instance): the files extracted so far are kept.
        await runs.update({ id: run.id }, { status: 'queued', phase: null, done: 0, total: 0, heartbeatAt: null });
        throw new Stopping();
      }
      const now = Date.now();
      if (!force && now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      await runs.update({ id: run.id }, { phase, done, total, heartbeatAt: new Date(now), ...extra });
    };

    // Extract: every current file of every submitted application, of every campaign, not extracted before.
    const materials = await currentMaterials(this.dataSource);
    const known = new Map((await documents.find({ select: { id: true, materialId: true } })).map((d) => [d.materialId, d.id]));
    const fresh = materials.filter((m) => !known.has(m.material.id));
    await progress('extract', 0, fresh.length, true);
    for (const [k, { material, campaignId }] of fresh.entries()) {
      await extractDocument(this.dataSource, this.storage, material, campaignId, this.clock.now());
      await progress('extract', k + 1, fresh.length);
    }
    const current = await documents.find({ where: { materialId: In(materials.map((m) => m.material.id)) }, order: { id: 'ASC' } });
    const indexed = current.filter((d) => d.status === 'indexed');
    const uncheckable = current.length - indexed.length;
    await progress('extract', fresh.length, fresh.length, true, { documents: current.length, newDocuments: fresh.length, uncheckable });

    // Index: frequencies over the corpus and the boilerplate, then fingerprints and template runs.
    const index = new SimilarityIndex(indexed.reduce((n, d) => n + d.chars, 0));
    this.notice ??= noticeBoilerplate(this.config.configDir, (message) => this.logger.warn(message));
    for (const text of [...this.notice, ...(await rubricBoilerplate(this.dataSource))]) index.addBoilerplate([text]);
    const total = indexed.length * 2;
    for (const [k, doc] of indexed.entries()) {
      index.count(index.prepare(await this.pages(doc)));
      await progress('index', k + 1, total);
    }
    const fingerprints: Array<Fingerprint | null> = [];
    const runsOf: DocumentRuns[] = [];
    for (const [k, doc] of indexed.entries()) {
      const prepared = index.prepare(await this.pages(doc));
      fingerprints.push(index.sign(prepared));
      runsOf.push(index.templateRuns(prepared));
      await progress('index', indexed.length + k + 1, total);
    }
    // An application's second file (its PPT tells the story of its PDF) takes no part: the shared text counts once.
    const firstOfApplication = new Set<number>();
    const templateInput = runsOf.map((r, k) => {
      const applicationId = indexed[k]!.applicationId;
      if (firstOfApplication.has(applicationId)) return { ...r, runs: [] };
      firstOfApplication.add(applicationId);
      return r;
    });
    const clusters = await replaceClusters(this.dataSource, run.id, indexed, index.templates(templateInput), this.clock.now());

    // Compare: candidates with at least one document not compared before, of two different applications. Pairs of a
    // document compared afresh are compared afresh too, unless the secretariat has acted on them (a case, 核实无问题).
    const candidates = index.candidates(
      fingerprints,
      (i, j) => indexed[i]!.applicationId !== indexed[j]!.applicationId && (indexed[i]!.comparedAt === null || indexed[j]!.comparedAt === null),
    );
    const freshDocs = indexed.filter((d) => d.comparedAt === null).map((d) => d.id);
    if (freshDocs.length) {
      await this.dataSource
        .getRepository(SimilarityPair)
        .delete([
          { documentAId: In(freshDocs), caseId: IsNull(), dismissedAt: IsNull() },
          { documentBId: In(freshDocs), caseId: IsNull(), dismissedAt: IsNull() },
        ]);
    }
    await progress('compare', 0, candidates.length, true, { candidates: candidates.length });
    const cache = new Map<number, PreparedText>();
    const prepared = async (doc: SimilarityDocument): Promise<PreparedText> => {
      let found = cache.get(doc.id);
      if (found) {
        cache.delete(doc.id);
      } else {
        found = index.prepare(await this.pages(doc));
        if (cache.size >= PREPARED_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(doc.id, found);
      return found;
    };
    let pairs = 0;
    let suspicious = 0;
    const now = this.clock.now();
    for (const [k, [i, j]] of candidates.entries()) {
      const a = indexed[i]!;
      const b = indexed[j]!;
      const figures = index.compare(await prepared(a), await prepared(b));
      if (figures.score >= index.options.reportFrom) {
        const isSuspicious = figures.score >= index.options.suspiciousFrom;
        await savePair(this.dataSource, run.id, a, b, figures, isSuspicious, now);
        pairs += 1;
        if (isSuspicious) suspicious += 1;
      }
      await progress('compare', k + 1, candidates.length, false, { pairs, suspicious });
    }
    const freshIds = indexed.filter((d) => d.comparedAt === null).map((d) => d.id);
    if (freshIds.length) await documents.update({ id: In(freshIds) }, { comparedAt: now });
    // Pairs of files since replaced are gone with them, unless a case was opened on them (then they are evidence).
    const currentIds = new Set(current.map((d) => d.id));
    const stale = (await this.dataSource.getRepository(SimilarityPair).find({ select: { id: true, documentAId: true, documentBId: true }, where: { caseId: IsNull() } })).filter(
      (p) => !currentIds.has(p.documentAId) || !currentIds.has(p.documentBId),
    );
    if (stale.length) await this.dataSource.getRepository(SimilarityPair).delete({ id: In(stale.map((p) => p.id)) });
    await runs.update(
      { id: run.id },
      { status: 'done', phase: 'compare', done: candidates.length, total: candidates.length, pairs, suspicious, clusters, finishedAt: this.clock.now() },
    );
  }

  private pages(doc: SimilarityDocument): Promise<string[]> {
    return loadTexts(this.storage, doc.textKey!);
  }
}

class Stopping extends Error {}
