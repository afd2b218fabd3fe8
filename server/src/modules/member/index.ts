// The member module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { TeamMember } from './team-member.entity.js';
export { countCurrentMembers, teamMembersByIds } from './member.queries.js';
export { membersById } from './member.queries.js';
export { currentMemberIds } from './member.queries.js';
