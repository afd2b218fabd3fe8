import { type EntityManager, In, IsNull } from 'typeorm';
import { Expert } from './expert.entity.js';
import { rowsById } from '../../common/rows-by-id.js';

// The experts' queries for other modules (they never open the table's repository).

export function findExpert(manager: EntityManager, id: number): Promise<Expert | null> {
  return manager.findOneBy(Expert, { id });
}

export function expertById(manager: EntityManager, id: number): Promise<Expert> {
  return manager.findOneByOrFail(Expert, { id });
}

/** Every expert, removed ones too, in id order. */
export function allExperts(manager: EntityManager): Promise<Expert[]> {
  return manager.find(Expert, { order: { id: 'ASC' } });
}

/** 取消资格: inactive, with the date and reason; false when already removed. The caller records the audit entry. */
export async function markExpertRemoved(manager: EntityManager, id: number, removedAt: Date, removalReason: string): Promise<boolean> {
  const changed = await manager.update(Expert, { id, removedAt: IsNull() }, { active: false, removedAt, removalReason });
  return Boolean(changed.affected);
}

export function expertsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Expert>> {
  return rowsById(manager, Expert, ids);
}

/** The pool's entry behind an expert's login, or null for an account not (yet) entered in the pool. */
export function expertOfUser(manager: EntityManager, userId: number): Promise<Expert | null> {
  return manager.findOneBy(Expert, { userId });
}

/** The names of these experts, by id (only the two columns read). */
export async function expertNames(manager: EntityManager, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  return new Map((await manager.find(Expert, { where: { id: In([...ids]) }, select: { id: true, name: true } })).map((e) => [e.id, e.name]));
}
