import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/domain.exception.js';
import { Application } from '../application/application.entity.js';
import type { Principal } from '../auth/principal.js';

/** First line of every recommender action: the caller acts for one recommending unit, the one on their account. */
export function requireRecommender(principal: Principal): { unitId: number } {
  if (principal.role !== 'recommender' || principal.recommendingUnitId === null) throw forbidden('RECOMMENDER_ONLY');
  return { unitId: principal.recommendingUnitId };
}

/**
 * An application the caller's unit may act on: one that chose this unit and has been submitted. Anything else,
 * another unit's included, answers 404 so ids cannot be probed.
 */
export async function requireUnitApplication(manager: EntityManager, principal: Principal, id: number): Promise<Application> {
  const { unitId } = requireRecommender(principal);
  const application = await manager.findOneBy(Application, { id });
  if (!application || application.recommendingUnitId !== unitId || application.submittedAt === null) throw notFound('APPLICATION_NOT_FOUND');
  return application;
}
