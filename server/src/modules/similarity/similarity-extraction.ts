import { normaliseText } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import type { StorageService } from '../../storage/storage.service.js';
import { submittedApplicationCampaigns } from '../application/index.js';
import { type Material, materialsInVersionOrder } from '../material/index.js';
import { SimilarityDocument } from './similarity-document.entity.js';
import { storeTexts } from './similarity-texts.js';
import { extractText } from './text-extraction.js';

// A run's first phase: which files are current, and each new one's text out of the file.

/** The highest version of each file of each submitted application, with the application's campaign. */
export async function currentMaterials(dataSource: DataSource): Promise<Array<{ material: Material; campaignId: number }>> {
  const submitted = await submittedApplicationCampaigns(dataSource.manager);
  const latest = new Map<string, Material>();
  for (const m of await materialsInVersionOrder(dataSource.manager)) {
    if (submitted.has(m.applicationId)) latest.set(`${m.applicationId}:${m.kind}`, m);
  }
  return [...latest.values()].map((material) => ({ material, campaignId: submitted.get(material.applicationId)! }));
}

/**
 * One file's text, extracted and stored (similarity-texts), as its document row: indexed, or uncheckable with the reason
 * (missing from storage, unreadable, no text layer). A replaced file is a new material, so a new row.
 */
export async function extractDocument(dataSource: DataSource, storage: StorageService, material: Material, campaignId: number, now: Date): Promise<void> {
  const base = {
    materialId: material.id,
    applicationId: material.applicationId,
    campaignId,
    kind: material.kind,
    sha256: material.sha256,
    extractedAt: now,
    comparedAt: null,
  };
  let row: Partial<SimilarityDocument>;
  if (!(await storage.exists(material.storageKey))) {
    row = { ...base, status: 'uncheckable', reasonCode: 'SIMILARITY_FILE_MISSING', pages: 0, chars: 0, textKey: null };
  } else {
    // A path for pdf.js and the zip reader: the stored file itself, or a temp copy when objects live in S3.
    const extraction = await storage.withLocalFile(material.storageKey, (path) => extractText(path, material.mime));
    if (extraction.ok) {
      const chars = normaliseText(extraction.pages).text.length;
      row = { ...base, status: 'indexed', reasonCode: null, pages: extraction.pages.length, chars, textKey: await storeTexts(storage, extraction.pages) };
    } else {
      row = { ...base, status: 'uncheckable', reasonCode: extraction.code, pages: extraction.pages, chars: 0, textKey: null };
    }
  }
  await dataSource.getRepository(SimilarityDocument).upsert(row, ['materialId']);
}
