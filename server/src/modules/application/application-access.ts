import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { requireDeclarant } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { Application } from './application.entity.js';

/**
 * The application, when the caller may see it: the declarant of its enterprise or a member of its team.
 * Anyone else gets 404, so application ids cannot be probed.
 */
export async function requireApplicationReader(manager: EntityManager, principal: Principal, id: number): Promise<Application> {
  const application = await manager.findOneBy(Application, { id });
  const allowed =
    application !== null &&
    ((principal.role === 'declarant' && principal.enterpriseId === application.enterpriseId) ||
      (principal.role === 'member' && principal.teamId === application.teamId));
  if (!allowed) throw notFound('APPLICATION_NOT_FOUND');
  return application;
}

/** The application, when the caller is the declarant of its enterprise: the only one who changes it. */
export async function requireApplicationDeclarant(manager: EntityManager, principal: Principal, id: number): Promise<Application> {
  const declarant = requireDeclarant(principal);
  const application = await manager.findOneBy(Application, { id });
  if (!application || application.enterpriseId !== declarant.enterpriseId) throw notFound('APPLICATION_NOT_FOUND');
  return application;
}
