import type { EChartsOption } from 'echarts';
import type { FunnelStep, GradeFigures, PanelBox, UnitProgress } from '../../api/console';

/** The console's charts as plain ECharts options, built from the dashboard's figures (pure, tested without a canvas). */

export const PALETTE = {
  primary: '#1f4e8c',
  blue: '#3a7bd5',
  light: '#7fb0f0',
  pale: '#c9dcf5',
  harsh: '#d4380d',
  lenient: '#d48806',
  ok: '#389e0d',
  text: '#4e5969',
  grid: '#e5e6eb',
};

const FONT = { fontSize: 12, color: PALETTE.text };

export type PanelVerdict = 'harsh' | 'lenient' | null;

const medianOf = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * A panel is harsh (lenient) when its median lies below (above) the median of all panels' medians by more than the
 * typical spread within a panel — the median of the panels' interquartile ranges (at least half a point).
 */
export function panelVerdicts(boxes: readonly PanelBox[]): PanelVerdict[] {
  const scored = boxes.filter((b) => b.n > 0);
  if (scored.length < 2) return boxes.map(() => null);
  const center = medianOf(scored.map((b) => b.median));
  const spread = Math.max(0.5, medianOf(scored.map((b) => b.q3 - b.q1)));
  return boxes.map((b) => {
    if (b.n === 0) return null;
    if (b.median - center < -spread) return 'harsh';
    if (b.median - center > spread) return 'lenient';
    return null;
  });
}

const VERDICT_LABEL = { harsh: '偏严', lenient: '偏松' } as const;

export function panelLabel(box: PanelBox, verdict: PanelVerdict): string {
  return `第${box.panelNo}组${verdict ? `（${VERDICT_LABEL[verdict]}）` : ''}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Box plots of one kind of score per panel, the five numbers as given, the mean as a diamond; harsh/lenient panels in colour. */
export function boxplotOption(boxes: readonly PanelBox[], unit = '分'): EChartsOption {
  const verdicts = panelVerdicts(boxes);
  const colorOf = (v: PanelVerdict) => (v === 'harsh' ? PALETTE.harsh : v === 'lenient' ? PALETTE.lenient : PALETTE.primary);
  const categories = boxes.map((b, i) => panelLabel(b, verdicts[i]!));
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 40 },
    legend: { top: 0, right: 0, data: ['五数概括', '平均分'], textStyle: FONT },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataIndex, seriesName } = p as { dataIndex: number; seriesName: string };
        const b = boxes[dataIndex];
        if (!b) return '';
        if (seriesName === '平均分') return `${categories[dataIndex]}<br/>平均 ${round2(b.mean)} ${unit}`;
        return [
          `${categories[dataIndex]}（${b.n} 份）`,
          `最高 ${round2(b.max)}`,
          `上四分位 ${round2(b.q3)}`,
          `中位数 ${round2(b.median)}`,
          `下四分位 ${round2(b.q1)}`,
          `最低 ${round2(b.min)}`,
          `平均 ${round2(b.mean)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: categories, axisLabel: { ...FONT, interval: 0 }, axisLine: { lineStyle: { color: PALETTE.grid } } },
    yAxis: {
      type: 'value',
      name: unit,
      scale: true,
      axisLabel: FONT,
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series: [
      {
        name: '五数概括',
        type: 'boxplot',
        boxWidth: [16, 48],
        itemStyle: { color: `${PALETTE.primary}22`, borderColor: PALETTE.primary },
        data: boxes.map((b, i) => ({
          value: [b.min, b.q1, b.median, b.q3, b.max],
          itemStyle: { color: `${colorOf(verdicts[i]!)}22`, borderColor: colorOf(verdicts[i]!), borderWidth: verdicts[i] ? 2.5 : 1.5 },
        })),
      },
      {
        name: '平均分',
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: '#fff', borderColor: PALETTE.text, borderWidth: 2 },
        data: boxes.map((b, i) => [i, b.mean]),
      },
    ],
  };
}

/** Applications through each stage, as a funnel whose labels carry the count and the share of the first step. */
export function funnelOption(steps: readonly FunnelStep[]): EChartsOption {
  const first = steps[0]?.count ?? 0;
  const colors = [PALETTE.primary, '#2a5fa6', PALETTE.blue, '#5a95e0', PALETTE.light, '#a6c8f5', PALETTE.pale];
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个' },
    series: [
      {
        name: '申报',
        type: 'funnel',
        sort: 'none',
        left: '6%',
        right: '30%',
        top: 12,
        bottom: 12,
        minSize: '8%',
        gap: 2,
        label: {
          position: 'right',
          fontSize: 12,
          color: PALETTE.text,
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: number };
            const share = first > 0 ? `（${Math.round((value / first) * 100)}%）` : '';
            return `${name}  ${value}${share}`;
          },
        },
        labelLine: { show: true, lineStyle: { color: PALETTE.grid } },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: steps.map((s, i) => ({ name: s.label, value: s.count, itemStyle: { color: colors[Math.min(i, colors.length - 1)] } })),
      },
    ],
  };
}

/**
 * The cumulative per-unit figures (submitted ⊇ recommended ⊇ screenedIn ⊇ graded) as disjoint segments that add up to
 * the submitted count, so that stacking them does not count an application twice.
 */
export const UNIT_SEGMENTS = [
  { key: 'graded', label: '已评定等级', color: PALETTE.primary },
  { key: 'screenedIn', label: '初选通过', color: PALETTE.blue },
  { key: 'recommended', label: '已推荐', color: PALETTE.light },
  { key: 'submitted', label: '已提交未推荐', color: PALETTE.pale },
] as const;

export function unitSegments(u: UnitProgress): Record<(typeof UNIT_SEGMENTS)[number]['key'], number> {
  const graded = Math.max(0, u.graded);
  const screenedIn = Math.max(graded, u.screenedIn);
  const recommended = Math.max(screenedIn, u.recommended);
  const submitted = Math.max(recommended, u.submitted);
  return { graded, screenedIn: screenedIn - graded, recommended: recommended - screenedIn, submitted: submitted - recommended };
}

/** Height in px of the per-unit chart: one row per unit, so that many units scroll instead of squeezing. */
export const perUnitHeight = (units: number) => Math.max(260, 70 + units * 26);

/** Horizontal stacked bars, one per unit (in 序号 order, first at the top). */
export function perUnitOption(units: readonly UnitProgress[]): EChartsOption {
  const rows = [...units].sort((a, b) => b.seq - a.seq); // category axes draw bottom-up
  const short = (name: string) => (name.length > 12 ? `${name.slice(0, 12)}…` : name);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: FONT, itemWidth: 14, itemHeight: 10 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (params as Array<{ dataIndex: number }>)[0];
        const u = first ? rows[first.dataIndex] : undefined;
        if (!u) return '';
        return `${u.seq}. ${u.name}<br/>已提交 ${u.submitted}<br/>已推荐 ${u.recommended}<br/>初选通过 ${u.screenedIn}<br/>已评定 ${u.graded}`;
      },
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: PALETTE.grid } } },
    yAxis: { type: 'category', data: rows.map((u) => `${u.seq}. ${short(u.name)}`), axisLabel: FONT, axisTick: { show: false } },
    series: UNIT_SEGMENTS.map((segment) => ({
      name: segment.label,
      type: 'bar' as const,
      stack: 'applications',
      barMaxWidth: 16,
      itemStyle: { color: segment.color },
      data: rows.map((u) => unitSegments(u)[segment.key]),
    })),
  };
}

const asPercent = (cap: number) => (cap <= 1 ? cap * 100 : cap);

/** Grades allocated against the caps: the count of each grade beside its slots; a grade over its slots in red. */
export function gradesOption(g: GradeFigures): EChartsOption {
  const labels = [
    `卓越级\n≤${asPercent(g.caps.excellentMax)}%`,
    `示范级\n≤${asPercent(g.caps.exemplaryMax)}%`,
    `改进级\n≥${asPercent(g.caps.improvingMin)}%`,
  ];
  const counts = [g.counts.excellent, g.counts.exemplary, g.counts.improving];
  const improvingFloor = Math.ceil((asPercent(g.caps.improvingMin) / 100) * g.graded);
  const slots = [g.slots.excellent, g.slots.exemplary, improvingFloor];
  const over = (i: number) => (i < 2 ? counts[i]! > slots[i]! : counts[i]! < slots[i]!);
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 36, bottom: 44 },
    legend: { top: 0, right: 0, textStyle: FONT, data: ['已评定', '名额（改进级为下限）'] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: labels, axisLabel: { ...FONT, interval: 0, lineHeight: 16 }, axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: PALETTE.grid } } },
    series: [
      {
        name: '已评定',
        type: 'bar',
        barMaxWidth: 40,
        label: { show: true, position: 'top', fontSize: 12 },
        data: counts.map((c, i) => ({ value: c, itemStyle: { color: over(i) ? PALETTE.harsh : PALETTE.primary } })),
        itemStyle: { color: PALETTE.primary },
      },
      {
        name: '名额（改进级为下限）',
        type: 'bar',
        barMaxWidth: 40,
        label: { show: true, position: 'top', fontSize: 12, color: PALETTE.text },
        itemStyle: { color: PALETTE.pale, borderColor: PALETTE.light, borderType: 'dashed', borderWidth: 1 },
        data: slots,
      },
    ],
  };
}
