import type { EntityManager } from 'typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Team } from './team.entity.js';

// The team table's queries for other modules (they never open its repository).

export function findTeam(manager: EntityManager, id: number): Promise<Team | null> {
  return manager.findOneBy(Team, { id });
}

export function teamsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Team>> {
  return rowsById(manager, Team, ids);
}

/** Inner-joins each row's team (as `alias`, on `on`) into another module's list query; returns the columns to filter or sort by. */
export function joinTeamName<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): { name: string } {
  qb.innerJoin(Team, alias, on);
  return { name: `${alias}.name` };
}

/** Inner-joins each row's team (as `alias`, on `on`) into another module's query, mapped whole onto `property`. */
export function joinAndMapTeam<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, property: string, alias: string, on: string): SelectQueryBuilder<T> {
  return qb.innerJoinAndMapOne(property, Team, alias, on);
}
