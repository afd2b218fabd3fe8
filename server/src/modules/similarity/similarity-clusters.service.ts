import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeSpans } from '@cacem/shared';
import { type DataSource, In } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { StorageService } from '../../storage/storage.service.js';
import { type Principal, requireAccess } from '../access/index.js';
import { SimilarityCluster } from './similarity-cluster.entity.js';
import { SimilarityDocument } from './similarity-document.entity.js';
import { documentSides } from './similarity-sides.js';
import { loadTexts } from './similarity-texts.js';
import type { SimilarityClusterDetail, SimilarityClusterList, SimilarityClusterView } from './similarity.schemas.js';

interface StoredMember {
  documentId: number;
  applicationId: number;
  share: number;
}

/** 模板雷同 for the secretariat: the clusters of the last run, and one cluster's shared passages as written. */
@Injectable()
export class SimilarityClustersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: StorageService,
  ) {}

  async list(principal: Principal): Promise<SimilarityClusterList> {
    requireAccess(principal, 'similarity.manage');
    const rows = await this.dataSource.getRepository(SimilarityCluster).find({ order: { score: 'DESC', documentCount: 'DESC', id: 'ASC' } });
    return { items: await this.views(rows) };
  }

  async one(principal: Principal, id: number): Promise<SimilarityClusterDetail> {
    requireAccess(principal, 'similarity.manage');
    const row = await this.dataSource.getRepository(SimilarityCluster).findOneBy({ id });
    if (!row) throw notFound('SIMILARITY_CLUSTER_NOT_FOUND');
    const [view] = await this.views([row]);
    const representative = view!.members.find((m) => m.documentId === row.representativeDocumentId) ?? view!.members[0]!;
    const doc = await this.dataSource.getRepository(SimilarityDocument).findOneByOrFail({ id: row.representativeDocumentId });
    const spans = JSON.parse(row.spans) as Array<[number, number]>;
    const passages = doc.textKey ? describeSpans(await loadTexts(this.storage, doc.textKey), spans) : [];
    return { ...view!, representative, passages };
  }

  private async views(rows: readonly SimilarityCluster[]): Promise<SimilarityClusterView[]> {
    const stored = new Map(rows.map((r) => [r.id, JSON.parse(r.members) as StoredMember[]]));
    const ids = [...new Set([...stored.values()].flat().map((m) => m.documentId))];
    const docs = ids.length ? await this.dataSource.getRepository(SimilarityDocument).findBy({ id: In(ids) }) : [];
    const sides = await documentSides(this.dataSource.manager, docs);
    return rows.map((row) => ({
      id: row.id,
      score: row.score,
      documentCount: row.documentCount,
      applicationCount: row.applicationCount,
      chars: row.chars,
      checkedAt: row.checkedAt,
      members: stored
        .get(row.id)!
        .filter((m) => sides.has(m.documentId))
        .map((m) => ({ ...sides.get(m.documentId)!, share: m.share }))
        .sort((x, y) => y.share - x.share),
    }));
  }
}
