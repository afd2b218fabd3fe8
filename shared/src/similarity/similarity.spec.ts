import { describe, expect, it } from '@jest/globals';
import { compareTexts } from './compare.js';
import { evaluateDetection } from './evaluation.js';
import { candidatePairs, fingerprint } from './fingerprints.js';
import { stripPageFurniture } from './furniture.js';
import { normaliseDocument, normaliseText, pageAt } from './normalise.js';
import { describePassages } from './passages.js';
import { ShingleFrequency } from './shingle-frequency.js';
import { distinctShingles, shingleHashes } from './shingles.js';
import { SimilarityIndex } from './similarity-index.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const never = { isEvidence: () => true, isBoilerplate: () => false };
const text = (s: string) => {
  const t = normaliseText([s]).text;
  return { text: t, hashes: shingleHashes(t) };
};

describe('normalisation', () => {
  it('folds full-width forms, case, punctuation and whitespace away', () => {
    expect(normaliseText(['ＱＣ小组 活动，一次合格率１００％！\n第２页']).text).toBe('qc小组活动一次合格率100第2页');
    expect(normaliseText(['Ｈｅｌｌｏ, World.  ①']).text).toBe('helloworld1');
  });

  it('keeps where each character came from, page by page', () => {
    const doc = normaliseDocument(['甲，乙', '  丙丁']);
    expect(doc.text).toBe('甲乙丙丁');
    expect(doc.pageStarts).toEqual([0, 2]);
    expect([...doc.origins]).toEqual([0, 2, 2, 3]);
    expect(pageAt(doc.pageStarts, 1)).toBe(0);
    expect(pageAt(doc.pageStarts, 2)).toBe(1);
  });
});

describe('shingles and frequencies', () => {
  it('hashes every character n-gram, and the same text the same way', () => {
    expect(shingleHashes('一二三四五六').length).toBe(2);
    expect([...shingleHashes('一二三四五')]).toEqual([...shingleHashes('一二三四五')]);
    expect(distinctShingles(shingleHashes('一二三四五一二三四五一二三四五')).length).toBe(5);
  });

  it('counts in how many documents a shingle appears: widespread from four, boilerplate only when marked', () => {
    const frequency = new ShingleFrequency(1000);
    const phrase = distinctShingles(shingleHashes('坚持安全第一预防为主综合治理'));
    for (let d = 0; d < 12; d++) frequency.add(distinctShingles(shingleHashes(`坚持安全第一预防为主综合治理第${d}号班组独有的内容`)));
    frequency.markBoilerplate(distinctShingles(shingleHashes('班组名称成立时间人员构成')));
    const widespread = frequency.widespreadPredicate();
    const boilerplate = frequency.boilerplatePredicate();
    expect([...phrase].every((h) => widespread(h) && !boilerplate(h))).toBe(true);
    expect(widespread(shingleHashes('第3号班组独有')[0]!)).toBe(false);
    expect(boilerplate(shingleHashes('班组名称成立')[0]!)).toBe(true);
    expect(frequency.frequency(phrase[0]!)).toBe(12);
  });
});

describe('fingerprints and candidates', () => {
  it('makes candidates of documents sharing sampled text, not of unrelated ones', () => {
    const corpus = syntheticCorpus({ seed: 'fp', independent: 6, copiesPerProportion: 1, proportions: [0.3], pages: 2, charsPerPage: 800, templates: false });
    const sets = corpus.documents.map((d) => distinctShingles(shingleHashes(normaliseText(d.pages).text)));
    const frequency = new ShingleFrequency(20000);
    for (const set of sets) frequency.add(set);
    const widespread = frequency.widespreadPredicate();
    const prints = sets.map((set) => fingerprint(set, (h) => !widespread(h), (h) => frequency.frequency(h) >= 2));
    const copy = corpus.documents.length - 1;
    const source = corpus.documents.findIndex((d) => d.id === corpus.planted[0]!.sourceId);
    expect(candidatePairs(prints)).toContainEqual([Math.min(source, copy), Math.max(source, copy)]);
    expect(candidatePairs(prints, undefined, () => false)).toEqual([]);
    expect(fingerprint(new Uint32Array(), () => true, () => true)).toBeNull();
  });
});

describe('page furniture', () => {
  it('drops running headers, footers and page numbers, and keeps the text', () => {
    const bodies = ['班组概况与人员构成。', '质量管理活动的开展情况。', '现场活动记录与照片。', '成果及效益。'];
    const pages = bodies.map((body, p) => `中建某局第三项目部 质量信得过班组申报材料\n${body}\n第 ${p + 1} 页 共 4 页`);
    const stripped = stripPageFurniture(pages);
    expect(stripped).toEqual(bodies);
    expect(stripPageFurniture(['只有一页的文字\n- 3 -'])).toEqual(['只有一页的文字']);
  });
});

describe('exact comparison', () => {
  it('measures containment, Jaccard and the copied share through light edits and reordering', () => {
    const own = '本班组成立于二零一九年主要承担住宅工程的钢筋加工和安装任务现有成员十二人其中高级工四人';
    const taken = '通过开展质量管理小组活动攻克了钢筋直螺纹连接一次合格率偏低的难题合格率由百分之九十二提高到百分之九十九';
    const a = text(`${own}${taken}`);
    const b = text(`另一个班组的介绍文字完全不同内容也不相干，${taken.replace('难题', '难点')}。`);
    const figures = compareTexts(a, b, never);
    expect(figures.spans.length).toBeGreaterThan(0);
    expect(figures.coverageB).toBeGreaterThan(0.6);
    expect(figures.coverageA).toBeGreaterThan(0.4);
    expect(figures.coverageA).toBeLessThan(0.7);
    expect(figures.score).toBe(Math.max(figures.coverageA, figures.coverageB));
    expect(compareTexts(a, text('毫不相干的一段文字内容描述别的事情'), never).score).toBe(0);
  });

  it('takes neither boilerplate nor widespread text as copied, and leaves boilerplate out of each document\'s own text', () => {
    const shared = '坚持安全第一预防为主综合治理的方针认真落实技术交底和样板引路制度';
    const a = text(`${shared}甲班组独有的大量内容描述甲的工作方法与成效`);
    const b = text(`${shared}乙班组完全不同的经验总结和工作体会`);
    const sharedHashes = new Set(shingleHashes(normaliseText([shared]).text));
    expect(compareTexts(a, b, never).score).toBeGreaterThan(0.5);
    expect(compareTexts(a, b, { isEvidence: (h) => !sharedHashes.has(h), isBoilerplate: () => false }).score).toBe(0);
    expect(compareTexts(a, b, { isEvidence: (h) => !sharedHashes.has(h), isBoilerplate: (h) => sharedHashes.has(h) }).score).toBe(0);

    const taken = '通过开展质量管理小组活动攻克了钢筋直螺纹连接一次合格率偏低的难题合格率由百分之九十二提高到百分之九十九';
    const own = '本班组成立于二零一九年主要承担住宅工程的钢筋加工和安装任务现有成员十二人其中高级工四人另有普工八人';
    const copy = text(`${shared}${taken}${own}`);
    const source = text(`另一个班组的介绍文字完全不同内容也不相干${taken}`);
    const figures = compareTexts(copy, source, { isEvidence: (h) => !sharedHashes.has(h), isBoilerplate: (h) => sharedHashes.has(h) });
    expect(figures.ownCharsA).toBe(copy.text.length - normaliseText([shared]).text.length);
    expect(figures.coverageA).toBeCloseTo(taken.length / (taken.length + own.length), 2);
  });

  it('neither starts a passage where two pieces of boilerplate meet nor runs one through boilerplate', () => {
    const heading = '三质量管理活动开展情况';
    const item = '运用全面质量管理的思想和方法开展质量控制质量改进和质量创新活动的情况';
    const boilerplateHashes = new Set([...shingleHashes(heading), ...shingleHashes(item)]);
    const classes = { isEvidence: (h: number) => !boilerplateHashes.has(h), isBoilerplate: (h: number) => boilerplateHashes.has(h) };
    const taken = '项目部每周组织一次质量讲评会由班组长通报本周检查发现的问题';
    const a = text(`甲班组自己写的开头${heading}${item}${taken}甲班组自己的结尾`);
    const b = text(`乙班组完全不同的开头${heading}${item}${taken}乙班组的其他内容`);
    const figures = compareTexts(a, b, classes);
    expect(figures.spans).toHaveLength(1);
    expect(a.text.slice(...figures.spans[0]!.a)).toBe(taken);
    expect(compareTexts(text(`甲的开头${heading}${item}甲的结尾`), text(`乙的开头${heading}${item}乙的结尾`), classes).spans).toEqual([]);
  });

  it('finds a copied passage through swapped words, insertions and repeats', () => {
    const source = text('项目部每周组织一次质量讲评会由班组长通报本周检查发现的问题分析原因落实整改责任人和完成时间整改结果在下周讲评会上逐项销号');
    const copy = text(
      '我们的做法是每月开展技术比武。项目部每周开展一次质量讲评会，由班组长通报本周检查发现的问题，同时分析原因，落实整改责任人和完成期限，整改结果在下周讲评会上逐项销号。',
    );
    const figures = compareTexts(copy, source, never);
    expect(figures.spans).toHaveLength(1);
    expect(figures.coverageB).toBeGreaterThan(0.9);
    const between = '中间是别的内容完全不同的一段话';
    const twice = text(`${source.text}${between}${source.text}`);
    expect(compareTexts(source, twice, never).coverageB).toBeCloseTo((2 * source.text.length) / twice.text.length, 2);
  });

  it('maps passages back to the original wording with page numbers', () => {
    const pagesA = ['第一页开头的文字。', '通过开展质量管理小组活动，攻克了钢筋直螺纹连接一次合格率偏低的难题。'];
    const pagesB = ['通过开展质量管理小组活动，攻克了钢筋直螺纹连接一次合格率偏低的难题！其他内容'];
    const a = text(pagesA.join(''));
    const b = text(pagesB.join(''));
    const figures = compareTexts({ text: normaliseText(pagesA).text, hashes: shingleHashes(normaliseText(pagesA).text) }, b, never);
    expect(a.text).toBe(normaliseText(pagesA).text);
    const [passage] = describePassages(pagesA, pagesB, figures.spans);
    expect(passage!.a.fromPage).toBe(2);
    expect(passage!.b.fromPage).toBe(1);
    expect(passage!.a.text).toBe('通过开展质量管理小组活动，攻克了钢筋直螺纹连接一次合格率偏低的难题');
    // A PDF's line wrap inside Chinese text is layout: the passage reads as one line.
    const wrapped = ['前言。\n通过开展质量管理小组活动，攻克了钢筋直螺\n纹连接一次合格率偏低的难题。\nEnd'];
    const w = compareTexts(text(wrapped[0]!), b, never);
    expect(describePassages(wrapped, pagesB, w.spans)[0]!.a.text).toBe('通过开展质量管理小组活动，攻克了钢筋直螺纹连接一次合格率偏低的难题');
  });
});

describe('evaluation on a synthetic corpus (issue 8 target)', () => {
  it('flags pairs sharing 30 % or more, and raises no false alarm on common text', () => {
    const corpus = syntheticCorpus({ seed: 'unit', independent: 120, copiesPerProportion: 10, proportions: [0.1, 0.2, 0.3, 0.5, 0.9], pages: 4, charsPerPage: 800 });
    const result = evaluateDetection(corpus);
    expect(result.recallAtTarget).toBeGreaterThanOrEqual(0.95);
    expect(result.falseAlarms).toBe(0);
    expect(result.rows.find((r) => r.proportion === 0.1)!.recall).toBeLessThan(0.5);
  });

  it('counts every document before signing any', () => {
    const index = new SimilarityIndex(1000);
    index.count(index.prepare(['一些文字内容']));
    index.sign(index.prepare(['一些文字内容']));
    expect(() => index.count(index.prepare(['再来一份']))).toThrow();
  });
});
