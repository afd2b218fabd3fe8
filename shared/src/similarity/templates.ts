// 模板雷同: passages that many documents share and that are not the notice's or the rubric's wording — the same
// declaration text bought by several teams from one writer, a pattern award programmes know. Pairwise comparison
// cannot see it (text found in many documents is no evidence between any two of them), so it is found here, in two
// steps that keep memory bounded:
//   1. templateRuns(), once per document: the runs of widespread text (shingles in four or more documents, not
//      boilerplate), joined across small gaps (a team's name swapped in), at least a sentence or two long, each with a
//      sample of its shingles (anchors);
//   2. templateClusters(), over every document's runs: anchors shared by the same documents group into passages, groups
//      whose documents largely coincide merge into one cluster, and a document belongs to it when it holds a fair part
//      of the cluster's anchors. A phrase of the trade is widespread too, but short and found in ever-different sets
//      of documents: it never makes a group.

import type { ComparableText } from './compare.js';
import { isSampled } from './fingerprints.js';
import { SHINGLE_LENGTH } from './shingles.js';

export interface TemplateOptions {
  /** A template passage is at least this many characters (about two sentences). */
  minChars: number;
  /** Widespread shingles this close (characters) belong to one run. */
  maxGap: number;
  /** One shingle in this many (power of two) of a run is an anchor. */
  anchorSampling: number;
  /** A group of documents needs at least this many shared anchors to be a passage. */
  minAnchors: number;
  /** Groups merge when their document sets overlap at least this much (intersection over each set). */
  mergeOverlap: number;
  /** A document belongs to a cluster when it holds at least this share of the cluster's anchors. */
  memberShare: number;
}

export const DEFAULT_TEMPLATES: TemplateOptions = { minChars: 60, maxGap: 24, anchorSampling: 4, minAnchors: 6, mergeOverlap: 0.8, memberShare: 0.3 };

export interface TemplateRun {
  /** [start, end) in the document's normalised text. */
  start: number;
  end: number;
  /** Sampled widespread shingles of the run, distinct. */
  anchors: Uint32Array;
}

export interface DocumentRuns {
  /** The document's own (non-boilerplate) characters. */
  ownChars: number;
  runs: TemplateRun[];
}

export interface TemplateCluster {
  /** Indexes of the documents that share the passages (at least the widespread floor). */
  documents: number[];
  /** For each of documents, the share of its own (non-boilerplate) text inside the shared passages. */
  shares: number[];
  /** The document whose wording is shown, and the shared passages as [start, end) in its normalised text. */
  representative: number;
  spans: Array<[number, number]>;
  /** Normalised characters of the passages in the representative. */
  chars: number;
}

/** What each shingle of a document is, by position: its own text, widespread (template material) or boilerplate. */
export const SHINGLE_OWN = 0;
export const SHINGLE_WIDESPREAD = 1;
export const SHINGLE_BOILERPLATE = 2;

/** Step 1, per document, given the kind of each of its shingles (one frequency look-up each, made by the caller). */
export function templateRuns(doc: ComparableText, kinds: Uint8Array, options: TemplateOptions = DEFAULT_TEMPLATES, n = SHINGLE_LENGTH): DocumentRuns {
  // Boilerplate characters: those inside runs of two or more boilerplate shingles (as compareTexts counts them).
  const boilerplate = new Uint8Array(doc.text.length + 1);
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] === SHINGLE_BOILERPLATE && kinds[i + 1] === SHINGLE_BOILERPLATE) boilerplate.fill(1, i, i + 1 + n);
  }
  // before[c]: boilerplate characters before c, to ask in one step whether a shingle touches boilerplate.
  const before = new Uint32Array(doc.text.length + 1);
  for (let c = 0; c < doc.text.length; c++) before[c + 1] = before[c]! + boilerplate[c]!;
  const ownChars = doc.text.length - before[doc.text.length]!;
  // A widespread shingle that overlaps boilerplate is where two pieces of it meet (a heading and the rubric item after
  // it): every declaration has it, and it is no template.
  const isTemplate = (i: number) => kinds[i] === SHINGLE_WIDESPREAD && before[i + n] === before[i];
  const runs: TemplateRun[] = [];
  let start = -1;
  let last = -1;
  let hits = 0;
  const close = () => {
    const end = last + n;
    // Dense enough to be one passage shared, not phrases that happen to lie close together.
    if (start >= 0 && end - start >= options.minChars && hits * 2 >= end - start) {
      const anchors = new Set<number>();
      for (let i = start; i <= last; i++) {
        const h = doc.hashes[i]!;
        if (isTemplate(i) && isSampled(h, options.anchorSampling)) anchors.add(h);
      }
      runs.push({ start, end, anchors: Uint32Array.from(anchors).sort() });
    }
  };
  for (let i = 0; i < doc.hashes.length; i++) {
    if (!isTemplate(i)) continue;
    if (start >= 0 && i - last <= options.maxGap) {
      last = i;
      hits++;
      continue;
    }
    close();
    start = i;
    last = i;
    hits = 1;
  }
  close();
  return { ownChars, runs };
}

interface Group {
  documents: number[];
  anchors: number[];
}

/** Step 2, over every document's runs (indexed as the documents are). minDocuments: the widespread floor. */
export function templateClusters(all: readonly DocumentRuns[], minDocuments: number, options: TemplateOptions = DEFAULT_TEMPLATES): TemplateCluster[] {
  // Postings as (anchor, document) keys in one sorted Float64Array, as fingerprints.ts does: a large corpus where
  // every document carries a template has millions of anchors, too many for a Map of arrays.
  const DOC = 2 ** 21;
  let total = 0;
  for (const doc of all) for (const run of doc.runs) total += run.anchors.length;
  const keys = new Float64Array(total);
  let k = 0;
  all.forEach((doc, d) => {
    for (const run of doc.runs) for (const h of run.anchors) keys[k++] = h * DOC + d;
  });
  const sorted = keys.sort();
  // Anchors grouped by their set of documents, keyed by a hash of the set (checked against the stored set on a hit):
  // no string or array is made per anchor, only per new set — an anchor of a template in 30,000 documents must not
  // cost 30,000 numbers each time.
  const byDocuments = new Map<number, Group[]>();
  for (let x = 0; x < sorted.length; ) {
    const anchor = Math.floor(sorted[x]! / DOC);
    let y = x + 1;
    while (y < sorted.length && Math.floor(sorted[y]! / DOC) === anchor) y++;
    // One document may hold the anchor in two runs: its index then appears twice in a row.
    let count = 0;
    let hash = 0x811c9dc5;
    let previous = -1;
    for (let z = x; z < y; z++) {
      const d = sorted[z]! - anchor * DOC;
      if (d === previous) continue;
      previous = d;
      count++;
      hash = Math.imul(hash ^ d, 0x01000193);
    }
    if (count >= minDocuments) {
      const sameSet = (group: Group) => {
        if (group.documents.length !== count) return false;
        let k = 0;
        let last = -1;
        for (let z = x; z < y; z++) {
          const d = sorted[z]! - anchor * DOC;
          if (d === last) continue;
          last = d;
          if (group.documents[k++] !== d) return false;
        }
        return true;
      };
      const bucket = byDocuments.get(hash);
      const group = bucket?.find(sameSet);
      if (group) {
        group.anchors.push(anchor);
      } else {
        const documents: number[] = [];
        for (let z = x; z < y; z++) {
          const d = sorted[z]! - anchor * DOC;
          if (documents[documents.length - 1] !== d) documents.push(d);
        }
        const created = { documents, anchors: [anchor] };
        if (bucket) bucket.push(created);
        else byDocuments.set(hash, [created]);
      }
    }
    x = y;
  }
  const groups = [...byDocuments.values()]
    .flat()
    .filter((g) => g.anchors.length >= options.minAnchors)
    .sort((x, y) => y.documents.length - x.documents.length || y.anchors.length - x.anchors.length);
  const merged: Array<{ documents: Set<number>; anchors: Set<number> }> = [];
  for (const group of groups) {
    const overlapping = merged.find((c) => {
      const shared = group.documents.filter((d) => c.documents.has(d)).length;
      return shared >= options.mergeOverlap * group.documents.length && shared >= options.mergeOverlap * c.documents.size;
    });
    if (overlapping) {
      for (const d of group.documents) overlapping.documents.add(d);
      for (const a of group.anchors) overlapping.anchors.add(a);
    } else {
      merged.push({ documents: new Set(group.documents), anchors: new Set(group.anchors) });
    }
  }
  const clusters: TemplateCluster[] = [];
  for (const cluster of merged) {
    const members = [...cluster.documents]
      .map((d) => ({ d, held: heldRuns(all[d]!, cluster.anchors) }))
      .filter((m) => m.held.anchors >= options.memberShare * cluster.anchors.size);
    if (members.length < minDocuments) continue;
    const representative = members.reduce((best, m) => (m.held.anchors > best.held.anchors ? m : best));
    const spans = representative.held.runs.map((r): [number, number] => [r.start, r.end]);
    const chars = spans.reduce((s, [a, b]) => s + b - a, 0);
    if (chars < options.minChars) continue;
    members.sort((x, y) => x.d - y.d);
    clusters.push({
      documents: members.map((m) => m.d),
      shares: members.map((m) => Math.min(1, all[m.d]!.ownChars ? m.held.chars / all[m.d]!.ownChars : 0)),
      representative: representative.d,
      spans,
      chars,
    });
  }
  return clusters.sort((x, y) => y.documents.length * y.chars - x.documents.length * x.chars);
}

/** The runs of a document holding the cluster's anchors: how many anchors, and how many characters. */
function heldRuns(doc: DocumentRuns, anchors: ReadonlySet<number>): { anchors: number; chars: number; runs: TemplateRun[] } {
  let held = 0;
  let chars = 0;
  const runs: TemplateRun[] = [];
  for (const run of doc.runs) {
    let inRun = 0;
    for (const h of run.anchors) if (anchors.has(h)) inRun++;
    if (inRun === 0) continue;
    held += inRun;
    chars += run.end - run.start;
    runs.push(run);
  }
  return { anchors: held, chars, runs };
}
