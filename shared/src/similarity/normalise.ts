// Text as the comparison sees it (issue 8): letters and digits only, full-width folded to half-width, lower case,
// no punctuation and no whitespace. Chinese has no spaces, so nothing is lost by dropping them, and a copier who
// swaps ，for , or inserts line breaks changes nothing here.

/** A declaration's text as extracted: one string per PDF page or PPT slide, in order. */
export type DocumentPages = readonly string[];

export interface NormalisedText {
  /** The normalised characters of every page, concatenated. */
  text: string;
  /** Index in text where each page starts (pageStarts[0] = 0). */
  pageStarts: number[];
}

export interface NormalisedDocument extends NormalisedText {
  /** For each character of text, its offset in its own page's original string: passages are shown as written. */
  origins: Uint32Array;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Calls keep(code, offset) for each normalised UTF-16 unit of one page. CJK ideographs and ASCII take a fast path;
 * anything else goes through NFKC (compatibility forms, circled digits, ligatures) and is kept only if a letter or digit.
 */
function eachNormalised(page: string, keep: (code: number, offset: number) => void): void {
  for (let i = 0; i < page.length; i++) {
    let c = page.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      keep(c, i);
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → half-width
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) keep(c + 32, i);
      else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) keep(c, i);
      continue;
    }
    // A surrogate pair is one character (CJK extension B and beyond).
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < page.length;
    const original = wide ? page.slice(i, i + 2) : page[i]!;
    for (const ch of original.normalize('NFKC').toLowerCase()) {
      if (!LETTER_OR_DIGIT.test(ch)) continue;
      for (let k = 0; k < ch.length; k++) keep(ch.charCodeAt(k), i);
    }
    if (wide) i += 1;
  }
}

/** The normalised text of a document, without the map back to the original (for indexing, where only text counts). */
export function normaliseText(pages: DocumentPages): NormalisedText {
  const codes: number[] = [];
  const pageStarts: number[] = [];
  const chunks: string[] = [];
  for (const page of pages) {
    pageStarts.push(chunks.reduce((n, s) => n + s.length, 0) + codes.length);
    eachNormalised(page, (code) => {
      codes.push(code);
      if (codes.length === 8192) flush();
    });
  }
  flush();
  return { text: chunks.join(''), pageStarts };

  function flush(): void {
    if (codes.length) chunks.push(String.fromCharCode(...codes));
    codes.length = 0;
  }
}

/** The normalised text with, for each character, where it came from: for showing matched passages. */
export function normaliseDocument(pages: DocumentPages): NormalisedDocument {
  const codes: number[] = [];
  const offsets: number[] = [];
  const pageStarts: number[] = [];
  for (const page of pages) {
    pageStarts.push(codes.length);
    eachNormalised(page, (code, offset) => {
      codes.push(code);
      offsets.push(offset);
    });
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text, pageStarts, origins: Uint32Array.from(offsets) };
}

/** The page (0-based) that holds normalised index i. */
export function pageAt(pageStarts: readonly number[], i: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
