import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const PUBLICATION_KINDS = ['invitations', 'results'] as const;
/** invitations: 参加发布会的班组名单 (第八条（四）); results: the graded list (第八条（五）). */
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** A list the association publishes on the public page, once, per campaign. */
@Entity('publication')
@Unique('UQ_publication_campaign_kind', ['campaignId', 'kind'])
export class Publication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'simple-enum', enum: PUBLICATION_KINDS })
  kind: PublicationKind;

  @Column({ type: 'datetime' })
  publishedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  publishedBy: string;
}
