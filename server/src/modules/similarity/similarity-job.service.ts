import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentRuns, type Fingerprint, normaliseText, type PreparedText, SimilarityIndex } from '@cacem/shared';
import { type DataSource, In, IsNull, LessThan } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { StorageService } from '../../storage/storage.service.js';
import { Application } from '../application/application.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Material } from '../material/material.entity.js';
import { SimilarityDocument } from './similarity-document.entity.js';
import { SimilarityPair } from './similarity-pair.entity.js';
import { SimilarityRun, type SimilarityRunPhase, type SimilarityRunTrigger } from './similarity-run.entity.js';
import { noticeBoilerplate, rubricBoilerplate } from './similarity-boilerplate.js';
import { replaceClusters, savePair } from './similarity-results.js';
import { loadTexts, storeTexts } from './similarity-texts.js';
import { extractText } from './text-extraction.js';

/** Progress is written at most this often (and at the end of each phase). */
const PROGRESS_EVERY_MS = 500;
/** Documents whose prepared text is kept while comparing candidates (a document is in several pairs). */
const PREPARED_CACHE = 64;
/**
 * A running run without a heartbeat for this long has lost its worker (the process stopped, or another instance died):
 * any instance takes it over. Heartbeats come with the progress, at least once per document; a document's
 * extraction gives up after two minutes.
 */
export const SIMILARITY_STALE_MS = 5 * 60_000;

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
      const run = await this.claimNext();
      if (!run) return;
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

  /**
   * The oldest queued run, or else a running one whose heartbeat is stale, taken by a conditional update so that two
   * workers never both take it. A run taken over starts again from its first phase: what it extracted is kept.
   */
  private async claimNext(): Promise<SimilarityRun | null> {
    const runs = this.dataSource.getRepository(SimilarityRun);
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
        const result = await runs.update(where, { status: 'running', startedAt: next.startedAt ?? this.clock.now(), heartbeatAt: now, phase: null, done: 0, total: 0 });
        if (result.affected) {
          taken = true;
          break;
        }
      }
      if (taken) {
        if (next.status === 'running') this.logger.warn(`similarity run ${next.id} taken over: its worker had gone quiet`);
        return runs.findOneByOrFail({ id: next.id });
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
    const materials = await this.currentMaterials();
    const known = new Map((await documents.find({ select: { id: true, materialId: true } })).map((d) => [d.materialId, d.id]));
    const fresh = materials.filter((m) => !known.has(m.material.id));
    await progress('extract', 0, fresh.length, true);
    for (const [k, { material, campaignId }] of fresh.entries()) {
      await this.extract(material, campaignId);
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

  /** The highest version of each file of each submitted application, with the application's campaign. */
  private async currentMaterials(): Promise<Array<{ material: Material; campaignId: number }>> {
    const applications = await this.dataSource.getRepository(Application).find({ select: { id: true, campaignId: true, submittedAt: true } });
    const submitted = new Map(applications.filter((a) => a.submittedAt !== null).map((a) => [a.id, a.campaignId]));
    const latest = new Map<string, Material>();
    for (const m of await this.dataSource.getRepository(Material).find({ order: { version: 'ASC' } })) {
      if (submitted.has(m.applicationId)) latest.set(`${m.applicationId}:${m.kind}`, m);
    }
    return [...latest.values()].map((material) => ({ material, campaignId: submitted.get(material.applicationId)! }));
  }

  private async extract(material: Material, campaignId: number): Promise<void> {
    const base = {
      materialId: material.id,
      applicationId: material.applicationId,
      campaignId,
      kind: material.kind,
      sha256: material.sha256,
      extractedAt: this.clock.now(),
      comparedAt: null,
    };
    let row: Partial<SimilarityDocument>;
    if (!(await this.storage.exists(material.storageKey))) {
      row = { ...base, status: 'uncheckable', reasonCode: 'SIMILARITY_FILE_MISSING', pages: 0, chars: 0, textKey: null };
    } else {
      // A path for pdf.js and the zip reader: the stored file itself, or a temp copy when objects live in S3.
      const extraction = await this.storage.withLocalFile(material.storageKey, (path) => extractText(path, material.mime));
      if (extraction.ok) {
        const chars = normaliseText(extraction.pages).text.length;
        row = { ...base, status: 'indexed', reasonCode: null, pages: extraction.pages.length, chars, textKey: await storeTexts(this.storage, extraction.pages) };
      } else {
        row = { ...base, status: 'uncheckable', reasonCode: extraction.code, pages: extraction.pages, chars: 0, textKey: null };
      }
    }
    await this.dataSource.getRepository(SimilarityDocument).upsert(row, ['materialId']);
  }

  private pages(doc: SimilarityDocument): Promise<string[]> {
    return loadTexts(this.storage, doc.textKey!);
  }
}

class Stopping extends Error {}
