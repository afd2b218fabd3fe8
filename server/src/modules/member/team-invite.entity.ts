import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An invite code (and QR) the declarant shares so members can join a team themselves. */
@Entity('team_invite')
@Unique('UQ_team_invite_code', ['code'])
export class TeamInvite {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  teamId: number;

  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'int' })
  createdByCardId: number;

  @CreateDateColumn()
  createdAt: Date;
}
