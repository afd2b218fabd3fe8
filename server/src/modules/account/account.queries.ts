import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { UserAccount } from './user-account.entity.js';
import { In, IsNull, Not } from 'typeorm';
import type { AccountRole } from '../access/index.js';

// The user accounts' queries for other modules (they never open the table's repository).

export function findAccount(manager: EntityManager, id: number): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { id });
}

export function accountsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, UserAccount>> {
  return rowsById(manager, UserAccount, ids);
}

/** A recommending unit's contact accounts (inactive ones too), oldest first. */
export function unitContacts(manager: EntityManager, unitId: number): Promise<UserAccount[]> {
  return manager.find(UserAccount, { where: { role: 'recommender', recommendingUnitId: unitId }, order: { id: 'ASC' } });
}

/** One contact account of a recommending unit. */
export function findUnitContact(manager: EntityManager, unitId: number, userId: number): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { id: userId, role: 'recommender', recommendingUnitId: unitId });
}

/** The active contact accounts of the named recommending units, or of every unit when none are named. */
export function activeUnitContacts(manager: EntityManager, unitIds?: number[]): Promise<UserAccount[]> {
  return manager.findBy(UserAccount, { role: 'recommender', active: true, recommendingUnitId: unitIds ? In(unitIds) : Not(IsNull()) });
}

/** An active account holding one of these roles. */
export function findActiveAccount(manager: EntityManager, id: number, roles: readonly AccountRole[]): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { id, role: In([...roles]), active: true });
}

/** Opens an account; a taken user name fails on the unique key (the caller maps it). */
export function openAccount(manager: EntityManager, fields: Omit<UserAccount, 'id' | 'createdAt'>): Promise<UserAccount> {
  return manager.save(manager.create(UserAccount, fields));
}

export async function setAccountPasswordHash(manager: EntityManager, id: number, passwordHash: string): Promise<void> {
  await manager.update(UserAccount, { id }, { passwordHash });
}

/** An expert's login stops working (AuthService refuses an inactive account); a non-expert account is left alone. */
export async function deactivateExpertAccount(manager: EntityManager, id: number): Promise<void> {
  await manager.update(UserAccount, { id, role: 'expert' }, { active: false });
}

/** An expert's login (role expert), or null. */
export function findExpertAccount(manager: EntityManager, id: number): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { id, role: 'expert' });
}

/** An expert's login follows the expert's record: name, mobile, and no login while the expert is disabled. */
export async function syncExpertAccount(manager: EntityManager, id: number, fields: Pick<UserAccount, 'displayName' | 'mobile' | 'active'>): Promise<void> {
  await manager.update(UserAccount, { id, role: 'expert' }, { displayName: fields.displayName, mobile: fields.mobile, active: fields.active });
}

export async function setAccountActive(manager: EntityManager, id: number, active: boolean): Promise<void> {
  await manager.update(UserAccount, { id }, { active });
}

/** The account logging in with this user name (as stored: MariaDB matches names case-insensitively). */
export function findAccountByUsername(manager: EntityManager, username: string): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { username });
}

/** Left-joins the account (as `alias`, on `on`) into auth's session check; returns the column telling whether it is active. */
export function leftJoinAccountActive<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): string {
  qb.leftJoin(UserAccount, alias, on);
  return `${alias}.active`;
}
