import { forbidden } from '../../common/domain.exception.js';
import type { DeclarantPrincipal, Principal } from './principal.js';

/** First line of every declarant action: the caller acts for one enterprise, the one on their card. */
export function requireDeclarant(principal: Principal): DeclarantPrincipal {
  if (principal.role !== 'declarant') throw forbidden();
  return principal;
}
