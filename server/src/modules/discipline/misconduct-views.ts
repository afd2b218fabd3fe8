import { APPLICATION_STATUS_LABEL } from '@cacem/shared';
import { type EntityManager, In } from 'typeorm';
import type { StorageService } from '../../storage/storage.service.js';
import { applicationsById } from '../application/index.js';
import { enterprisesById } from '../enterprise/index.js';
import { unitsById } from '../recommending-unit/index.js';
import { teamsById } from '../team/index.js';
import type { CaseDetail, CaseView, EvidenceView, WarningView } from './discipline.schemas.js';
import { MISCONDUCT_CASE_STATUS_LABEL, MISCONDUCT_KIND_LABEL, MisconductCase } from './misconduct-case.entity.js';
import { MisconductEvidence } from './misconduct-evidence.entity.js';
import type { UnitWarning } from './unit-warning.entity.js';

// What the discipline pages read: cases, their evidence and the units' warnings, named by team, enterprise and unit.

type ApplicationRef = CaseView['application'];

/** A case with its evidence files, each with a signed download link. */
export async function caseDetail(manager: EntityManager, storage: StorageService, found: MisconductCase): Promise<CaseDetail> {
  const [view] = await caseViews(manager, [found]);
  const evidence = await manager.find(MisconductEvidence, { where: { caseId: found.id }, order: { id: 'ASC' } });
  return { ...view!, evidence: evidence.map((e) => evidenceView(storage, e)) };
}

export function evidenceView(storage: StorageService, e: MisconductEvidence): EvidenceView {
  return {
    id: e.id,
    fileName: e.fileName,
    size: e.size,
    sha256: e.sha256,
    mimeType: e.mimeType,
    uploadedAt: e.uploadedAt,
    uploadedBy: e.uploadedBy,
    url: storage.signedUrl(e.storageKey, { mime: e.mimeType, filename: e.fileName }),
  };
}

/** Cases as listed, each with its application's team, enterprise and recommending unit. */
export async function caseViews(manager: EntityManager, cases: MisconductCase[]): Promise<CaseView[]> {
  const refs = await applicationRefs(manager, cases.map((c) => c.applicationId));
  return cases.map((c) => ({
    id: c.id,
    campaignId: c.campaignId,
    application: refs.get(c.applicationId)!,
    kind: c.kind,
    kindLabel: MISCONDUCT_KIND_LABEL[c.kind],
    description: c.description,
    status: c.status,
    statusLabel: MISCONDUCT_CASE_STATUS_LABEL[c.status],
    decisionReason: c.decisionReason,
    decidedOn: c.decidedOn,
    decidedAt: c.decidedAt,
    decidedBy: c.decidedBy,
    openedAt: c.openedAt,
    openedBy: c.openedBy,
  }));
}

/** Warnings as listed, with the unit warned, the application and the kind of case behind each. */
export async function warningViews(manager: EntityManager, rows: UnitWarning[]): Promise<WarningView[]> {
  const refs = await applicationRefs(manager, rows.map((w) => w.applicationId));
  const caseIds = [...new Set(rows.map((w) => w.caseId))];
  const cases = new Map(caseIds.length ? (await manager.findBy(MisconductCase, { id: In(caseIds) })).map((c) => [c.id, c]) : []);
  const units = await unitsById(manager, rows.map((w) => w.recommendingUnitId));
  return rows.map((w) => {
    const ref = refs.get(w.applicationId);
    const unit = units.get(w.recommendingUnitId);
    const kind = cases.get(w.caseId)?.kind ?? null;
    return {
      id: w.id,
      campaignId: w.campaignId,
      unit: unit ? { id: unit.id, name: unit.name } : null,
      application: { id: w.applicationId, teamName: ref?.teamName ?? null, enterpriseName: ref?.enterpriseName ?? null },
      caseId: w.caseId,
      kind,
      kindLabel: kind ? MISCONDUCT_KIND_LABEL[kind] : null,
      reason: w.reason,
      issuedAt: w.issuedAt,
    };
  });
}

async function applicationRefs(manager: EntityManager, ids: number[]): Promise<Map<number, ApplicationRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const applications = [...(await applicationsById(manager, unique)).values()];
  const teams = await teamsById(manager, applications.map((a) => a.teamId));
  const enterprises = await enterprisesById(manager, applications.map((a) => a.enterpriseId));
  const units = await unitsById(manager, applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
  return new Map(
    applications.map((a) => {
      const unit = a.recommendingUnitId === null ? undefined : units.get(a.recommendingUnitId);
      return [
        a.id,
        {
          id: a.id,
          status: a.status,
          statusLabel: APPLICATION_STATUS_LABEL[a.status],
          teamName: teams.get(a.teamId)?.name ?? null,
          enterpriseName: enterprises.get(a.enterpriseId)?.name ?? null,
          unit: unit ? { id: unit.id, name: unit.name } : null,
        },
      ];
    }),
  );
}
