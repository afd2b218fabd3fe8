// The evaluation's printed report: the table by copy level and edit strength, then precision, false alarms, template
// clusters and the targets. Plain text, for the console and for the jest spec's failure message.

import { EDIT_STRENGTH_LABEL } from './copy-model.js';
import type { EvalCorpus } from './eval-corpus.js';
import { checkTargets, type CellScore, type EvalScore } from './scoring.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const points = (x: number) => (x * 100).toFixed(1);

function table(header: string[], rows: string[][]): string[] {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/u.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function cellRow(c: CellScore): string[] {
  return [
    `${Math.round(c.level * 100)}%`,
    c.strength ? EDIT_STRENGTH_LABEL[c.strength] : '合计',
    String(c.pairs),
    String(c.reported),
    String(c.flagged),
    c.pairs ? (c.flagged / c.pairs).toFixed(2) : '-',
    c.pairs ? (c.reported / c.pairs).toFixed(2) : '-',
    pct(c.plantedShare),
    c.reported ? pct(c.reportedShare) : '-',
    c.reported ? points(c.meanError) : '-',
    c.reported ? points(c.worstError) : '-',
  ];
}

export function formatScore(label: string, corpus: EvalCorpus, score: EvalScore): string[] {
  const lengths = corpus.documents.map((d) => d.blocks.reduce((n, b) => n + b.text.length, 0));
  const out = [
    `${label}: ${corpus.documents.length} 份文档（${Math.min(...lengths)}–${Math.max(...lengths)} 字），植入复制 ${corpus.planted.length} 对，` +
      `模板 ${corpus.templates.map((t) => t.documents.length).join('/')} 份；用去段落 ${corpus.paragraphsUsed}/${corpus.paragraphsGiven}`,
    '',
  ];
  const rows: string[][] = [];
  for (const level of score.levels) {
    for (const c of score.cells.filter((x) => x.level === level.level)) rows.push(cellRow(c));
    rows.push(cellRow(level));
  }
  out.push(
    ...table(['复制比例', '改写', '对数', '报告', '疑似', '召回(疑似)', '召回(报告)', '植入比例', '显示比例', '误差均值(点)', '误差最大(点)'], rows),
    '',
    `疑似雷同 ${score.flagged} 对，精确率 ${score.precision.toFixed(3)}；无关文档对 ${score.unrelatedPairs} 对中误报（疑似）${score.falseAlarms} 对，` +
      `仅共用套话却被报告 ${score.boilerplateOnlyReported} 对`,
    `报告的文档对：植入复制 ${score.reportedPlanted}，模板共用 ${score.reportedTemplate}，其他 ${score.boilerplateOnlyReported}；候选对 ${score.candidates}`,
    `模板雷同：${score.templates.map((t) => `${t.size} 份 ${t.found ? '找到' : '未找到'}（覆盖 ${pct(t.cover)}）`).join('；')}`,
  );
  return out;
}

export function formatTargets(score: EvalScore): string[] {
  return checkTargets(score).map((t) => `${t.met ? '达到 met    ' : '未达到 NOT met'}  ${t.label}：${t.value}`);
}

/** Edits per 100 content characters of copied text reached in each strength (the shortfall is where the table ran out). */
export function formatEditRates(corpus: EvalCorpus): string[] {
  const rows: string[][] = [];
  for (const strength of ['light', 'medium', 'heavy'] as const) {
    const planted = corpus.planted.filter((p) => p.strength === strength);
    const copied = planted.reduce((n, p) => n + p.share * (corpus.documents.find((d) => d.id === p.copy)?.ownChars ?? 0), 0) / 100;
    const total = (f: (p: (typeof planted)[number]) => number) => (copied ? (planted.reduce((n, p) => n + f(p), 0) / copied).toFixed(2) : '-');
    rows.push([
      EDIT_STRENGTH_LABEL[strength],
      total((p) => p.edits.swaps),
      total((p) => p.edits.swapShortfall),
      total((p) => p.edits.punctuation),
      total((p) => p.edits.insertions),
      total((p) => p.edits.deletions),
    ]);
  }
  return table(['改写', '同义替换', '替换不足', '标点', '插入', '删除'], rows).map((l) => `  ${l}`);
}
