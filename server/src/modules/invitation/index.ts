// The invitation module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { PublicInvitationItem, PublicListOf } from './invitation.schemas.js';
