import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 剽窃、弄虚作假 (第十五条): what the case alleges. */
export const MISCONDUCT_KINDS = ['plagiarism', 'fraud'] as const;
export type MisconductKind = (typeof MISCONDUCT_KINDS)[number];
export const MISCONDUCT_KIND_LABEL: Record<MisconductKind, string> = { plagiarism: '剽窃', fraud: '弄虚作假' };

/** open until the secretariat decides: upheld (经查实, the application is disqualified) or dismissed. */
export const MISCONDUCT_CASE_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type MisconductCaseStatus = (typeof MISCONDUCT_CASE_STATUSES)[number];
export const MISCONDUCT_CASE_STATUS_LABEL: Record<MisconductCaseStatus, string> = { open: '查处中', upheld: '经查实', dismissed: '不予认定' };

/** 违规查处 (第十五条): a case of plagiarism or fraud in an application's materials, opened and decided by the secretariat. */
@Entity('misconduct_case')
export class MisconductCase {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'simple-enum', enum: MISCONDUCT_KINDS })
  kind: MisconductKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'simple-enum', enum: MISCONDUCT_CASE_STATUSES })
  status: MisconductCaseStatus;

  /** Why the case was upheld or dismissed; an upheld case's reason is what the team reads in its timeline. */
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  /** The date of the decision as the secretariat gives it, yyyy-mm-dd. */
  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  /** Audit actor of who decided. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 100 })
  openedBy: string;

  @Column({ type: 'datetime' })
  openedAt: Date;

  /** Bumped by every change; the decision is conditional on it. */
  @Column({ type: 'int' })
  version: number;
}
