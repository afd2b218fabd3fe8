// Word pairs a copier swaps to disguise a copied passage: common Chinese near-synonyms chosen because they occur in
// the evaluation's prose (counted on the Debian manuals: 可以 2,560 times, 使用 1,928, 如果 1,650, 选择 1,627 …), so a
// swap rate asked for can actually be reached. Each pair is swapped both ways, except towards a single character
// (若、须、和): 若 inside 若干 or 和 inside 和谐 is not the word, so those are only ever written, not read.

export const SYNONYM_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['进行', '开展'], ['提高', '提升'], ['使用', '采用'], ['如果', '若'], ['可以', '能够'], ['需要', '须'], ['通过', '经由'],
  ['因此', '所以'], ['但是', '然而'], ['已经', '业已'], ['例如', '比如'], ['所有', '全部'], ['必须', '务必'], ['包括', '包含'],
  ['选择', '选取'], ['显示', '呈现'], ['设置', '设定'], ['以及', '和'], ['修改', '更改'], ['或者', '或是'], ['目前', '当前'],
  ['可能', '或许'], ['方法', '方式'], ['然后', '随后'], ['只有', '仅有'], ['一些', '某些'], ['每个', '每一个'], ['重要', '关键'],
  ['自动', '自行'], ['之后', '以后'], ['之前', '以前'], ['正确', '准确'], ['完成', '完毕'], ['立即', '马上'], ['帮助', '协助'],
  ['确定', '确认'], ['检查', '核查'], ['建议', '推荐'], ['主要', '首要'], ['由于', '因为'], ['虽然', '尽管'], ['另外', '此外'],
  ['其他', '其它'], ['目的', '目标'], ['特别', '尤其'], ['增加', '添加'], ['删除', '移除'], ['创建', '新建'], ['应该', '应当'],
  ['用户', '使用者'], ['一般', '通常'], ['经常', '常常'], ['非常', '十分'], ['得到', '获得'], ['根据', '依据'], ['位于', '处于'],
  ['提供', '给出'], ['最后', '最终'], ['任何', '任意'], ['相同', '一样'], ['详细', '具体'], ['发现', '找到'], ['获取', '取得'],
  ['对于', '关于'], ['即可', '就可以'], ['指定', '规定'], ['有关', '相关'], ['并且', '而且'], ['如何', '怎样'], ['很多', '许多'],
  ['以便', '便于'], ['这样', '如此'], ['允许', '准许'], ['描述', '叙述'], ['出现', '产生'], ['运行', '执行'], ['文件', '文档'],
];

/** Word → the word written instead. */
export const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [a, b] of SYNONYM_PAIRS) {
    map.set(a, b);
    if (b.length >= 2 && !map.has(b)) map.set(b, a);
  }
  return map;
})();

/** Longest words first, so 每一个 is found before 每个 could be. */
const WORD = new RegExp([...SYNONYMS.keys()].sort((x, y) => y.length - x.length).join('|'), 'gu');

/** Places in text where a swap can be made: [index, word], not overlapping, in text order. */
export function synonymSites(text: string): Array<[number, string]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m[0]]);
}
