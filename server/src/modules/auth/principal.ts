import type { AccountRole } from '../account/user-account.entity.js';

export type Role = 'declarant' | AccountRole;

/** Who is calling, as carried in the access token. */
export type Principal =
  | { role: 'declarant'; cardId: number; enterpriseId: number; cardNo: string; displayName: string }
  | { role: AccountRole; userId: number; displayName: string; recommendingUnitId: number | null; teamId: number | null };

export type DeclarantPrincipal = Extract<Principal, { role: 'declarant' }>;

export function actorOf(principal: Principal): string {
  return principal.role === 'declarant' ? `card:${principal.cardNo}` : `user:${principal.userId}`;
}
