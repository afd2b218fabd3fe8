// The invitation module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { PublicInvitationItem, PublicListOf } from './invitation.schemas.js';
export type { Publication, PublicationKind } from './publication.entity.js';
export { findPublication, insertPublication } from './invitation.queries.js';
