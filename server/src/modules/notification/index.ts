// The notification module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { chinaTime, NotificationService, thing } from './notification.service.js';
export { type Recipient, RECIPIENT_TYPES, recipientOf, type RecipientType } from './recipient.js';
export type { OutboxMessage } from './outbox-message.entity.js';
export { OUTBOX_STATUSES, type OutboxStatus, outboxPage, outboxStatusCounts } from './notification.queries.js';
