import { HttpStatus } from '@nestjs/common';
import { beijingDate, campaignStageOn, checkScoreSheet, type Rubric, rubricItems, type ScoreSheet, STAGE_LABEL } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { conflict, DomainException, unprocessable } from '../../common/domain.exception.js';
import type { Application } from '../application/index.js';
import type { Campaign } from '../campaign/index.js';
import type { PresentationSchedule } from './presentation-schedule.js';
import type { Seat } from './review-seats.js';
import type { ScoreKind } from './score-sheet.entity.js';
import { SCORE_KIND_LABEL } from './score-sheet.view.js';

/** The application status a part is scored in, and the window it must be scored in. */
export const OPEN_STATUS = { materials: 'screened_in', presentation: 'invited' } as const;
export const WINDOW = { materials: 'materialsReview', presentation: 'presentations' } as const;

const COMMENT_MAX = 500;

/**
 * Refuses scoring (or returning) when the application is not in this part, the window is shut on `now`, or the
 * presentation session the seat's panel holds for it is not open.
 */
export async function assertOpen(
  schedule: PresentationSchedule,
  manager: EntityManager,
  now: Date,
  campaign: Campaign,
  application: Application,
  kind: ScoreKind,
  seat: Seat,
  closedCode: 'REVIEW_NOT_OPEN' | 'REVIEW_CLOSED' = 'REVIEW_NOT_OPEN',
): Promise<void> {
  if (application.status !== OPEN_STATUS[kind]) {
    const later = kind === 'materials' ? application.status !== 'recommended' : application.status !== 'reviewed';
    throw conflict(later ? 'REVIEW_CLOSED' : closedCode);
  }
  const window = campaign.settings.windows[WINDOW[kind]];
  if (campaignStageOn(campaign.settings, beijingDate(now)) !== WINDOW[kind]) {
    throw new DomainException('REVIEW_NOT_OPEN', HttpStatus.CONFLICT, {
      message: `${SCORE_KIND_LABEL[kind]}评分只能在${STAGE_LABEL[WINDOW[kind]]}阶段（${window.opens} 至 ${window.closes}）进行`,
    });
  }
  if (kind === 'presentation') {
    const [slot] = await schedule.slotsOfApplications(manager, [application.id]);
    const session = slot ? ((await schedule.sessionsById(manager, [slot.sessionId])).get(slot.sessionId) ?? null) : null;
    if (!slot || !session || session.drawId !== seat.panel.drawId || session.panelNo !== seat.panel.panelNo) throw conflict('SESSION_NOT_SCHEDULED');
    if (session.status === 'closed') throw conflict('SESSION_CLOSED');
    if (slot.outcome === 'absent') throw conflict('SESSION_ABSENT');
  }
}

/** Scores checked against the rubric; every problem goes back at once, one detail per item. */
export function checkedScores(rubric: Rubric, input: Record<string, unknown>, complete: boolean): ScoreSheet {
  const scores: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (value !== null && value !== undefined && value !== '') scores[key] = value;
  const problems = checkScoreSheet(rubric, scores as ScoreSheet, { complete });
  if (problems.length > 0) {
    throw new DomainException(problems.length === 1 ? problems[0]!.code : 'REVIEW_SCORES_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
      message: problems.length === 1 ? problems[0]!.message : `评分有 ${problems.length} 处问题：${problems.slice(0, 3).map((p) => p.message).join('；')}`,
      field: `scores.${problems[0]!.itemId}`,
      details: problems.map((p) => ({ field: `scores.${p.itemId}`, code: p.code, message: p.message })),
    });
  }
  return scores as ScoreSheet;
}

/** Per-item comments: only the rubric's items, text, trimmed, each within COMMENT_MAX. */
export function checkedComments(rubric: Rubric, input: Record<string, unknown>): Record<string, string> {
  const known = new Set(rubricItems(rubric).map((i) => i.id));
  const comments: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (!known.has(key)) throw unprocessable('SCORE_ITEM_UNKNOWN', `comments.${key}`, `评分项 ${key} 不在评分表中`);
    if (typeof value !== 'string') throw unprocessable('FIELD_INVALID', `comments.${key}`, '评语应为文本');
    const text = value.trim();
    if (text.length > COMMENT_MAX) throw unprocessable('FIELD_TOO_LONG', `comments.${key}`, `每项评语不能超过 ${COMMENT_MAX} 字`);
    if (text) comments[key] = text;
  }
  return comments;
}
