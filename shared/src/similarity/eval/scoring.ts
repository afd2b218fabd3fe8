// Scores a 材料查重 run on an evaluation corpus against what was planted: recall and the share shown, by copy level and
// edit strength; precision; false alarms among unrelated pairs; template clusters found; pairs that share nothing but
// boilerplate and were reported anyway. Takes detectCorpus()'s result as it is (pairs, clusters, candidates).

import { EDIT_STRENGTHS, type EditStrength } from './copy-model.js';
import type { EvalCorpus } from './eval-corpus.js';

/** The part of detectCorpus()'s result the scoring reads. */
export interface DetectionOutput {
  pairs: ReadonlyArray<{ a: string; b: string; figures: { score: number; coverageA: number; coverageB: number } }>;
  clusters: ReadonlyArray<{ documents: readonly string[] }>;
  candidates: number;
}

export interface Thresholds {
  /** Score from which a pair is reported (options.reportFrom) and flagged 疑似雷同 (options.suspiciousFrom). */
  reportFrom: number;
  suspiciousFrom: number;
}

export interface CellScore {
  level: number;
  /** Undefined: the row of all strengths at this level. */
  strength?: EditStrength;
  pairs: number;
  reported: number;
  flagged: number;
  /** Mean planted share, and the mean share reported for the copy (over reported pairs). */
  plantedShare: number;
  reportedShare: number;
  /** |reported − planted| over reported pairs: mean and worst. */
  meanError: number;
  worstError: number;
}

export interface TemplateScore {
  id: string;
  size: number;
  found: boolean;
  /** The best cluster's cover of the template's documents. */
  cover: number;
}

export interface EvalScore {
  cells: CellScore[];
  levels: CellScore[];
  /** Flagged pairs that are planted or share a template, over all flagged. */
  precision: number;
  flagged: number;
  /** Unrelated pairs (no link, no template in common): how many, flagged, reported (share only boilerplate). */
  unrelatedPairs: number;
  falseAlarms: number;
  boilerplateOnlyReported: number;
  /** Reported pairs by what they are. */
  reportedPlanted: number;
  reportedTemplate: number;
  templates: TemplateScore[];
  candidates: number;
}

const FOUND_COVER = 0.8;
const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function scoreDetection(corpus: EvalCorpus, result: DetectionOutput, thresholds: Thresholds): EvalScore {
  const found = new Map(result.pairs.map((p) => [key(p.a, p.b), p]));
  const planted = new Set(corpus.planted.map((p) => key(p.copy, p.source)));
  const templated = new Set<string>();
  for (const t of corpus.templates) for (const a of t.documents) for (const b of t.documents) if (a !== b) templated.add(key(a, b));

  const outcomes = corpus.planted.map((p) => {
    const pair = found.get(key(p.copy, p.source));
    const score = pair?.figures.score ?? 0;
    const reported = pair !== undefined && score >= thresholds.reportFrom;
    const share = pair ? (pair.a === p.copy ? pair.figures.coverageA : pair.figures.coverageB) : 0;
    return { p, reported, flagged: reported && score >= thresholds.suspiciousFrom, share };
  });
  const row = (level: number, strength: EditStrength | undefined): CellScore => {
    const these = outcomes.filter((o) => o.p.level === level && (strength === undefined || o.p.strength === strength));
    const reported = these.filter((o) => o.reported);
    const errors = reported.map((o) => Math.abs(o.share - o.p.share));
    return {
      level,
      ...(strength ? { strength } : {}),
      pairs: these.length,
      reported: reported.length,
      flagged: these.filter((o) => o.flagged).length,
      plantedShare: mean(these.map((o) => o.p.share)),
      reportedShare: mean(reported.map((o) => o.share)),
      meanError: mean(errors),
      worstError: errors.length ? Math.max(...errors) : 0,
    };
  };
  const levels = [...new Set(corpus.planted.map((p) => p.level))].sort((x, y) => x - y);
  const strengths = EDIT_STRENGTHS.filter((s) => corpus.planted.some((p) => p.strength === s));

  let flagged = 0;
  let flaggedRelated = 0;
  let falseAlarms = 0;
  let boilerplateOnlyReported = 0;
  let reportedPlanted = 0;
  let reportedTemplate = 0;
  for (const pair of result.pairs) {
    if (pair.figures.score < thresholds.reportFrom) continue;
    const k = key(pair.a, pair.b);
    const related = planted.has(k) || templated.has(k);
    const isFlagged = pair.figures.score >= thresholds.suspiciousFrom;
    if (isFlagged) {
      flagged += 1;
      if (related) flaggedRelated += 1;
      else falseAlarms += 1;
    }
    if (planted.has(k)) reportedPlanted += 1;
    else if (templated.has(k)) reportedTemplate += 1;
    else boilerplateOnlyReported += 1;
  }
  const n = corpus.documents.length;
  const relatedPairs = new Set([...planted, ...templated]).size;

  const templates = corpus.templates.map((t) => {
    const members = new Set(t.documents);
    const cover = Math.max(0, ...result.clusters.map((c) => c.documents.filter((d) => members.has(d)).length / members.size));
    return { id: t.id, size: t.documents.length, found: cover >= FOUND_COVER, cover };
  });

  return {
    cells: levels.flatMap((level) => strengths.map((s) => row(level, s))),
    levels: levels.map((level) => row(level, undefined)),
    precision: flagged ? flaggedRelated / flagged : 1,
    flagged,
    unrelatedPairs: (n * (n - 1)) / 2 - relatedPairs,
    falseAlarms,
    boilerplateOnlyReported,
    reportedPlanted,
    reportedTemplate,
    templates,
    candidates: result.candidates,
  };
}

export interface TargetCheck {
  label: string;
  value: string;
  met: boolean;
}

/** Issue 18's targets. Recall counts pairs flagged 疑似雷同 (score ≥ suspiciousFrom), at 20 % as at ≥ 30 %. */
export function checkTargets(score: EvalScore): TargetCheck[] {
  const atLeast = (level: number) => score.levels.filter((l) => l.level >= level - 1e-9);
  const sum = (rows: CellScore[], f: (r: CellScore) => number) => rows.reduce((s, r) => s + f(r), 0);
  const high = atLeast(0.3);
  const highRecall = sum(high, (r) => r.flagged) / Math.max(1, sum(high, (r) => r.pairs));
  const twenty = score.levels.filter((l) => Math.abs(l.level - 0.2) < 1e-9);
  const twentyRecall = sum(twenty, (r) => r.flagged) / Math.max(1, sum(twenty, (r) => r.pairs));
  const worstMeanError = Math.max(0, ...score.levels.map((l) => l.meanError));
  const bigTemplates = score.templates.filter((t) => t.size >= 5);
  const pct = (x: number) => `${(x * 100).toFixed(1)}`;
  return [
    { label: '≥ 30 % 复制：疑似雷同召回率 ≥ 0.95', value: highRecall.toFixed(3), met: highRecall >= 0.95 },
    { label: '疑似雷同精确率 ≥ 0.95', value: score.precision.toFixed(3), met: score.precision >= 0.95 },
    { label: '20 % 复制：疑似雷同召回率 ≥ 0.80', value: twentyRecall.toFixed(3), met: twentyRecall >= 0.8 },
    { label: '显示比例与植入比例之差（各档平均）≤ 5 个百分点', value: `${pct(worstMeanError)} 点`, met: worstMeanError <= 0.05 },
    { label: '≥ 5 份文档的模板雷同全部找到', value: `${bigTemplates.filter((t) => t.found).length}/${bigTemplates.length}`, met: bigTemplates.every((t) => t.found) },
    { label: '仅共用套话的文档对报告数为 0', value: String(score.boilerplateOnlyReported), met: score.boilerplateOnlyReported === 0 },
  ];
}
