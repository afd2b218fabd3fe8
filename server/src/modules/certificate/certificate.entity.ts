import { type Grade, GRADES } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 证书 (第十三条): one per graded application; the number is random (shared generateCertificateNo) and public. */
@Entity('certificate')
@Unique('UQ_certificate_no', ['certificateNo'])
@Unique('UQ_certificate_application', ['applicationId'])
export class Certificate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  certificateNo: string;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  year: number;

  /** As printed: kept so a later rename of the team or enterprise does not change an issued certificate. */
  @Column({ type: 'varchar', length: 100 })
  teamName: string;

  @Column({ type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ type: 'simple-enum', enum: GRADES })
  grade: Grade;

  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}
