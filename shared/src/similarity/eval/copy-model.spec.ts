import { describe, expect, it } from '@jest/globals';
import { createSeededRandom } from '../../draw/seeded-random.js';
import { CHARS_PER_SWAP, editPassage } from './copy-model.js';
import { buildEvalCorpus, type Boilerplate } from './eval-corpus.js';
import { contentLength, splitSentences, type ProseParagraph } from './prose.js';
import { SYNONYMS } from './synonyms.js';

// Sentences rich in words of the synonym table, so that every swap asked for can be made.
const SENTENCES = [
  '如果需要修改设置，可以通过菜单选择相应的命令进行操作。',
  '用户可以使用工具栏上的按钮显示或者隐藏所有的窗口；',
  '由于系统已经提供了详细的帮助，因此一般不必另外查找资料。',
  '然后检查文件是否正确，并且确定每个选项都已经完成设置！',
  '例如在创建新的文档之前，应该根据要求选择合适的方法。',
  '删除或者增加某些字段之后，主要的信息会立即自动更新。',
];

const HAN = '班组质量管理活动开展情况现场记录成果效益创新人才培养工程项目施工技术安全标准制度检查整改验收材料设备计划目标措施责任落实';
const WORDS = [...SYNONYMS.keys()];

/** Distinct paragraphs (the builder drops near-duplicates): random two-character words, every third from the table. */
function paragraphs(count: number): ProseParagraph[] {
  const random = createSeededRandom('copy-model-spec');
  const word = (k: number) => (k % 3 === 0 ? WORDS[random.nextInt(WORDS.length)]! : HAN[random.nextInt(HAN.length)]! + HAN[random.nextInt(HAN.length)]!);
  const sentence = () => Array.from({ length: 8 + random.nextInt(8) }, (_, k) => word(k)).join('') + (random.next() < 0.8 ? '。' : '；');
  return Array.from({ length: count }, (_, i) => ({
    package: 'spec',
    file: `page-${Math.floor(i / 4)}.html`,
    text: Array.from({ length: 3 }, sentence).join(''),
  }));
}

const BOILERPLATE: Boilerplate = { headings: ['活动计划与实施方案', '基础管理与现场管理'], items: ['班组活动计划目标明确、可测量\n计划以提升质量为目标'], notice: ['为深入贯彻落实质量强国战略，我会决定开展活动。'] };

describe('copy model', () => {
  it('edits at the stated rates', () => {
    const text = SENTENCES.join('').repeat(2);
    const length = contentLength(text);
    for (const strength of ['light', 'medium', 'heavy'] as const) {
      const per = CHARS_PER_SWAP[strength];
      const edited = editPassage(text, strength, createSeededRandom(strength));
      expect(edited.swaps + edited.swapShortfall).toBe(Math.round(length / per));
      expect(edited.swapShortfall).toBe(0);
      expect(edited.punctuation).toBe(Math.round(length / (per * 2)));
      expect(edited.insertions).toBe(Math.round(length / (per * 4)));
      expect(edited.deletions).toBe(Math.round(length / (per * 4)));
      expect(edited.text).not.toBe(text);
    }
    expect(editPassage(text, 'none', createSeededRandom('none')).text).toBe(text);
  });

  it('splits sentences where a copier would', () => {
    expect(splitSentences('第一句。第二句；第三句！没有句号')).toEqual(['第一句。', '第二句；', '第三句！', '没有句号']);
  });

  it('builds the same corpus from the same seed, and measures the planted share right', () => {
    const source = paragraphs(1200);
    const options = { seed: 's1', prefix: 'X', pairsPerCell: 1, templateSizes: [2, 5], unrelated: 3 };
    const corpus = buildEvalCorpus(source, BOILERPLATE, options);
    expect(JSON.stringify(buildEvalCorpus(source, BOILERPLATE, options))).toBe(JSON.stringify(corpus));
    expect(corpus.planted).toHaveLength(20);
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    const prose = (id: string) => byId.get(id)!.blocks.filter((b) => b.kind === 'prose').map((b) => b.text).join('');
    for (const p of corpus.planted) {
      const copy = byId.get(p.copy)!;
      const own = copy.blocks.filter((b) => b.kind === 'prose' || b.kind === 'title').reduce((n, b) => n + contentLength(b.text), 0);
      expect(copy.ownChars).toBe(own);
      const copied = p.passages.reduce((n, t) => n + contentLength(t), 0);
      expect(copy.copiedChars).toBe(copied);
      expect(p.share).toBeCloseTo(copied / own, 10);
      // Near the level asked for: passages are whole sentences, so a little over.
      expect(Math.abs(p.share - p.level)).toBeLessThan(0.06);
      for (const passage of p.passages) expect(prose(p.copy)).toContain(passage);
      if (p.strength === 'none') for (const passage of p.passages) expect(prose(p.source)).toContain(passage);
    }
    // Each paragraph of prose is used by one document only.
    const used = corpus.documents.flatMap((d) => d.blocks.filter((b) => b.kind === 'prose').map((b) => b.text));
    expect(used.length).toBeGreaterThan(0);
    for (const d of corpus.documents) {
      const length = d.blocks.reduce((n, b) => n + b.text.length, 0);
      expect(length).toBeGreaterThan(1500);
    }
  });
});
