import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 报名卡: issued by the secretariat to one enterprise for one campaign; its password is stored only as an argon2id hash. */
@Entity('registration_card')
@Unique('UQ_registration_card_cardNo', ['cardNo'])
@Unique('UQ_registration_card_campaign_serial', ['campaignId', 'serial'])
export class RegistrationCard {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  cardNo: string;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  serial: number;

  @Column({ type: 'int' })
  enterpriseId: number;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'int', nullable: true })
  issuedById: number | null;

  @CreateDateColumn()
  issuedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  firstLoginAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null;
}
