import { APPLICATION_STATUS_LABEL } from '@cacem/shared';
import { type EntityManager, In } from 'typeorm';
import { Application } from '../application/application.entity.js';
import { applicationLabels } from '../application/index.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Material } from '../material/material.entity.js';
import type { SimilarityDocument } from './similarity-document.entity.js';
import type { SimilarityDocSide } from './similarity.schemas.js';

const KIND_LABEL = { pdf: 'PDF 申报材料', ppt: 'PPT 发布材料' } as const;

/** Who each document belongs to (team, enterprise, unit, year, file), in a handful of queries for any number of documents. */
export async function documentSides(manager: EntityManager, docs: readonly SimilarityDocument[]): Promise<Map<number, SimilarityDocSide>> {
  const out = new Map<number, SimilarityDocSide>();
  if (docs.length === 0) return out;
  const applications = await manager.findBy(Application, { id: In([...new Set(docs.map((d) => d.applicationId))]) });
  const byId = new Map(applications.map((a) => [a.id, a]));
  const labels = await applicationLabels(manager, applications);
  const years = new Map((await manager.find(Campaign, { select: { id: true, year: true } })).map((c) => [c.id, c.year]));
  const materials = new Map((await manager.findBy(Material, { id: In(docs.map((d) => d.materialId)) })).map((m) => [m.id, m]));
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
