// The evaluation corpus (issue 18): declarations shaped like real ones — the rubric's headings, some notice and rubric
// wording quoted (the boilerplate), then the team's own prose — made of real Chinese paragraphs, each used by one
// document only; copies planted at known shares and edit strengths (copy-model.ts); templates shared by 2–30 teams.
//
// Planted copies form chains A → B → C …: B copies passages of A's own prose and is copied in turn by C, who takes
// only B's own sentences (never what B took from A), so A and C share nothing. A chain lets one document be both a
// source and a copy, which is what lets ~60 planted pairs fit in ~85 documents of the prose there is. Neighbouring
// links are chosen so a document never gives and takes more than ~80 % of its text.
// Deterministic: the same paragraphs and seed give the same corpus.

import { createSeededRandom, shuffle, type SeededRandom } from '../../draw/seeded-random.js';
import { editPassage, EDIT_STRENGTHS, pickPassages, type EditCounts, type EditStrength } from './copy-model.js';
import { makeNames } from './names.js';
import type { Boilerplate, EvalBlock, EvalCorpus, EvalCorpusOptions, EvalDocument, PlantedCopy, PlantedTemplate } from './corpus-types.js';
import { contentLength, dropNearDuplicates, splitSentences, type ProseParagraph } from './prose.js';

export type { Boilerplate, BlockKind, EvalBlock, EvalCorpus, EvalCorpusOptions, EvalDocument, PlantedCopy, PlantedTemplate } from './corpus-types.js';

export const COPY_LEVELS = [0.1, 0.2, 0.3, 0.45, 0.6] as const;
export const TEMPLATE_SIZES = [2, 5, 10, 30] as const;
const MAX_CHAIN_LINKS = 5;
/** A document gives and takes at most this share of its text (level in + level out). */
const MAX_GIVE_AND_TAKE = 0.8;
/** Own text per document, content characters, before the corpus is scaled to the prose there is. */
const OWN_MIN = 2000;
const OWN_MAX = 4600;
const TEMPLATE_CHARS = 420;
const NUMERALS = '一二三四五六七八九十';

interface Link {
  level: number;
  strength: EditStrength;
}

interface Draft {
  names: { enterprise: string; team: string };
  own: number;
  inLink?: Link & { from: number };
  outLink?: Link & { to: number };
  /** Own prose, paragraph by paragraph, sentence by sentence. */
  paragraphs: string[][];
  /** Flat sentence index → exported to the next copy. */
  exported: boolean[];
  format: 'pdf' | 'pptx';
  templates: string[][];
}

/** Chains of links whose neighbouring levels add up to at most MAX_GIVE_AND_TAKE. */
function chainLinks(links: Link[], random: SeededRandom): Link[][] {
  const remaining = shuffle(links, random);
  const chains: Link[][] = [];
  while (remaining.length) {
    const chain = [remaining.pop()!];
    while (chain.length < MAX_CHAIN_LINKS) {
      const last = chain[chain.length - 1]!;
      const k = remaining.findIndex((l) => l.level + last.level <= MAX_GIVE_AND_TAKE + 1e-9);
      if (k < 0) break;
      chain.push(remaining.splice(k, 1)[0]!);
    }
    chains.push(chain);
  }
  return chains;
}

/** The paragraphs in a seeded order of their pages (a page's paragraphs stay together and in order). */
function pool(paragraphs: readonly ProseParagraph[], random: SeededRandom): string[] {
  const pages = new Map<string, string[]>();
  for (const p of paragraphs) {
    const key = `${p.package}/${p.file}`;
    const list = pages.get(key);
    if (list) list.push(p.text);
    else pages.set(key, [p.text]);
  }
  return dropNearDuplicates(shuffle([...pages.values()], random).flat());
}

export function buildEvalCorpus(paragraphs: readonly ProseParagraph[], boilerplate: Boilerplate, options: EvalCorpusOptions): EvalCorpus {
  const random = createSeededRandom(options.seed);
  const levels = options.levels ?? COPY_LEVELS;
  const strengths = options.strengths ?? EDIT_STRENGTHS;
  const perCell = options.pairsPerCell ?? 3;
  const links: Link[] = [];
  for (const level of levels) for (const strength of strengths) for (let k = 0; k < perCell; k++) links.push({ level, strength });
  const chains = chainLinks(links, random);

  // Documents: each chain's, then the unrelated ones; sizes so that each source has enough own prose for its copy.
  const drafts: Draft[] = [];
  const rand = (lo: number, hi: number) => lo + random.next() * (hi - lo);
  const blank = (own: number, format: 'pdf' | 'pptx'): Draft => ({ names: { enterprise: '', team: '' }, own, paragraphs: [], exported: [], format, templates: [] });
  for (const chain of chains) {
    let format: 'pdf' | 'pptx' = random.next() < 0.5 ? 'pdf' : 'pptx';
    let previous = blank(rand(OWN_MIN, OWN_MAX), format);
    drafts.push(previous);
    for (const link of chain) {
      const retained = previous.own * (1 - (previous.inLink?.level ?? 0));
      const most = (0.9 * retained) / link.level;
      format = format === 'pdf' ? 'pptx' : 'pdf';
      const next = blank(Math.min(rand(OWN_MIN, OWN_MAX), most), format);
      previous.outLink = { ...link, to: drafts.length };
      next.inLink = { ...link, from: drafts.length - 1 };
      drafts.push(next);
      previous = next;
    }
  }
  for (let k = 0; k < (options.unrelated ?? 10); k++) drafts.push(blank(rand(OWN_MIN, OWN_MAX), random.next() < 0.5 ? 'pdf' : 'pptx'));
  const names = makeNames(drafts.length, random);
  drafts.forEach((d, i) => (d.names = names[i]!));

  // Templates first, from the start of the pool; then each document's own prose, scaled to what is left.
  const texts = pool(paragraphs, random);
  let next = 0;
  const take = (chars: number): string[] => {
    const out: string[] = [];
    let got = 0;
    while (got < chars && next < texts.length) {
      const text = texts[next++]!;
      out.push(text);
      got += contentLength(text);
    }
    return out;
  };
  const templateSizes = options.templateSizes ?? TEMPLATE_SIZES;
  const templates: PlantedTemplate[] = [];
  for (const [t, size] of templateSizes.entries()) {
    const text = take(TEMPLATE_CHARS);
    const members = templateMembers(drafts, size, random);
    const id = `${options.prefix}-模板${t + 1}`;
    templates.push({ id, documents: members.map((i) => `${options.prefix}${String(i + 1).padStart(3, '0')}`) });
    for (const i of members) drafts[i]!.templates.push(varyTemplate(text, drafts[i]!.names.team, random));
  }
  const templateOwn = (d: Draft) => d.templates.reduce((n, t) => n + contentLength(t.join('')), 0);
  const authoredWanted = (d: Draft) => Math.max(200, d.own * (1 - (d.inLink?.level ?? 0)) - templateOwn(d));
  const available = texts.slice(next).reduce((n, t) => n + contentLength(t), 0);
  const needed = drafts.reduce((n, d) => n + authoredWanted(d), 0);
  const scale = Math.min(1, (0.97 * available) / needed);
  for (const d of drafts) {
    d.own *= scale;
    d.paragraphs = take(authoredWanted(d)).map(splitSentences);
    d.exported = new Array<boolean>(d.paragraphs.flat().length).fill(false);
  }

  // Copies: each link takes passages of its source's own sentences (marked as given, so the next link leaves them).
  const ids = drafts.map((_, i) => `${options.prefix}${String(i + 1).padStart(3, '0')}`);
  const planted: PlantedCopy[] = [];
  const incoming = new Map<number, string[]>();
  for (const [i, d] of drafts.entries()) {
    if (!d.outLink) continue;
    const target = drafts[d.outLink.to]!;
    const sentences = d.paragraphs.flat();
    const runs = pickPassages(sentences, sentences.map(() => true), d.outLink.level * target.own, random);
    const edits: EditCounts = { swaps: 0, swapShortfall: 0, punctuation: 0, insertions: 0, deletions: 0 };
    const passages = runs.map((run) => {
      for (const k of run) d.exported[k] = true;
      const edited = editPassage(run.map((k) => sentences[k]!).join(''), d.outLink!.strength, random);
      for (const key of Object.keys(edits) as Array<keyof EditCounts>) edits[key] += edited[key];
      return edited.text;
    });
    incoming.set(d.outLink.to, passages);
    planted.push({ copy: ids[d.outLink.to]!, source: ids[i]!, level: d.outLink.level, share: 0, strength: d.outLink.strength, passages, edits });
  }

  const documents = drafts.map((d, i) => assemble(ids[i]!, d, incoming.get(i) ?? [], boilerplate, random));
  for (const p of planted) {
    const copy = documents.find((d) => d.id === p.copy)!;
    p.share = copy.ownChars ? copy.copiedChars / copy.ownChars : 0;
  }
  return {
    documents,
    planted,
    templates,
    boilerplate: [...boilerplate.notice, ...boilerplate.headings, ...boilerplate.items],
    paragraphsUsed: next,
    paragraphsGiven: texts.length,
  };
}

/** `size` documents of which no two are the two ends of a planted link. */
function templateMembers(drafts: readonly Draft[], size: number, random: SeededRandom): number[] {
  const members: number[] = [];
  for (const i of shuffle([...drafts.keys()], random)) {
    if (members.length >= size) break;
    const d = drafts[i]!;
    if (members.some((m) => m === d.inLink?.from || m === d.outLink?.to)) continue;
    members.push(i);
  }
  return members;
}

/** A template as one team uses it: its name written in, now and then a sentence left out. */
function varyTemplate(paragraphs: readonly string[], team: string, random: SeededRandom): string[] {
  return paragraphs.map((p, k) => {
    const kept = splitSentences(p).filter((_, s) => s === 0 || random.next() >= 0.12);
    return (k === 0 ? `${team}结合本班组实际，` : '') + kept.join('');
  });
}

/** The declaration: title, a notice paragraph, then under each heading maybe a rubric item and the own prose. */
function assemble(id: string, d: Draft, passages: readonly string[], boilerplate: Boilerplate, random: SeededRandom): EvalDocument {
  // Copied passages go in at random sentence boundaries, never inside a run the next copier takes.
  const flat = d.paragraphs.flatMap((sentences, p) => sentences.map((text) => ({ p, text, copied: false })));
  for (const passage of passages) {
    const boundaries: number[] = [];
    for (let k = 0; k <= flat.length; k++) {
      const inside = k > 0 && k < flat.length && d.exported[k - 1] && d.exported[k];
      if (!inside) boundaries.push(k);
    }
    const at = boundaries[random.nextInt(boundaries.length)]!;
    const p = flat[Math.min(at, flat.length - 1)]?.p ?? 0;
    flat.splice(at, 0, { p, text: passage, copied: true });
    d.exported.splice(at, 0, false);
  }
  const paragraphs: string[] = [];
  let copiedChars = 0;
  flat.forEach((s, k) => {
    if (k === 0 || s.p !== flat[k - 1]!.p) paragraphs.push('');
    paragraphs[paragraphs.length - 1] += s.text;
    if (s.copied) copiedChars += contentLength(s.text);
  });
  const blocks: EvalBlock[] = [{ kind: 'title', text: `${d.names.team}质量信得过班组申报材料` }];
  if (boilerplate.notice.length) blocks.push({ kind: 'boilerplate', text: boilerplate.notice[random.nextInt(boilerplate.notice.length)]! });
  const sections = Math.max(1, boilerplate.headings.length);
  const templateAt = d.templates.map(() => random.nextInt(sections));
  let start = 0;
  for (let s = 0; s < sections; s++) {
    const end = Math.round(((s + 1) * paragraphs.length) / sections);
    if (boilerplate.headings[s]) blocks.push({ kind: 'heading', text: `${NUMERALS[s] ?? s + 1}、${boilerplate.headings[s]}` });
    if (boilerplate.items.length && random.next() < 0.5) blocks.push({ kind: 'boilerplate', text: boilerplate.items[random.nextInt(boilerplate.items.length)]!.trim() });
    d.templates.forEach((t, k) => {
      if (templateAt[k] === s) for (const text of t) blocks.push({ kind: 'prose', text });
    });
    for (const text of paragraphs.slice(start, end)) blocks.push({ kind: 'prose', text });
    start = end;
  }
  const own = blocks.filter((b) => b.kind === 'title' || b.kind === 'prose').reduce((n, b) => n + contentLength(b.text), 0);
  const templateChars = d.templates.reduce((n, t) => n + contentLength(t.join('')), 0);
  return { id, enterprise: d.names.enterprise, team: d.names.team, format: d.format, blocks, ownChars: own, copiedChars, templateChars };
}
