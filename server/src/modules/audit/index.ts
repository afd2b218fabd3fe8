// The audit module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { AuditService } from './audit.service.js';
export type { AuditEntry } from './audit-entry.entity.js';
export { type AuditEntryFilter, auditEntriesPage } from './audit.queries.js';
