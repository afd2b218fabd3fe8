// The team module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Team } from './team.entity.js';
export { findTeam, teamsById } from './team.queries.js';
export { joinTeamName } from './team.queries.js';
export { joinAndMapTeam } from './team.queries.js';
export { type TeamApplication, TeamFacts } from './team-facts.js';
export { TeamModule } from './team.module.js';
