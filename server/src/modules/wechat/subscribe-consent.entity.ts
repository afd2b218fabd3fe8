import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** How many subscribe messages of one template a WeChat user has agreed to receive: each consent allows one message. */
@Entity('subscribe_consent')
@Unique('UQ_subscribe_consent_openid_template', ['openid', 'templateId'])
export class SubscribeConsent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int', default: 0 })
  remaining: number;

  @UpdateDateColumn()
  updatedAt: Date;
}
