import { type EntityManager, In } from 'typeorm';
import type { Subject, SubjectType } from '../access/index.js';
import { WechatBinding } from './wechat-binding.entity.js';

// The WeChat bindings' queries for other modules (they never open the table's repository).

/** Which of these cards, members or accounts (all of one type) have bound a WeChat (no query for none). */
export async function wechatBoundIds(manager: EntityManager, type: SubjectType, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const bindings = await manager.find(WechatBinding, { where: { subjectType: type, subjectId: In(ids) } });
  return new Set(bindings.map((b) => b.subjectId!));
}

/** Every bound openid of these subjects: cards first, then members, then accounts, each in binding order. */
export async function boundOpenids(manager: EntityManager, subjects: Subject[]): Promise<Array<{ subject: Subject; openid: string }>> {
  const found: Array<{ subject: Subject; openid: string }> = [];
  for (const type of ['card', 'member', 'user'] as const) {
    const ids = subjects.filter((r) => r.type === type).map((r) => r.id);
    if (ids.length === 0) continue;
    const rows = await manager.find(WechatBinding, { where: { subjectType: type, subjectId: In(ids) }, order: { id: 'ASC' } });
    found.push(...rows.map((b) => ({ subject: { type, id: b.subjectId! }, openid: b.openid })));
  }
  return found;
}
