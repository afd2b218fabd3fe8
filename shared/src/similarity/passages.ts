// Matched spans of normalised text mapped back to what people read: page (or slide) numbers and the original wording.

import type { MatchedSpan } from './compare.js';
import { type DocumentPages, type NormalisedDocument, normaliseDocument, pageAt } from './normalise.js';
import { stripPageFurniture } from './furniture.js';

export interface PassageSide {
  /** 1-based page or slide numbers where the passage starts and ends. */
  fromPage: number;
  toPage: number;
  /** The passage as written, page breaks shown as a blank line. */
  text: string;
}

export interface Passage {
  a: PassageSide;
  b: PassageSide;
  /** Normalised characters in the passage on A's side: its weight. */
  chars: number;
}

/** A line break a PDF put inside Chinese running text (the page was full) is layout, not the author's: it goes. */
const WRAPPED = /(?<=[\u4e00-\u9fff，、；：（“])\n(?=[\u4e00-\u9fff，。、；：）”])/gu;
const unwrap = (text: string) => text.replace(WRAPPED, '');

/** Longest excerpt kept per side; the figures count the whole passage. */
export const PASSAGE_TEXT_MAX = 1200;

function side(pages: DocumentPages, doc: NormalisedDocument, [start, end]: [number, number]): PassageSide {
  const first = pageAt(doc.pageStarts, start);
  const last = pageAt(doc.pageStarts, end - 1);
  const parts: string[] = [];
  for (let p = first; p <= last; p++) {
    const page = pages[p] ?? '';
    const from = p === first ? doc.origins[start]! : 0;
    // The last normalised character's origin, plus its own length (a surrogate pair is two units).
    let to = page.length;
    if (p === last) {
      to = doc.origins[end - 1]! + 1;
      const code = page.charCodeAt(to - 1);
      if (code >= 0xd800 && code <= 0xdbff) to += 1;
    }
    parts.push(unwrap(page.slice(from, to).trim()));
  }
  let text = parts.join('\n\n');
  if (text.length > PASSAGE_TEXT_MAX) text = `${text.slice(0, PASSAGE_TEXT_MAX)}…`;
  return { fromPage: first + 1, toPage: last + 1, text };
}

/**
 * The passages of a compared pair in A's order (as the secretariat reads A), mapped back to the wording as extracted,
 * page furniture left out as in the comparison. Spans are offsets in the texts prepareText() made of these pages.
 */
export function describePassages(pagesA: DocumentPages, pagesB: DocumentPages, spans: readonly MatchedSpan[], limit = 50): Passage[] {
  const readableA = stripPageFurniture(pagesA);
  const readableB = stripPageFurniture(pagesB);
  const docA = normaliseDocument(readableA);
  const docB = normaliseDocument(readableB);
  return [...spans]
    .sort((x, y) => x.a[0] - y.a[0])
    .slice(0, limit)
    .map((span) => ({ a: side(readableA, docA, span.a), b: side(readableB, docB, span.b), chars: span.a[1] - span.a[0] }));
}

/** Passages of one document (a template's wording in its representative), in document order. */
export function describeSpans(pages: DocumentPages, spans: ReadonlyArray<[number, number]>, limit = 50): PassageSide[] {
  const readable = stripPageFurniture(pages);
  const doc = normaliseDocument(readable);
  return [...spans]
    .sort((x, y) => x[0] - y[0])
    .slice(0, limit)
    .map((span) => side(readable, doc, span));
}
