// The prose the evaluation is built from (scripts/lib/prose-corpus.mjs writes it): paragraphs of Debian's Chinese
// manuals, each with the package and file it came from. Pure helpers on that text: sentences, and the characters that
// count when shares are measured.

export interface ProseParagraph {
  package: string;
  /** Path of the HTML page inside the package. */
  file: string;
  text: string;
}

export interface ProseCorpusFile {
  version: number;
  packages: Array<{ name: string; version: string; paragraphs: number; cjkChars: number }>;
  paragraphs: ProseParagraph[];
}

/** Sentence ends as a copier sees them: a passage is a run of whole sentences. */
const SENTENCE = /[^。！？；]*[。！？；]+|[^。！？；]+$/gu;

export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s.trim().length > 0);
}

/**
 * Characters that carry content (letters of any script, digits): shares are measured on these, so that re-typed
 * punctuation and spaces neither add to nor take from a planted share.
 */
export function contentLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** How one package is shared between parts: of every `of` pages (in path order), the part keeps those at `keep`. */
export interface PackageSplit {
  package: string;
  of: number;
  keep: readonly number[];
}

/** Paragraphs of the given packages, in the file's order; one package can be split by page between parts. */
export function selectParagraphs(all: readonly ProseParagraph[], packages: readonly string[], split?: PackageSplit): ProseParagraph[] {
  const files = new Map<string, number>();
  return all.filter((p) => {
    if (!packages.includes(p.package)) return false;
    if (!split || p.package !== split.package) return true;
    // Whole help pages go to one part, dealt in the order they are first met (the file is sorted by path).
    if (!files.has(p.file)) files.set(p.file, files.size);
    return split.keep.includes(files.get(p.file)! % split.of);
  });
}

const GRAM = 8;
const MAX_SEEN_SHARE = 0.25;

/**
 * Paragraphs whose wording is mostly already there (a quarter or more of their 8-character runs met before) are left
 * out. The manuals repeat themselves — LibreOffice's help describes drawing an ellipse, a circle, a sector … in
 * near-identical paragraphs on separate pages — and two documents built from such pages would share text nobody
 * planted: the check would be right to report them, and the evaluation wrong to call it a false alarm.
 */
export function dropNearDuplicates(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    const content = text.match(/[\p{L}\p{N}]/gu)?.join('') ?? '';
    const grams: string[] = [];
    for (let i = 0; i + GRAM <= content.length; i++) grams.push(content.slice(i, i + GRAM));
    const already = grams.filter((g) => seen.has(g)).length;
    if (grams.length === 0 || already >= MAX_SEEN_SHARE * grams.length) continue;
    for (const g of grams) seen.add(g);
    kept.push(text);
  }
  return kept;
}
