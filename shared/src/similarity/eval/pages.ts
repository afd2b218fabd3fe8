// The text-only view of an evaluation document (no office suite): its blocks as pages, as the quick run and the
// spec hand them to detection.

import type { EvalDocument } from './eval-corpus.js';

/** The document's text as pages of about `charsPerPage` characters, cut between blocks (for the text-only run). */
export function documentPages(document: EvalDocument, charsPerPage = 1000): string[] {
  const pages: string[] = [''];
  for (const block of document.blocks) {
    if (pages[pages.length - 1]!.length + block.text.length > charsPerPage && pages[pages.length - 1]!.length > 0) pages.push('');
    pages[pages.length - 1] += `${block.text}\n`;
  }
  return pages;
}
