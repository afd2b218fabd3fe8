import type { EntityManager } from 'typeorm';
import { applicationLabels, applicationsById } from '../application/index.js';
import { reviewScoresOfApplications, sheetsOfApplications } from '../review/index.js';
import type { PresentationSession } from './presentation-session.entity.js';
import type { PresentationSession as SessionView, PresentationSlotView } from './presentation.schemas.js';
import { type PresentationSlot as Slot, PresentationSlot, type SlotOutcome } from './presentation-slot.entity.js';

const OUTCOME_LABEL: Record<SlotOutcome, string> = { pending: '待发布', presented: '已发布', absent: '未到场', forfeited: '视同放弃' };

/**
 * A session as shown: its teams in order with their outcome, how many experts have submitted a score for each and the
 * presentation score once closed; for an expert of the panel (`expertId`), also the state of their own sheet.
 */
export async function sessionView(manager: EntityManager, session: PresentationSession, expertId?: number): Promise<SessionView> {
  const slots: Slot[] = await manager.find(PresentationSlot, { where: { sessionId: session.id }, order: { position: 'ASC' } });
  const ids = slots.map((s) => s.applicationId);
  const applications = await applicationsById(manager, ids);
  const teams = await applicationLabels(manager, [...applications.values()]);
  const sheets = await sheetsOfApplications(manager, ids, 'presentation');
  const scores = await reviewScoresOfApplications(manager, ids, 'presentation');
  return {
    id: session.id,
    title: session.title,
    date: session.date,
    venue: session.venue,
    drawId: session.drawId,
    panelNo: session.panelNo,
    status: session.status,
    statusLabel: session.status === 'closed' ? '已闭会' : '待发布',
    closedAt: session.closedAt,
    version: session.version,
    slots: slots.map((s): PresentationSlotView => {
      const own = expertId === undefined ? undefined : sheets.find((x) => x.applicationId === s.applicationId && x.expertId === expertId);
      return {
        position: s.position,
        applicationId: s.applicationId,
        teamName: teams.get(s.applicationId)?.teamName ?? '',
        enterpriseName: teams.get(s.applicationId)?.enterpriseName ?? '',
        status: applications.get(s.applicationId)?.status ?? null,
        outcome: s.outcome,
        outcomeLabel: OUTCOME_LABEL[s.outcome],
        submittedCount: sheets.filter((x) => x.applicationId === s.applicationId && x.status === 'submitted').length,
        score: scores.find((x) => x.applicationId === s.applicationId)?.score ?? null,
        ...(expertId === undefined ? {} : { mySheet: own ? { status: own.status, total: own.status === 'submitted' ? own.total : null } : { status: 'none', total: null } }),
      };
    }),
  };
}
