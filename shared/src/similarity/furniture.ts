// Page furniture out of the text before it is compared: running headers and footers (the enterprise's name, the
// document's title, 「第 3 页 共 20 页」) and bare page or slide numbers. Two declarations made from one office
// template share their furniture; it says nothing about the text, and in a passage it reads as noise.
// A line is furniture when, with its digits blanked, it recurs on at least half of the pages (three at least), or
// when it is nothing but a page number.

import type { DocumentPages } from './normalise.js';

// Impress writes an empty slide-number field as its placeholder text.
const FIELD_PLACEHOLDER = /^(<number>|‹#›|<#>|#)$/;
const PAGE_NUMBER = /^[\s\-–—_·.()（）[\]【】]*(第?\s*\d{1,4}\s*[页頁张張]?\s*([/／]|共|of)?\s*\d{0,4}\s*[页頁张張]?|page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})[\s\-–—_·.()（）[\]【】]*$/i;
/** Longer lines are body text even when repeated (a heading repeated on slides is still the author's text). */
const MAX_FURNITURE_CHARS = 60;

const shape = (line: string) => line.replace(/\s+/g, '').replace(/\d+/g, '#');

/** The pages with furniture lines removed (the other lines, and their line breaks, as they were). */
export function stripPageFurniture(pages: DocumentPages): string[] {
  const linesOf = pages.map((page) => page.split('\n'));
  const pagesWith = new Map<string, number>();
  for (const lines of linesOf) {
    for (const key of new Set(lines.map(shape))) {
      if (key && key.length <= MAX_FURNITURE_CHARS) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  const floor = Math.max(3, Math.ceil(pages.length / 2));
  const furniture = (line: string) => {
    const key = shape(line);
    return key !== '' && (PAGE_NUMBER.test(line.trim()) || FIELD_PLACEHOLDER.test(line.trim()) || (pagesWith.get(key) ?? 0) >= floor);
  };
  return linesOf.map((lines) => {
    if (!lines.some(furniture)) return lines.join('\n');
    return lines.filter((line) => !furniture(line)).join('\n');
  });
}
