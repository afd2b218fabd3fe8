import type { EntityManager } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Team } from './team.entity.js';

// The team table's queries for other modules (they never open its repository).

export function findTeam(manager: EntityManager, id: number): Promise<Team | null> {
  return manager.findOneBy(Team, { id });
}

export function teamsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Team>> {
  return rowsById(manager, Team, ids);
}
