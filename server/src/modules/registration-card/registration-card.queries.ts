import { type EntityManager, In } from 'typeorm';
import { RegistrationCard } from './registration-card.entity.js';

// The registration cards' queries for other modules (they never open the table's repository).

/** The cards with these numbers, in one query (none for no numbers). */
export async function cardsByNo(manager: EntityManager, cardNos: Iterable<string>): Promise<RegistrationCard[]> {
  const nos = [...new Set(cardNos)];
  if (nos.length === 0) return [];
  return manager.find(RegistrationCard, { where: { cardNo: In(nos) } });
}

/** The ids of an enterprise's cards (whose holders are its declarants). */
export async function cardIdsOfEnterprise(manager: EntityManager, enterpriseId: number): Promise<number[]> {
  const cards = await manager.find(RegistrationCard, { where: { enterpriseId }, select: { id: true } });
  return cards.map((c) => c.id);
}
