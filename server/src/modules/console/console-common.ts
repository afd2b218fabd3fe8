import type { Principal } from '../auth/principal.js';
import { forbidden } from '../../common/domain.exception.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** First line of every console read: only the secretariat sits at the desk. */
export function requireSecretariat(principal: Principal): void {
  if (principal.role !== 'secretariat') throw forbidden();
}

/** LIKE pattern with the wildcards (and the escape character '!') of the text taken literally; use with ESCAPE '!'. */
export const likeEscaped = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);
