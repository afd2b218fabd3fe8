import { APPLICATION_STATUS_LABEL } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { applicationLabels, applicationsById } from '../application/index.js';
import { allCampaigns } from '../campaign/index.js';
import { materialsById } from '../material/index.js';
import type { SimilarityDocument } from './similarity-document.entity.js';
import type { SimilarityDocSide } from './similarity.schemas.js';

const KIND_LABEL = { pdf: 'PDF 申报材料', ppt: 'PPT 发布材料' } as const;

/** Who each document belongs to (team, enterprise, unit, year, file), in a handful of queries for any number of documents. */
export async function documentSides(manager: EntityManager, docs: readonly SimilarityDocument[]): Promise<Map<number, SimilarityDocSide>> {
  const out = new Map<number, SimilarityDocSide>();
  if (docs.length === 0) return out;
  const byId = await applicationsById(manager, docs.map((d) => d.applicationId));
  const labels = await applicationLabels(manager, [...byId.values()]);
  const years = new Map((await allCampaigns(manager)).map((c) => [c.id, c.year]));
  const materials = await materialsById(manager, docs.map((d) => d.materialId));
  for (const d of docs) {
    const label = labels.get(d.applicationId);
    const application = byId.get(d.applicationId);
    out.set(d.id, {
      documentId: d.id,
      applicationId: d.applicationId,
      campaignYear: years.get(d.campaignId) ?? 0,
      kind: d.kind,
      kindLabel: KIND_LABEL[d.kind],
      fileName: materials.get(d.materialId)?.originalName ?? '',
      teamName: label?.teamName || null,
      enterpriseName: label?.enterpriseName || null,
      unitName: label?.unitName || null,
      statusLabel: application ? APPLICATION_STATUS_LABEL[application.status] : '',
      pages: d.pages,
      submittedAt: application?.submittedAt ?? null,
    });
  }
  return out;
}
