import type { DrawApplication, DrawExpert, DrawResult } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 抽取专家组 (第十二条): one draw of the review panels. The seed and the exact expert and application lists the draw
 * used are kept with the result, so that anyone can re-run shared drawPanels and check it.
 */
@Entity('panel_draw')
export class PanelDraw {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'varchar', length: 100 })
  seed: string;

  @Column({ type: 'int' })
  panelCount: number;

  @Column({ type: 'int' })
  panelSize: number;

  /** The drawable experts as given to drawPanels. */
  @Column({ type: 'simple-json' })
  expertsSnapshot: DrawExpert[];

  /** The screened-in applications as given to drawPanels. */
  @Column({ type: 'simple-json' })
  applicationsSnapshot: DrawApplication[];

  @Column({ type: 'simple-json' })
  result: DrawResult;

  @Column({ type: 'datetime' })
  drawnAt: Date;

  /** Audit actor of who drew. */
  @Column({ type: 'varchar', length: 100 })
  drawnBy: string;

  /** When a re-run from the stored seed and snapshots last gave the stored result. */
  @Column({ type: 'datetime', nullable: true })
  verifiedAt: Date | null;
}
