import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MATERIAL_KINDS, type MaterialKind } from '../material/index.js';

/** indexed: its text is in the corpus; uncheckable: nothing to compare, with the reason (never skipped silently). */
export const SIMILARITY_DOCUMENT_STATUSES = ['indexed', 'uncheckable'] as const;
export type SimilarityDocumentStatus = (typeof SIMILARITY_DOCUMENT_STATUSES)[number];

/**
 * One uploaded version of a declaration file (a material) as the similarity check sees it: the text extracted once,
 * page by page or slide by slide, kept gzipped in storage. A replaced file is a new material and so a new document;
 * only the current version of each application's files takes part in a run.
 */
@Entity('similarity_document')
@Unique('UQ_similarity_document_material', ['materialId'])
export class SimilarityDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  materialId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'simple-enum', enum: MATERIAL_KINDS })
  kind: MaterialKind;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'simple-enum', enum: SIMILARITY_DOCUMENT_STATUSES })
  status: SimilarityDocumentStatus;

  /** Machine code of why the file cannot be checked (an ErrorCode), null when indexed. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  reasonCode: string | null;

  /** Pages of a PDF, slides of a PPTX (0 when unknown). */
  @Column({ type: 'int' })
  pages: number;

  /** Normalised characters: what the comparison weighs. */
  @Column({ type: 'int' })
  chars: number;

  /** The extracted page texts (gzipped JSON array) in storage; null when uncheckable. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  textKey: string | null;

  @Column({ type: 'datetime' })
  extractedAt: Date;

  /** When it was last compared with the rest of the corpus; null until the run after its extraction has compared it. */
  @Column({ type: 'datetime', nullable: true })
  comparedAt: Date | null;
}
