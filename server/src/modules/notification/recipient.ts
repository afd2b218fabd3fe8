import type { Principal } from '../access/index.js';

/** Who a message is for: a registration card's holder(s), a team member, or a staff user account. */
export const RECIPIENT_TYPES = ['card', 'member', 'user'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export interface Recipient {
  type: RecipientType;
  id: number;
}

/**
 * The mailbox a logged-in person reads, by the identity their token carries: the card they logged in with, their
 * membership, or their account. Whose mailbox, not what they may do: everyone logged in reads their own.
 */
export function recipientOf(principal: Principal): Recipient {
  if ('cardId' in principal) return { type: 'card', id: principal.cardId };
  if ('memberId' in principal) return { type: 'member', id: principal.memberId };
  return { type: 'user', id: principal.userId };
}
