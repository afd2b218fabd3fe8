import { type EntityManager, In, IsNull } from 'typeorm';
import { TeamMember } from './team-member.entity.js';
import { rowsById } from '../../common/rows-by-id.js';

// The team members' queries for other modules (they never open the table's repository).

/** These members of the team (removed ones too), by id. */
export function teamMembersByIds(manager: EntityManager, teamId: number, ids: readonly number[]): Promise<TeamMember[]> {
  return manager.find(TeamMember, { where: { id: In([...ids]), teamId }, order: { id: 'ASC' } });
}

/** How many of these ids are current (not removed) members of the team. */
export function countCurrentMembers(manager: EntityManager, teamId: number, ids: readonly number[]): Promise<number> {
  return manager.countBy(TeamMember, { id: In([...ids]), teamId, removedAt: IsNull() });
}

/** Members of any team (removed ones too), keyed by id. */
export function membersById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, TeamMember>> {
  return rowsById(manager, TeamMember, ids);
}

/** The ids of a team's current (not removed) members. */
export async function currentMemberIds(manager: EntityManager, teamId: number): Promise<number[]> {
  const members = await manager.find(TeamMember, { where: { teamId, removedAt: IsNull() }, select: { id: true } });
  return members.map((m) => m.id);
}
