import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RECIPIENT_TYPES, type RecipientType } from './recipient.js';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'refused'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What a subscribe message carries: the template's fields and the mini-program page it opens. */
export interface SubscribePayload {
  page: string;
  data: Record<string, { value: string }>;
}

/**
 * A WeChat subscribe message waiting to be sent, written in the same transaction as the change it reports;
 * the sender delivers it later, so a slow or failing WeChat never holds up or rolls back the change.
 */
@Entity('outbox_message')
@Index('IDX_outbox_message_due', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'simple-enum', enum: RECIPIENT_TYPES })
  recipientType: RecipientType;

  @Column({ type: 'int' })
  recipientId: number;

  @Column({ type: 'varchar', length: 64 })
  openid: string;

  /** Subscribe-message template id. */
  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'simple-json' })
  payload: SubscribePayload;

  @Column({ type: 'simple-enum', enum: OUTBOX_STATUSES, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
