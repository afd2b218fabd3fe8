import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { findAccount, leftJoinAccountActive } from '../account/index.js';
import type { Principal, Subject, SubjectType } from '../access/index.js';

export { type Subject, subjectOf } from '../access/index.js';

/**
 * How one kind of subject logs in, told to auth by the module that owns it: auth sits below registration cards and
 * members, so it cannot read them itself. Accounts are below auth and known from the start.
 */
export interface SubjectKind {
  /** The principal the subject logs in as now, or null when it can no longer log in (a removed member, a deactivated account). */
  principalOf(manager: EntityManager, id: number): Promise<Principal | null>;
  /**
   * Joins the subject's row into the guard's one-statement session check (as `alias`, on `on`) and returns the column
   * that is truthy while the subject may still be logged in. None: a live session's subject always may.
   */
  joinLive?<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): string;
  /** Checks a password login (the number or name as typed) and records it; answers whom it logs in, or refuses. */
  passwordLogin?(name: string, password: string, wechatTicket?: string): Promise<Principal>;
}

const accounts: SubjectKind = {
  async principalOf(manager, id) {
    const account = await findAccount(manager, id);
    if (!account?.active || account.role === 'member') return null;
    return { role: account.role, userId: account.id, displayName: account.displayName, recommendingUnitId: account.recommendingUnitId };
  },
  joinLive: leftJoinAccountActive,
};

/** The kinds of subject that log in; cards and members register theirs when their modules start. */
@Injectable()
export class SubjectRegistry {
  private readonly kinds = new Map<SubjectType, SubjectKind>([['user', accounts]]);

  register(type: SubjectType, kind: SubjectKind): void {
    this.kinds.set(type, kind);
  }

  kind(type: SubjectType): SubjectKind {
    const kind = this.kinds.get(type);
    if (!kind) throw new Error(`no subject kind ${type} is registered`);
    return kind;
  }

  /** The kinds whose liveness the guard's session check joins, in a fixed order. */
  liveJoins(): Array<[SubjectType, NonNullable<SubjectKind['joinLive']>]> {
    return [...this.kinds].flatMap(([type, kind]) => (kind.joinLive ? [[type, kind.joinLive.bind(kind)] as [SubjectType, NonNullable<SubjectKind['joinLive']>]] : []));
  }

  /**
   * The principal a card, member or account logs in as now, or null when it can no longer log in. WeChat login and
   * every token refresh go through here, so both follow the current records.
   */
  principalOf(manager: EntityManager, subject: Subject): Promise<Principal | null> {
    const kind = this.kinds.get(subject.type);
    return kind ? kind.principalOf(manager, subject.id) : Promise.resolve(null);
  }
}
