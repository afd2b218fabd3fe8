import { describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '@cacem/shared';
import { checkForm, formFieldOf, formToSettings, nextId, problemsByField, rubricsChanged, rubricTotals, settingsToForm } from './settings-form';

const SETTINGS: CampaignSettings = {
  year: 2026,
  name: '2026年度工程建设质量信得过班组活动',
  noticeRef: '中施企协字〔2026〕1号',
  windows: {
    registration: { opens: '2026-03-01', closes: '2026-05-31' },
    materialsReview: { opens: '2026-06-01', closes: '2026-07-15' },
    presentations: { opens: '2026-08-01', closes: '2026-09-30' },
  },
  statisticsPeriod: { from: '2025-01', to: '2025-12' },
  weights: { materials: 60, presentation: 40 },
  gradeCaps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 20 },
  rubrics: {
    materials: {
      kind: 'materials',
      total: 60,
      step: 0.5,
      isDefault: true,
      source: '默认',
      categories: [
        { id: 'm1', title: '班组建设', items: [{ id: 'm1a', title: '组织', max: 30, guidance: '看组织' }, { id: 'm1b', title: '制度', max: 30 }] },
      ],
    },
    presentation: { kind: 'presentation', total: 40, step: 0.5, isDefault: true, source: '默认', categories: [{ id: 'p1', title: '发布', items: [{ id: 'p1a', title: '表达', max: 40 }] }] },
  },
  scoring: { aggregation: 'trimmed' },
  eligibility: { minActivityRecords: 4 },
};

describe('settings form ↔ CampaignSettings', () => {
  it('round-trips the settings unchanged', () => {
    expect(formToSettings(settingsToForm(SETTINGS))).toEqual(SETTINGS);
    expect(checkForm(settingsToForm(SETTINGS))).toEqual({});
  });

  it('keeps the rubric total equal to the weight, and a half-typed number fails the check on its field', () => {
    const form = settingsToForm(SETTINGS);
    form.weightMaterials = '70';
    form.weightPresentation = '30';
    const s = formToSettings(form);
    expect(s.rubrics.materials.total).toBe(70);
    expect(s.rubrics.presentation.total).toBe(30);
    form.minActivityRecords = 'x';
    const problems = checkForm(form);
    expect(Object.keys(problems)).toEqual(expect.arrayContaining(['rubrics.materials', 'rubrics.presentation', 'eligibility.minActivityRecords']));
  });

  it('notices rubric edits only', () => {
    const a = settingsToForm(SETTINGS);
    const b = settingsToForm(SETTINGS);
    b.name = '改名';
    expect(rubricsChanged(a, b)).toBe(false);
    b.rubrics.materials.categories[0]!.items[0]!.guidance = '新的说明';
    expect(rubricsChanged(a, b)).toBe(true);
  });
});

describe('rubric totals', () => {
  it('adds the items by step, per category and in all, against the required total', () => {
    const form = settingsToForm(SETTINGS);
    expect(rubricTotals(form.rubrics.materials, form.weightMaterials)).toEqual({ sum: 60, required: 60, perCategory: [60], ok: true });
    form.rubrics.materials.categories[0]!.items[0]!.max = '29.5';
    expect(rubricTotals(form.rubrics.materials, '60')).toMatchObject({ sum: 59.5, ok: false });
    form.rubrics.materials.categories[0]!.items[1]!.max = '';
    expect(rubricTotals(form.rubrics.materials, '60')).toMatchObject({ sum: null, perCategory: [null], ok: false });
  });

  it('adds 0.1 steps exactly', () => {
    const form = settingsToForm(SETTINGS);
    const r = { ...form.rubrics.presentation, step: 0.1, categories: [{ id: 'c', title: 'c', items: [{ id: 'a', title: 'a', max: '0.1', guidance: '' }, { id: 'b', title: 'b', max: '0.2', guidance: '' }] }] };
    expect(rubricTotals(r, '0.3')).toMatchObject({ sum: 0.3, ok: true });
  });

  it('makes ids not in use', () => {
    const form = settingsToForm(SETTINGS);
    expect(nextId(form.rubrics.materials, 'm')).toBe('m2');
    expect(nextId(form.rubrics.presentation, 'x')).toBe('x1');
  });
});

describe('server problems → form fields', () => {
  it('maps every path the checker writes', () => {
    expect(formFieldOf('name')).toBe('name');
    expect(formFieldOf('windows.materialsReview')).toBe('windows.materialsReview');
    expect(formFieldOf('statisticsPeriod')).toBe('statisticsPeriod');
    expect(formFieldOf('scoring.aggregation')).toBe('scoring.aggregation');
    expect(formFieldOf('eligibility.minActivityRecords')).toBe('eligibility.minActivityRecords');
    expect(formFieldOf('rubrics.materials.total')).toBe('rubrics.materials');
    expect(formFieldOf('rubrics.presentation')).toBe('rubrics.presentation');
    expect(formFieldOf('rubrics.materials.categories[1].title')).toBe('rubrics.materials.c1.title');
    expect(formFieldOf('rubrics.materials.categories[1].items')).toBe('rubrics.materials.c1');
    expect(formFieldOf('rubrics.materials.categories[0].items[2].max')).toBe('rubrics.materials.c0.i2.max');
    expect(formFieldOf('settings')).toBe('settings');
    expect(formFieldOf('something.else')).toBe('settings');
  });

  it('groups the server list by field, without the path before ：', () => {
    const grouped = problemsByField([
      { field: 'weights', message: 'weights：资料审核与成果发布分值之和应为 100' },
      { field: 'rubrics.materials.categories[0].items[1].max', message: 'rubrics.materials.categories[0].items[1].max：评分项「制度」的分值应为正数' },
      '年度不能修改',
    ]);
    expect(grouped).toEqual({
      weights: ['资料审核与成果发布分值之和应为 100'],
      'rubrics.materials.c0.i1.max': ['评分项「制度」的分值应为正数'],
      settings: ['年度不能修改'],
    });
  });
});
