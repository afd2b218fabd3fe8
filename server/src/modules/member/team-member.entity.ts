import { MEMBER_ROLES, type MemberRole } from '@cacem/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 班组成员: a person of a team, who logs on-site records and follows the team's application. */
@Entity('team_member')
export class TeamMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  teamId: number;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'simple-enum', enum: MEMBER_ROLES })
  role: MemberRole;

  @Column({ type: 'varchar', length: 11, nullable: true })
  mobile: string | null;

  @CreateDateColumn()
  joinedAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  /** Set when the declarant removes the member; a removed member can no longer log in. */
  @Column({ type: 'datetime', nullable: true })
  removedAt: Date | null;
}
