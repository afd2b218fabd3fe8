import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { SUBJECT_TYPES, type SubjectType } from '../access/index.js';

/**
 * One WeChat user (openid) of this mini-program and whom it logs in as. The row exists from the first
 * wechat-login (to keep the session key); subjectType/subjectId are set once the person binds by logging in
 * with their card, account or team invite. `sessionKey` never leaves the server: not in a response, not in a log.
 */
@Entity('wechat_binding')
@Unique('UQ_wechat_binding_openid', ['openid'])
@Index('IDX_wechat_binding_subject', ['subjectType', 'subjectId'])
export class WechatBinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'simple-enum', enum: SUBJECT_TYPES, nullable: true })
  subjectType: SubjectType | null;

  @Column({ type: 'int', nullable: true })
  subjectId: number | null;

  @Column({ type: 'varchar', length: 100 })
  sessionKey: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
