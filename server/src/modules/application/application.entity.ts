import { APPLICATION_STATUSES, type ApplicationStatus } from '@cacem/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** The registration form (报名表), as the declarant fills it in; every field may be empty while a draft. */
export interface ApplicationProfile {
  leaderName: string | null;
  leaderMobile: string | null;
  memberCount: number | null;
  specialty: string | null;
  projectName: string | null;
  introduction: string | null;
}

/** What the enterprise declares about the team (第六条, 四（一）). */
export interface ApplicationDeclarations {
  isBasicFormalUnit: boolean;
  declaresNoAccidentsInThreeYears: boolean;
  hasActivityPlan: boolean;
  hasImplementationPlan: boolean;
}

/** 申报: one team taking part in one campaign. Its status changes only through the shared status machine. */
@Entity('application')
@Unique('UQ_application_campaign_team', ['campaignId', 'teamId'])
// The secretariat's list: a campaign's submitted applications by submission time (migration 1765800000000).
@Index('IDX_application_campaign_submitted', ['campaignId', 'submittedAt'])
export class Application {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  teamId: number;

  @Column({ type: 'int' })
  enterpriseId: number;

  @Column({ type: 'int', nullable: true })
  recommendingUnitId: number | null;

  @Column({ type: 'simple-enum', enum: APPLICATION_STATUSES })
  status: ApplicationStatus;

  @Column({ type: 'simple-json' })
  profile: ApplicationProfile;

  @Column({ type: 'simple-json' })
  declarations: ApplicationDeclarations;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  /** The recommending unit's order of preference among its recommended applications (1 = first). */
  @Column({ type: 'int', nullable: true })
  preference: number | null;

  /** Bumped by every change; conditional updates on it make concurrent changes fail instead of overwriting. */
  @Column({ type: 'int' })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
