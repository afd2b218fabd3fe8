import { diffArrays } from 'diff';

/**
 * The two sides of a matched passage compared character by character, so the secretariat sees at a glance what was
 * kept word for word and what was changed (a swapped word, an insertion). Punctuation, spaces and the width or case of
 * a letter are left out of the comparison: changing them is not a change of wording.
 */

/** same: found as is on the other side; changed: not on the other side (a swap, an insertion); plain: not compared. */
export type Mark = 'same' | 'changed' | 'plain';

export interface Piece {
  text: string;
  mark: Mark;
}

export interface SideDiff {
  pieces: Piece[];
  /** Compared characters not found on the other side. */
  changed: number;
}

export interface PassageDiff {
  a: SideDiff;
  b: SideDiff;
}

const IGNORED = /[\s\p{P}\p{S}]/u;
const ELLIPSIS = '…';

interface Tokens {
  chars: string[];
  /** The compared characters' folded forms, and where each sits in chars. */
  keys: string[];
  at: number[];
  /** The server cut a long excerpt: what follows the last common text may be on the other side past the cut. */
  cut: boolean;
}

function tokens(text: string): Tokens {
  const cut = text.endsWith(ELLIPSIS);
  const chars = Array.from(cut ? text.slice(0, -ELLIPSIS.length) : text);
  const keys: string[] = [];
  const at: number[] = [];
  chars.forEach((c, i) => {
    if (IGNORED.test(c)) return;
    keys.push(c.normalize('NFKC').toLowerCase());
    at.push(i);
  });
  if (cut) chars.push(ELLIPSIS);
  return { chars, keys, at, cut };
}

type Run = { kind: 'same' | 'a' | 'b'; count: number };

/** A run of one or two common characters between changes is chance (a 的, a 了), not kept wording: count it changed. */
function absorbChance(runs: Run[]): Run[] {
  const out: Run[] = [];
  runs.forEach((run, k) => {
    const changedBefore = k > 0 && runs[k - 1]!.kind !== 'same';
    const changedAfter = k < runs.length - 1 && runs[k + 1]!.kind !== 'same';
    if (run.kind === 'same' && run.count <= 2 && changedBefore && changedAfter) {
      out.push({ kind: 'a', count: run.count }, { kind: 'b', count: run.count });
    } else out.push(run);
  });
  return out;
}

function pieces(t: Tokens, marks: Mark[]): Piece[] {
  const out: Piece[] = [];
  t.chars.forEach((c, i) => {
    const mark = marks[i] ?? 'plain';
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += c;
    else out.push({ text: c, mark });
  });
  return out;
}

/**
 * The passage's two sides with every character marked; null when they differ too much to mark usefully (more edits
 * than half their length), in which case they are shown as written.
 */
export function diffPassage(textA: string, textB: string): PassageDiff | null {
  const a = tokens(textA);
  const b = tokens(textB);
  const changes = diffArrays(a.keys, b.keys, { maxEditLength: Math.max(8, Math.ceil((a.keys.length + b.keys.length) / 2)) });
  if (!changes) return null;
  const kindOf = (c: { added: boolean; removed: boolean }): Run['kind'] => (c.added ? 'b' : c.removed ? 'a' : 'same');
  const runs = absorbChance(changes.map((c) => ({ kind: kindOf(c), count: c.count })));
  // Past the cut of either excerpt, what the other side has may simply not be shown: leave that tail unmarked.
  const lastSame = runs.map((r) => r.kind).lastIndexOf('same');
  const tailUnknown = a.cut || b.cut;
  const marksA: Mark[] = [];
  const marksB: Mark[] = [];
  let ia = 0;
  let ib = 0;
  runs.forEach((run, k) => {
    const unknown = tailUnknown && k > lastSame;
    for (let n = 0; n < run.count; n++) {
      if (run.kind !== 'b') marksA[a.at[ia++]!] = unknown ? 'plain' : run.kind === 'same' ? 'same' : 'changed';
      if (run.kind !== 'a') marksB[b.at[ib++]!] = unknown ? 'plain' : run.kind === 'same' ? 'same' : 'changed';
    }
  });
  const changedOf = (marks: Mark[]) => marks.filter((m) => m === 'changed').length;
  return { a: { pieces: pieces(a, marksA), changed: changedOf(marksA) }, b: { pieces: pieces(b, marksB), changed: changedOf(marksB) } };
}
