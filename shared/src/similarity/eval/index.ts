// 材料查重 evaluation on real Chinese prose (issue 18): corpus, copy model, scoring, report. Not part of the
// similarity check itself: imported by the evaluation command and its spec only.
export * from './prose.js';
export * from './synonyms.js';
export * from './copy-model.js';
export * from './names.js';
export * from './eval-corpus.js';
export * from './pages.js';
export * from './parts.js';
export * from './scoring.js';
export * from './report.js';
