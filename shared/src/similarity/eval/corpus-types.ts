// The shapes of the evaluation corpus (eval-corpus.ts builds it, scoring.ts reads it).

import type { EditCounts, EditStrength } from './copy-model.js';

export interface Boilerplate {
  /** The rubric's category titles: every declaration is written under them. */
  headings: readonly string[];
  /** The rubric's items (title and guidance), quoted under the headings. */
  items: readonly string[];
  /** The notice's paragraphs, quoted at the start. */
  notice: readonly string[];
}

export type BlockKind = 'title' | 'heading' | 'boilerplate' | 'prose';
export interface EvalBlock {
  kind: BlockKind;
  text: string;
}

export interface EvalDocument {
  id: string;
  enterprise: string;
  team: string;
  /** The format it is rendered in: planted pairs always cross PDF and PPTX. */
  format: 'pdf' | 'pptx';
  blocks: EvalBlock[];
  /** Content characters (contentLength) of the non-boilerplate text, of it copied from the source, of it from templates. */
  ownChars: number;
  copiedChars: number;
  templateChars: number;
}

export interface PlantedCopy {
  copy: string;
  source: string;
  /** The share asked for (0.1 … 0.6) and the share planted: copied content characters over the copy's own text. */
  level: number;
  share: number;
  strength: EditStrength;
  /** The passages as they went into the copy (edited), in the copy's order of taking. */
  passages: string[];
  edits: EditCounts;
}

export interface PlantedTemplate {
  id: string;
  documents: string[];
}

export interface EvalCorpus {
  documents: EvalDocument[];
  planted: PlantedCopy[];
  templates: PlantedTemplate[];
  /** What the check is told to discount: the notice's paragraphs, the headings and the rubric's items. */
  boilerplate: string[];
  /** Paragraphs of prose used, of those given. */
  paragraphsUsed: number;
  paragraphsGiven: number;
}

export interface EvalCorpusOptions {
  seed: string;
  /** Id prefix, e.g. 'T' (tuning) or 'H' (held out). */
  prefix: string;
  levels?: readonly number[];
  strengths?: readonly EditStrength[];
  pairsPerCell?: number;
  templateSizes?: readonly number[];
  /** Documents outside every chain. */
  unrelated?: number;
}
