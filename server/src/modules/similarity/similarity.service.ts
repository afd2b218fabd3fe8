import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_SIMILARITY, describePassages, errorMessage, type ErrorCode, type MatchedSpan, type Passage } from '@cacem/shared';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { conflict, notFound, unprocessable } from '../../common/domain.exception.js';
import { Clock } from '../../common/clock.js';
import { StorageService } from '../../storage/storage.service.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { MisconductService } from '../discipline/index.js';
import { materialsById } from '../material/index.js';
import type { DismissPairDto, ListDocumentsDto, ListPairsDto, OpenPairCaseDto } from './dto/similarity.dto.js';
import { SimilarityCluster } from './similarity-cluster.entity.js';
import { SimilarityDocument } from './similarity-document.entity.js';
import { SimilarityJobService } from './similarity-job.service.js';
import { SimilarityPair } from './similarity-pair.entity.js';
import { buildPairReport, PAIR_REPORT_MIME } from './similarity-report.js';
import { SimilarityRun } from './similarity-run.entity.js';
import { documentSides } from './similarity-sides.js';
import { loadTexts, storeBytes } from './similarity-texts.js';
import type {
  SimilarityCaseOpened,
  SimilarityDocumentPage,
  SimilarityDocumentView,
  SimilarityOverview,
  SimilarityPairCounts,
  SimilarityPairDetail,
  SimilarityPairPage,
  SimilarityPairView,
  SimilarityRunPage,
  SimilarityRunView,
} from './similarity.schemas.js';
import { actorName, actorNames, precedence, runView } from './similarity-views.js';

/**
 * 材料查重 for the secretariat (issue 8): the runs and their progress, the ranked suspicious pairs, the passages side
 * by side with page or slide numbers, the files that cannot be checked and why, and a case opened from a pair with the
 * pair as evidence. The work itself is SimilarityJobService's.
 */
@Injectable()
export class SimilarityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly job: SimilarityJobService,
    private readonly misconduct: MisconductService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overview(principal: Principal): Promise<SimilarityOverview> {
    requireAccess(principal, 'similarity.manage');
    const manager = this.dataSource.manager;
    const latest = await manager.findOne(SimilarityRun, { where: {}, order: { id: 'DESC' } });
    const [latestRun] = latest ? await this.runViews(manager, [latest]) : [];
    const indexed = await manager.countBy(SimilarityDocument, { status: 'indexed' });
    const uncheckable = await manager.countBy(SimilarityDocument, { status: 'uncheckable' });
    return {
      latestRun: latestRun ?? null,
      documents: { indexed, uncheckable, total: indexed + uncheckable },
      pairs: await this.pairCounts(manager),
      // 模板雷同 found by the last finished run.
      clusters: await manager.count(SimilarityCluster),
      // The lines the figures are read against: kept from reportFrom on, 疑似雷同 from suspiciousFrom on.
      thresholds: { reportFrom: DEFAULT_SIMILARITY.reportFrom, suspiciousFrom: DEFAULT_SIMILARITY.suspiciousFrom },
    };
  }

  async requestRun(principal: Principal): Promise<SimilarityRunView> {
    requireAccess(principal, 'similarity.manage');
    const [view] = await this.runViews(this.dataSource.manager, [await this.job.request('manual', actorOf(principal))]);
    return view!;
  }

  async runs(principal: Principal, page: number, pageSize: number): Promise<SimilarityRunPage> {
    requireAccess(principal, 'similarity.manage');
    const [rows, total] = await this.dataSource.manager.findAndCount(SimilarityRun, { order: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: await this.runViews(this.dataSource.manager, rows), total, page, pageSize };
  }

  async pairs(principal: Principal, query: ListPairsDto): Promise<SimilarityPairPage> {
    requireAccess(principal, 'similarity.manage');
    const manager = this.dataSource.manager;
    const [rows, total] = await manager.findAndCount(SimilarityPair, {
      where: { ...(query.suspiciousOnly ? { suspicious: true } : {}), ...(query.includeDismissed ? {} : { dismissedAt: IsNull() }) },
      order: { score: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    // The counts of every filter, so the page can say what its filter leaves out.
    return { items: await this.pairViews(manager, rows), total, page: query.page, pageSize: query.pageSize, counts: await this.pairCounts(manager) };
  }

  async pair(principal: Principal, id: number): Promise<SimilarityPairDetail> {
    requireAccess(principal, 'similarity.manage');
    const manager = this.dataSource.manager;
    const row = await manager.findOneBy(SimilarityPair, { id });
    if (!row) throw notFound('SIMILARITY_PAIR_NOT_FOUND');
    const [view] = await this.pairViews(manager, [row]);
    return { ...view!, passages: await this.passages(manager, row) };
  }

  async documents(principal: Principal, query: ListDocumentsDto): Promise<SimilarityDocumentPage> {
    requireAccess(principal, 'similarity.manage');
    const manager = this.dataSource.manager;
    const [rows, total] = await manager.findAndCount(SimilarityDocument, {
      where: query.status ? { status: query.status } : {},
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const sides = await documentSides(manager, rows);
    const items: SimilarityDocumentView[] = rows.map((d) => {
      const side = sides.get(d.id)!;
      return {
        id: d.id,
        applicationId: d.applicationId,
        campaignYear: side.campaignYear,
        kind: d.kind,
        kindLabel: side.kindLabel,
        fileName: side.fileName,
        teamName: side.teamName,
        enterpriseName: side.enterpriseName,
        status: d.status,
        reasonCode: d.reasonCode,
        reason: d.reasonCode ? errorMessage(d.reasonCode as ErrorCode) : null,
        pages: d.pages,
        chars: d.chars,
        extractedAt: d.extractedAt,
      };
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * 立案查处 from a pair: a plagiarism case against one of its two applications, with three pieces of evidence — the
   * comparison (figures and every passage side by side, as an Excel sheet) and the two files compared — and the pair
   * marked with the case, all in one transaction; a second case on the same pair is refused.
   */
  async openCase(principal: Principal, id: number, dto: OpenPairCaseDto): Promise<SimilarityCaseOpened> {
    requireAccess(principal, 'similarity.manage');
    const manager = this.dataSource.manager;
    const row = await manager.findOneBy(SimilarityPair, { id });
    if (!row) throw notFound('SIMILARITY_PAIR_NOT_FOUND');
    if (row.caseId !== null) throw conflict('SIMILARITY_CASE_EXISTS');
    if (row.dismissedAt !== null) throw conflict('SIMILARITY_PAIR_DISMISSED');
    if (dto.applicationId !== row.applicationAId && dto.applicationId !== row.applicationBId) throw unprocessable('SIMILARITY_CASE_APPLICATION', 'applicationId');
    const [view] = await this.pairViews(manager, [row]);
    const passages = await this.passages(manager, row);
    const report = await buildPairReport(view!, passages);
    const reportKey = await storeBytes(this.storage, report);
    const documents = await manager.findBy(SimilarityDocument, { id: In([row.documentAId, row.documentBId]) });
    const materials = await materialsById(manager, documents.map((d) => d.materialId));
    const files = [view!.a, view!.b].map((side, k) => {
      const material = materials.get(documents.find((d) => d.id === side.documentId)!.materialId)!;
      return {
        fileName: `${k === 0 ? 'A' : 'B'}-${side.teamName ?? '班组'}-${material.originalName}`.slice(0, 255),
        storageKey: material.storageKey,
        sha256: material.sha256,
        size: material.size,
        mimeType: material.mime,
      };
    });
    const detail = await this.misconduct.openWithEvidence(
      principal,
      { applicationId: dto.applicationId, kind: 'plagiarism', description: dto.description },
      [{ fileName: `材料查重比对-${id}.xlsx`, ...reportKey, mimeType: PAIR_REPORT_MIME }, ...files],
      async (tx: EntityManager, caseId: number) => {
        const linked = await tx.update(SimilarityPair, { id, caseId: IsNull(), dismissedAt: IsNull() }, { caseId });
        if (!linked.affected) throw conflict('SIMILARITY_CASE_EXISTS');
      },
    );
    return { caseId: detail.id };
  }

  /** 核实无问题: the pair is set aside with the reason (audited); refused once a case is opened on it. */
  async dismiss(principal: Principal, id: number, dto: DismissPairDto): Promise<SimilarityPairView> {
    requireAccess(principal, 'similarity.manage');
    const actor = actorOf(principal);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(SimilarityPair, { id });
      if (!row) throw notFound('SIMILARITY_PAIR_NOT_FOUND');
      if (row.caseId !== null) throw conflict('SIMILARITY_CASE_EXISTS');
      if (row.dismissedAt !== null) throw conflict('SIMILARITY_PAIR_DISMISSED');
      const now = this.clock.now();
      const set = await manager.update(SimilarityPair, { id, caseId: IsNull(), dismissedAt: IsNull() }, { dismissedAt: now, dismissedBy: actor, dismissReason: dto.reason });
      if (!set.affected) throw conflict('CONFLICT');
      await this.audit.record(manager, {
        actor,
        action: 'similarity.dismiss',
        entity: 'similarity_pair',
        entityId: id,
        before: { dismissed: false, score: row.score },
        after: { dismissed: true, reason: dto.reason },
      });
    });
    return this.view(id);
  }

  /** Withdraws 核实无问题: the pair is back in the list. */
  async restore(principal: Principal, id: number): Promise<SimilarityPairView> {
    requireAccess(principal, 'similarity.manage');
    const actor = actorOf(principal);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(SimilarityPair, { id });
      if (!row) throw notFound('SIMILARITY_PAIR_NOT_FOUND');
      if (row.dismissedAt === null) throw conflict('SIMILARITY_PAIR_NOT_DISMISSED');
      await manager.update(SimilarityPair, { id }, { dismissedAt: null, dismissedBy: null, dismissReason: null });
      await this.audit.record(manager, {
        actor,
        action: 'similarity.restore',
        entity: 'similarity_pair',
        entityId: id,
        before: { dismissed: true, reason: row.dismissReason, by: row.dismissedBy },
        after: { dismissed: false },
      });
    });
    return this.view(id);
  }

  private async view(id: number): Promise<SimilarityPairView> {
    const manager = this.dataSource.manager;
    const [view] = await this.pairViews(manager, [await manager.findOneByOrFail(SimilarityPair, { id })]);
    return view!;
  }

  private async passages(manager: EntityManager, row: SimilarityPair): Promise<Passage[]> {
    const docs = await manager.findBy(SimilarityDocument, { id: In([row.documentAId, row.documentBId]) });
    const a = docs.find((d) => d.id === row.documentAId);
    const b = docs.find((d) => d.id === row.documentBId);
    if (!a?.textKey || !b?.textKey) return [];
    const spans: MatchedSpan[] = (JSON.parse(row.spans) as number[][]).map(([as, ae, bs, be]) => ({ a: [as!, ae!], b: [bs!, be!] }));
    // In A's reading order (describePassages orders them so), as the console and the Excel evidence show them.
    return describePassages(await loadTexts(this.storage, a.textKey), await loadTexts(this.storage, b.textKey), spans);
  }

  /**
   * The pairs by state, in one statement: a run stores and deletes pairs while the secretariat reads, and counts taken
   * one query at a time could disagree (a total read before a run's new pairs, the suspicious count after them).
   */
  private async pairCounts(manager: EntityManager): Promise<SimilarityPairCounts> {
    const rows: Array<{ suspicious: unknown; dismissed: unknown; n: unknown }> = await manager
      .createQueryBuilder(SimilarityPair, 'p')
      .select('p.suspicious', 'suspicious')
      .addSelect('CASE WHEN p.dismissedAt IS NULL THEN 0 ELSE 1 END', 'dismissed')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.suspicious')
      .addGroupBy('CASE WHEN p.dismissedAt IS NULL THEN 0 ELSE 1 END')
      .getRawMany();
    let total = 0;
    let suspicious = 0;
    let dismissed = 0;
    // The drivers answer booleans and counts as numbers, strings or bigints: read them as numbers.
    for (const row of rows) {
      const n = Number(row.n);
      total += n;
      if (Number(row.dismissed) === 1) dismissed += n;
      else if (Number(row.suspicious) === 1 || row.suspicious === true) suspicious += n;
    }
    return { total, suspicious, belowLine: total - suspicious - dismissed, dismissed };
  }

  private async runViews(manager: EntityManager, runs: SimilarityRun[]): Promise<SimilarityRunView[]> {
    const names = await actorNames(manager, runs.map((r) => r.requestedBy));
    return runs.map((r) => runView(r, names));
  }

  private async pairViews(manager: EntityManager, rows: SimilarityPair[]): Promise<SimilarityPairView[]> {
    const docs = await manager.findBy(SimilarityDocument, { id: In(rows.flatMap((r) => [r.documentAId, r.documentBId])) });
    const sides = await documentSides(manager, docs);
    const names = await actorNames(manager, rows.flatMap((r) => (r.dismissedBy ? [r.dismissedBy] : [])));
    return rows.map((r) => ({
      id: r.id,
      score: r.score,
      suspicious: r.suspicious,
      containmentAInB: r.containmentAInB,
      containmentBInA: r.containmentBInA,
      jaccard: r.jaccard,
      coverageA: r.coverageA,
      coverageB: r.coverageB,
      matchedChars: r.matchedChars,
      passageCount: r.passageCount,
      checkedAt: r.checkedAt,
      caseId: r.caseId,
      dismissal: r.dismissedAt ? { at: r.dismissedAt, by: r.dismissedBy ?? '', byName: actorName(r.dismissedBy ?? '', names), reason: r.dismissReason ?? '' } : null,
      precedence: precedence(sides.get(r.documentAId)!, sides.get(r.documentBId)!),
      a: sides.get(r.documentAId)!,
      b: sides.get(r.documentBId)!,
    }));
  }
}
