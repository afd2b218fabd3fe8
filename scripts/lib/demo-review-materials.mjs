// The review demo's declaration files (scripts/demo-review.mjs), made as server/test/support/material-files.ts makes
// them: a PDF of Chinese pages in the server's embedded font, and a .pptx of slides of text.
import { zipFixture } from './zip-store.mjs';

const xmlText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A .pptx whose slides hold these texts, listed in presentation.xml in order. */
export const pptx = (slides) => {
  const entries = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
  };
  const ids = [];
  const rels = [];
  slides.forEach((text, k) => {
    entries[`ppt/slides/slide${k + 1}.xml`] =
      '<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">' +
      `<p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>${text
        .split('\n')
        .map((line) => `<a:p><a:r><a:t>${xmlText(line)}</a:t></a:r></a:p>`)
        .join('')}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    ids.push(`<p:sldId id="${256 + k}" r:id="rId${k + 2}"/>`);
    rels.push(`<Relationship Id="rId${k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${k + 1}.xml"/>`);
  });
  entries['ppt/presentation.xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<p:sldIdLst>${ids.join('')}</p:sldIdLst></p:presentation>`;
  entries['ppt/_rels/presentation.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  return zipFixture(entries);
};
/** A PDF of these pages of Chinese text, in the server's embedded font (the platform is built by now). */
export async function pdf(title, pages) {
  const { cjkTextPdf } = await import('../../server/dist/common/cjk-text-pdf.js');
  return cjkTextPdf(pages, title);
}

/** The text four demo teams bought from one writer (模板雷同), each putting its own name in. */
const BOUGHT = [
  '本班组始终把质量放在首位，坚持开展每日班前讲评和班后总结，由班组长带领成员逐项对照作业指导书检查当天的施工质量。',
  '针对钢筋直螺纹连接丝头加工长度不足的问题，班组运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因。',
  '通过制作丝头加工限位卡具并开展专项技能培训，丝头一次加工合格率由百分之八十九提高到百分之九十八，节约返工费用四万余元。',
  '班组还建立了质量问题随手拍制度，成员发现问题即拍照上传到班组微信群，由技术员在当日给出整改意见并跟踪闭合。',
];
const BUYERS = [1, 2, 3, 4];

/**
 * The declarations' text, for 材料查重 to have something to find: synthetic Chinese (a generator's, not real
 * declarations), the sixth team's taking about 40 % of the first's, the third team's slides repeating the second's, and
 * teams two to five sharing a bought text (模板雷同).
 */
export async function declarationTexts(teams) {
  const { syntheticCorpus } = await import('@cacem/shared');
  const corpus = syntheticCorpus({ seed: 'demo-review', independent: 5, copiesPerProportion: 1, proportions: [0.4], pages: 4, charsPerPage: 700, templates: false });
  const pages = corpus.documents.map((d) => d.pages);
  return teams.map((t, i) => {
    const slideOwner = i === 2 ? 1 : i;
    const owner = teams[slideOwner];
    const own = pages[i];
    const body = BUYERS.includes(i) ? [own[0], BOUGHT.map((s) => s.replace('本班组', t.team)).join(''), ...own.slice(1)] : own;
    return {
      pages: [`${t.enterprise}\n${t.team}申报材料\n${t.project}`, ...body],
      slides: [`${owner.team}成果发布`, ...pages[slideOwner].slice(0, 3).map((p) => p.slice(0, 240))],
    };
  });
}
