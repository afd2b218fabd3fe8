import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RECIPIENT_TYPES, type RecipientType } from './recipient.js';

/** A message in the platform's own inbox: the channel that always works, with or without WeChat. */
@Entity('inbox_message')
@Index('IDX_inbox_message_recipient', ['recipientType', 'recipientId'])
export class InboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'simple-enum', enum: RECIPIENT_TYPES })
  recipientType: RecipientType;

  @Column({ type: 'int' })
  recipientId: number;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  body: string;

  @Column({ type: 'int', nullable: true })
  applicationId: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;
}
