import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 专家替换 (第十六条): an expert removed from a draw's panel and the expert drawn in their place, reproducibly from
 * the stored seed and candidate list. A panel's current members are the draw's result with its replacements applied
 * in id order (PanelService.currentPanels).
 */
@Entity('panel_replacement')
export class PanelReplacement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  drawId: number;

  @Column({ type: 'int' })
  panelNo: number;

  @Column({ type: 'int' })
  removedExpertId: number;

  /** null when no drawable expert without a conflict was left: the panel goes on one short. */
  @Column({ type: 'int', nullable: true })
  replacementExpertId: number | null;

  @Column({ type: 'varchar', length: 200 })
  seed: string;

  /** Expert ids the replacement was drawn from, in the order given to the draw. */
  @Column({ type: 'simple-json' })
  candidateIds: string[];

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'datetime' })
  replacedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  replacedBy: string;
}
