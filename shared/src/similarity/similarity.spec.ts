import { describe, expect, it } from '@jest/globals';
import { compareTexts } from './compare.js';
import { evaluateDetection } from './evaluation.js';
import { estimatedJaccard, lshCandidatePairs, minhashSignature } from './minhash.js';
import { normaliseDocument, normaliseText, pageAt } from './normalise.js';
import { describePassages } from './passages.js';
import { commonThreshold, ShingleFrequency } from './shingle-frequency.js';
import { distinctShingles, shingleHashes } from './shingles.js';
import { SimilarityIndex } from './similarity-index.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const never = () => false;
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

  it('counts in how many documents a shingle appears, and calls it common past the threshold', () => {
    const frequency = new ShingleFrequency(1000);
    const common = distinctShingles(shingleHashes('坚持安全第一预防为主综合治理'));
    for (let d = 0; d < 12; d++) frequency.add(distinctShingles(shingleHashes(`坚持安全第一预防为主综合治理第${d}号班组独有的内容`)));
    const isCommon = frequency.commonPredicate();
    expect([...common].every((h) => isCommon(h))).toBe(true);
    expect(isCommon(shingleHashes('第3号班组独有')[0]!)).toBe(false);
    expect(commonThreshold(100)).toBe(10);
    expect(commonThreshold(5000)).toBe(100);
  });
});

describe('MinHash and LSH', () => {
  it('estimates Jaccard and finds near duplicates as candidates, not unrelated texts', () => {
    const corpus = syntheticCorpus({ seed: 'lsh', independent: 6, copiesPerProportion: 1, proportions: [0.6], pages: 2, charsPerPage: 800, templates: false });
    const sets = corpus.documents.map((d) => distinctShingles(shingleHashes(normaliseText(d.pages).text)));
    const signatures = sets.map((s) => minhashSignature(s, () => true));
    const copy = corpus.documents.length - 1;
    const source = corpus.documents.findIndex((d) => d.id === corpus.planted[0]!.sourceId);
    expect(estimatedJaccard(signatures[copy]!, signatures[source]!)).toBeGreaterThan(0.2);
    const pairs = lshCandidatePairs(signatures);
    expect(pairs).toContainEqual([Math.min(source, copy), Math.max(source, copy)]);
    expect(minhashSignature(new Uint32Array(), () => true)).toBeNull();
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

  it('does not count common text as copied', () => {
    const shared = '坚持安全第一预防为主综合治理的方针认真落实技术交底和样板引路制度';
    const a = text(`${shared}甲班组独有的大量内容描述甲的工作方法与成效`);
    const b = text(`${shared}乙班组完全不同的经验总结和工作体会`);
    const commonHashes = new Set(shingleHashes(normaliseText([shared]).text));
    expect(compareTexts(a, b, never).score).toBeGreaterThan(0.5);
    expect(compareTexts(a, b, (h) => commonHashes.has(h)).score).toBe(0);
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
  });
});

describe('evaluation on a synthetic corpus (issue 8 target)', () => {
  it('finds pairs sharing 30 % or more with recall ≥ 0.95 at precision ≥ 0.95, and raises no false alarm on common text', () => {
    const corpus = syntheticCorpus({ seed: 'unit', independent: 120, copiesPerProportion: 10, proportions: [0.1, 0.2, 0.3, 0.5, 0.9], pages: 4, charsPerPage: 800 });
    const result = evaluateDetection(corpus);
    expect(result.recallAtTarget).toBeGreaterThanOrEqual(0.95);
    expect(result.precisionAtTarget).toBeGreaterThanOrEqual(0.95);
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
