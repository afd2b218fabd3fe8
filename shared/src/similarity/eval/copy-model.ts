// How people copy a declaration (issue 18): passages of one to four consecutive sentences taken from the source,
// placed at random places of the copier's own text (so in another order), and edited so they do not read as copied.
//
// Edit strengths, as one edit of each kind per so many content characters of the passage (letters and digits):
//   strength  synonym swap  punctuation change  insertion (2–8 chars)  deletion (1–3 chars)
//   none      —             —                   —                      —
//   light     1 per 40      1 per 80            1 per 160              1 per 160
//   medium    1 per 20      1 per 40            1 per 80               1 per 80
//   heavy     1 per 10      1 per 20            1 per 40               1 per 40
// A synonym swap needs a word of the table (synonyms.ts) in the passage: where there are fewer than asked for, all of
// them are swapped and the shortfall is counted (the evaluation prints the rate reached). Punctuation changes are
// ，↔、, ；↔。, a full-width mark typed half-width, a comma added between two characters, or a comma dropped.

import { shuffle, type SeededRandom } from '../../draw/seeded-random.js';
import { contentLength } from './prose.js';
import { synonymSites, SYNONYMS } from './synonyms.js';

export type EditStrength = 'none' | 'light' | 'medium' | 'heavy';
export const EDIT_STRENGTHS: readonly EditStrength[] = ['none', 'light', 'medium', 'heavy'];
export const EDIT_STRENGTH_LABEL: Record<EditStrength, string> = { none: '原样', light: '轻改', medium: '中改', heavy: '重改' };

/** Content characters per synonym swap; the other edits are rarer by the factors below. */
export const CHARS_PER_SWAP: Record<EditStrength, number> = { none: Number.POSITIVE_INFINITY, light: 40, medium: 20, heavy: 10 };
const PUNCTUATION_FACTOR = 2;
const INSERTION_FACTOR = 4;
const DELETION_FACTOR = 4;

/** Words a copier adds to make a passage its own. */
export const INSERTED_WORDS = ['同时', '此外', '进一步', '另外', '切实', '认真', '有效地', '及时', '具体而言', '总体来看', '在此基础上', '与此同时', '需要说明的是', '从实际情况来看'];

export interface EditCounts {
  swaps: number;
  /** Swaps asked for but not made: the passage had too few words of the table. */
  swapShortfall: number;
  punctuation: number;
  insertions: number;
  deletions: number;
}

export interface EditedPassage extends EditCounts {
  text: string;
}

const isHan = (ch: string | undefined) => ch !== undefined && /[\u3400-\u9fff]/u.test(ch);
const HALF_WIDTH: Record<string, string> = { '，': ', ', '：': ': ', '（': '(', '）': ')', '；': '; ' };
const SWAP_MARK: Record<string, string> = { '，': '、', '、': '，', '；': '。', '。': '；' };

function want(length: number, perEdit: number): number {
  return Number.isFinite(perEdit) ? Math.round(length / perEdit) : 0;
}

export function editPassage(text: string, strength: EditStrength, random: SeededRandom): EditedPassage {
  const counts: EditCounts = { swaps: 0, swapShortfall: 0, punctuation: 0, insertions: 0, deletions: 0 };
  const per = CHARS_PER_SWAP[strength];
  if (!Number.isFinite(per)) return { text, ...counts };
  const length = contentLength(text);
  // Work on code units as cells: an edit replaces a cell's text, so the indexes of the others never move.
  const cells = text.split('');
  const touched = new Array<boolean>(cells.length).fill(false);
  const free = (from: number, to: number) => from >= 0 && to <= cells.length && touched.slice(from, to).every((t) => !t);
  const mark = (from: number, to: number) => touched.fill(true, from, to);

  const swapsWanted = want(length, per);
  const sites = shuffle(synonymSites(text), random);
  for (const [at, word] of sites) {
    if (counts.swaps >= swapsWanted) break;
    if (!free(at, at + word.length)) continue;
    cells[at] = SYNONYMS.get(word)!;
    for (let k = at + 1; k < at + word.length; k++) cells[k] = '';
    mark(at, at + word.length);
    counts.swaps += 1;
  }
  counts.swapShortfall = swapsWanted - counts.swaps;

  const punctuationWanted = want(length, per * PUNCTUATION_FACTOR);
  for (let tries = 0; counts.punctuation < punctuationWanted && tries < punctuationWanted * 20; tries++) {
    const at = random.nextInt(cells.length);
    if (!free(at, at + 1)) continue;
    const ch = text[at]!;
    const kind = random.nextInt(3);
    if (kind === 0 && SWAP_MARK[ch] && at < text.length - 1) cells[at] = SWAP_MARK[ch];
    else if (kind === 1 && HALF_WIDTH[ch]) cells[at] = HALF_WIDTH[ch];
    else if (kind === 2 && ch === '，') cells[at] = '';
    else if (isHan(ch) && isHan(text[at + 1])) cells[at] = `${ch}，`;
    else continue;
    mark(at, at + 1);
    counts.punctuation += 1;
  }

  const insertionsWanted = want(length, per * INSERTION_FACTOR);
  for (let tries = 0; counts.insertions < insertionsWanted && tries < insertionsWanted * 20; tries++) {
    const at = random.nextInt(cells.length);
    if (!free(at, at + 1) || !isHan(text[at])) continue;
    cells[at] = INSERTED_WORDS[random.nextInt(INSERTED_WORDS.length)]! + cells[at]!;
    mark(at, at + 1);
    counts.insertions += 1;
  }

  const deletionsWanted = want(length, per * DELETION_FACTOR);
  for (let tries = 0; counts.deletions < deletionsWanted && tries < deletionsWanted * 20; tries++) {
    const at = random.nextInt(cells.length);
    const size = 1 + random.nextInt(3);
    if (!free(at, at + size) || !text.slice(at, at + size).split('').every((ch) => isHan(ch))) continue;
    cells.fill('', at, at + size);
    mark(at, at + size);
    counts.deletions += 1;
  }
  return { text: cells.join(''), ...counts };
}

/**
 * Passages for a copy: runs of 1–4 consecutive sentences of the source, among those it may give (`available`), until
 * `chars` content characters are taken; returned in a random order (the copier reorders them). Runs never overlap.
 */
export function pickPassages(sentences: readonly string[], available: readonly boolean[], chars: number, random: SeededRandom): number[][] {
  const taken = new Array<boolean>(sentences.length).fill(false);
  const runs: number[][] = [];
  let total = 0;
  const starts = shuffle([...sentences.keys()], random);
  for (const start of starts) {
    if (total >= chars) break;
    const size = 1 + random.nextInt(4);
    const run: number[] = [];
    for (let k = start; k < Math.min(sentences.length, start + size); k++) {
      if (!available[k] || taken[k]) break;
      run.push(k);
    }
    if (run.length === 0) continue;
    for (const k of run) {
      taken[k] = true;
      total += contentLength(sentences[k]!);
    }
    runs.push(run);
  }
  return runs;
}
