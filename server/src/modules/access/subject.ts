import type { Principal } from './principal.js';

/** Who logs in and is written to: a registration card (its holders), a team member, or a user account. */
export const SUBJECT_TYPES = ['card', 'member', 'user'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface Subject {
  type: SubjectType;
  id: number;
}

/** The card, member or account a principal stands for. */
export function subjectOf(principal: Principal): Subject {
  if ('cardId' in principal) return { type: 'card', id: principal.cardId };
  if ('memberId' in principal) return { type: 'member', id: principal.memberId };
  return { type: 'user', id: principal.userId };
}
