import { describe, expect, it } from '@jest/globals';
import type { PanelBox } from '../../api/console';
import { boxplotOption, funnelOption, gradesOption, panelVerdicts, perUnitHeight, perUnitOption, unitSegments } from './chart-options';

const box = (panelNo: number, median: number, spread = 2, n = 9): PanelBox => ({
  panelNo,
  n,
  min: median - 2 * spread,
  q1: median - spread / 2,
  median,
  q3: median + spread / 2,
  max: median + 2 * spread,
  mean: median + 0.3,
});

type Series = { type: string; name: string; data: unknown[] };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;
const xLabels = (option: unknown) => (option as { xAxis: { data: string[] } }).xAxis.data;

describe('box plots of scores per panel', () => {
  it('passes the five numbers through as given and draws the mean as a scatter mark', () => {
    const boxes = [box(1, 82), box(2, 84)];
    const option = boxplotOption(boxes);
    const [boxplot, scatter] = seriesOf(option);
    expect(boxplot!.type).toBe('boxplot');
    expect((boxplot!.data[0] as { value: number[] }).value).toEqual([78, 81, 82, 83, 86]);
    expect(scatter!.type).toBe('scatter');
    expect(scatter!.data).toEqual([
      [0, 82.3],
      [1, 84.3],
    ]);
  });

  it('makes a harsh and a lenient panel stand out: labelled and coloured', () => {
    const boxes = [box(1, 84), box(2, 85), box(3, 71), box(4, 84.5), box(5, 95)];
    expect(panelVerdicts(boxes)).toEqual([null, null, 'harsh', null, 'lenient']);
    const option = boxplotOption(boxes);
    expect(xLabels(option)).toEqual(['第1组', '第2组', '第3组（偏严）', '第4组', '第5组（偏松）']);
    const styles = (seriesOf(option)[0]!.data as Array<{ itemStyle: { borderColor: string } }>).map((d) => d.itemStyle.borderColor);
    expect(new Set([styles[0], styles[1], styles[3]]).size).toBe(1);
    expect(styles[2]).not.toBe(styles[0]);
    expect(styles[4]).not.toBe(styles[0]);
    expect(styles[4]).not.toBe(styles[2]);
  });

  it('flags nothing with one panel, with panels alike, or for a panel without sheets', () => {
    expect(panelVerdicts([box(1, 60)])).toEqual([null]);
    expect(panelVerdicts([box(1, 80), box(2, 80.5), box(3, 79.8)])).toEqual([null, null, null]);
    expect(panelVerdicts([box(1, 80), box(2, 80.2), box(3, 20, 2, 0)])).toEqual([null, null, null]);
  });
});

describe('the other charts', () => {
  it('funnel keeps the stage order and the counts', () => {
    const option = funnelOption([
      { key: 'submitted', label: '已提交', count: 10 },
      { key: 'recommended', label: '已推荐', count: 8 },
      { key: 'certified', label: '已颁证', count: 2 },
    ]);
    const funnel = seriesOf(option)[0]!;
    expect(funnel.type).toBe('funnel');
    expect((funnel.data as Array<{ name: string; value: number }>).map((d) => [d.name, d.value])).toEqual([
      ['已提交', 10],
      ['已推荐', 8],
      ['已颁证', 2],
    ]);
  });

  it('per-unit bars stack disjoint segments that add up to the submitted count', () => {
    const u = { unitId: 1, seq: 1, name: '中国冶金建设协会', submitted: 10, recommended: 7, screenedIn: 5, graded: 2 };
    expect(unitSegments(u)).toEqual({ graded: 2, screenedIn: 3, recommended: 2, submitted: 3 });
    const option = perUnitOption([u, { ...u, unitId: 2, seq: 2, name: '乙', submitted: 1, recommended: 0, screenedIn: 0, graded: 0 }]);
    const series = seriesOf(option);
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'bar', 'bar']);
    // Bottom-up axis: seq 2 first, seq 1 last (drawn at the top).
    expect((option as { yAxis: { data: string[] } }).yAxis.data).toEqual(['2. 乙', '1. 中国冶金建设协会']);
    expect(series.reduce((sum, s) => sum + (s.data[1] as number), 0)).toBe(10);
    expect(perUnitHeight(70)).toBeGreaterThan(perUnitHeight(3));
  });

  it('grades: counts beside slots, a grade over its cap in another colour', () => {
    const option = gradesOption({
      graded: 10,
      caps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 50 },
      slots: { excellent: 1, exemplary: 4 },
      counts: { excellent: 2, exemplary: 3, improving: 5 },
    });
    const [counts, slots] = seriesOf(option);
    expect((counts!.data as Array<{ value: number }>).map((d) => d.value)).toEqual([2, 3, 5]);
    expect(slots!.data).toEqual([1, 4, 5]);
    const colors = (counts!.data as Array<{ itemStyle: { color: string } }>).map((d) => d.itemStyle.color);
    expect(colors[0]).not.toBe(colors[1]);
    expect(colors[1]).toBe(colors[2]);
    expect(xLabels(option)[0]).toContain('≤10%');
    expect(xLabels(option)[2]).toContain('改进级');
  });
});
