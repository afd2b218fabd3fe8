import { describe, expect, it } from '@jest/globals';
import { detectCorpus } from './corpus.js';
import { syntheticCorpus } from './synthetic-corpus.js';

// A declaration text sold to several teams: each swaps in its own name and drops a sentence here and there.
const TEMPLATE = [
  '本班组始终把质量放在首位，坚持开展每日班前讲评和班后总结，由班组长带领成员逐项对照作业指导书检查当天的施工质量。',
  '针对钢筋直螺纹连接丝头加工长度不足的问题，班组运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因。',
  '通过制作丝头加工限位卡具并开展专项技能培训，丝头一次加工合格率由百分之八十九提高到百分之九十八，节约返工费用四万余元。',
  '班组还建立了质量问题随手拍制度，成员发现问题即拍照上传到班组微信群，由技术员在当日给出整改意见并跟踪闭合。',
];

/** Independent declarations (headings, the notice's wording, stock phrases), the boilerplate marked as the server marks it. */
function independent(seed: string, n: number) {
  const corpus = syntheticCorpus({ seed, independent: n, copiesPerProportion: 0, proportions: [], pages: 3, charsPerPage: 600, templates: false });
  return { documents: corpus.documents.map((d) => ({ id: d.id, pages: d.pages })), boilerplate: corpus.boilerplate };
}

const teamTemplate = (team: string, drop: number) =>
  TEMPLATE.filter((_, k) => k !== drop)
    .map((s) => s.replace('本班组', `${team}班组`))
    .join('');

describe('模板雷同 (template clusters)', () => {
  it('reports the teams sharing a bought text as one cluster, with each one\'s share of its own text, and nothing else', () => {
    const { documents, boilerplate } = independent('tpl', 40);
    const members = [3, 8, 15, 22, 31, 36];
    const ids = members.map((d) => documents[d]!.id);
    members.forEach((d, k) => {
      documents[d]!.pages = [documents[d]!.pages[0]!, teamTemplate(`第${k + 1}`, k % 3 === 0 ? k % TEMPLATE.length : -1), ...documents[d]!.pages.slice(1)];
    });
    const result = detectCorpus(documents, boilerplate);
    expect(result.clusters).toHaveLength(1);
    const [cluster] = result.clusters;
    expect(cluster!.documents.sort()).toEqual(ids.sort());
    for (const share of cluster!.shares) {
      expect(share).toBeGreaterThan(0.08);
      expect(share).toBeLessThan(0.2);
    }
    expect(cluster!.chars).toBeGreaterThan(150);
    // Six documents share it: no pair between them is evidence of one copying another.
    expect(result.pairs.filter((p) => ids.includes(p.a) && ids.includes(p.b))).toHaveLength(0);
  });

  it('leaves a text shared by two or three teams to the pairs', () => {
    const { documents, boilerplate } = independent('pairs', 30);
    for (const d of [4, 9, 17]) documents[d]!.pages = [...documents[d]!.pages, teamTemplate(`队${d}`, -1)];
    const result = detectCorpus(documents, boilerplate);
    expect(result.clusters).toHaveLength(0);
    const ids = [4, 9, 17].map((d) => documents[d]!.id);
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual(expect.arrayContaining([[ids[0], ids[1]], [ids[0], ids[2]], [ids[1], ids[2]]]));
    expect(result.pairs).toHaveLength(3);
  });
});
