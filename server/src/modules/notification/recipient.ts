import type { Principal } from '../auth/principal.js';

/** Who a message is for: a registration card's holder(s), a team member, or a staff user account. */
export const RECIPIENT_TYPES = ['card', 'member', 'user'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export interface Recipient {
  type: RecipientType;
  id: number;
}

/** The mailbox a logged-in person reads: the card they logged in with, their membership, or their account. */
export function recipientOf(principal: Principal): Recipient {
  switch (principal.role) {
    case 'declarant':
      return { type: 'card', id: principal.cardId };
    case 'member':
      return { type: 'member', id: principal.memberId };
    default:
      return { type: 'user', id: principal.userId };
  }
}
