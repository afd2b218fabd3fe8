// The two parts of the evaluation: tuning (what detection may be tuned on) and held out (what the targets are judged
// on, built from other manuals and another seed, so tuning never sees a sentence of it). libreoffice-help, the
// largest package, is split by help page between the two: two pages in three to tuning, whose other manuals are the
// smaller, so that both parts have about the same prose (~150 k characters once near-duplicates are dropped).

import type { RubricCategory } from '../../review/rubric.js';
import type { Boilerplate, EvalCorpusOptions } from './eval-corpus.js';
import { buildEvalCorpus, type EvalCorpus } from './eval-corpus.js';
import { selectParagraphs, type PackageSplit, type ProseCorpusFile } from './prose.js';

export type EvalPart = 'tuning' | 'heldOut';

const SPLIT = 'libreoffice-help-zh-cn';

export const EVAL_PARTS: Record<EvalPart, { label: string; seed: string; prefix: string; packages: string[]; split: PackageSplit }> = {
  tuning: {
    label: '调参部分 tuning',
    seed: 'similarity-eval-tuning-2026',
    prefix: 'T',
    packages: ['debian-reference-zh-cn', 'maint-guide-zh-cn', SPLIT],
    split: { package: SPLIT, of: 3, keep: [0, 1] },
  },
  heldOut: {
    label: '留出部分 held out',
    seed: 'similarity-eval-held-out-2026',
    prefix: 'H',
    packages: ['installation-guide-amd64', 'debian-edu-doc-zh-cn', 'kicad-doc-zh', SPLIT],
    split: { package: SPLIT, of: 3, keep: [2] },
  },
};

export function buildEvalPart(file: ProseCorpusFile, part: EvalPart, boilerplate: Boilerplate, options: Partial<EvalCorpusOptions> = {}): EvalCorpus {
  const spec = EVAL_PARTS[part];
  const paragraphs = selectParagraphs(file.paragraphs, spec.packages, spec.split);
  return buildEvalCorpus(paragraphs, boilerplate, { seed: spec.seed, prefix: spec.prefix, ...options });
}

/**
 * The boilerplate as the server assembles it (similarity-job.service.ts): the notice file's paragraphs (comment lines
 * dropped, split at blank lines) and the materials rubric's category titles and items (title, newline, guidance).
 */
export function boilerplateFrom(noticeFile: string, categories: readonly RubricCategory[]): Boilerplate {
  return {
    notice: noticeFile.replace(/^#.*$/gmu, '').split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p.length > 0),
    headings: categories.map((c) => c.title),
    items: categories.flatMap((c) => c.items.map((i) => `${i.title}\n${i.guidance ?? ''}`)),
  };
}
