// Synthetic Chinese declarations for evaluating and benchmarking the similarity check (issue 8): independent
// documents that share what real declarations share (the rubric's headings, the notice's wording, the trade's stock
// phrases), and copies with passages of a source planted at a known proportion, reordered and lightly edited.
// Deterministic: the same seed gives the same corpus, byte for byte.

import { createSeededRandom, type SeededRandom } from '../draw/seeded-random.js';

// Characters the pseudo-words are built from: common ones, so the text looks like Chinese to the eye and to the hash.
const CHARACTERS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经' +
  '十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间' +
  '样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入' +
  '常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光' +
  '门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至' +
  '达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非' +
  '验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养' +
  '易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

// What every declaration carries by design: the headings of the materials rubric and the notice's wording.
export const DECLARATION_HEADINGS = [
  '一、班组概况',
  '二、班组建设基础管理',
  '三、质量管理活动开展情况',
  '四、现场活动记录',
  '五、质量管理成果及效益',
  '六、班组创新与人才培养',
  '七、下一步工作打算',
];

// What the rubric asks under each heading: declarations quote it before answering.
export const RUBRIC_WORDING = [
  '班组名称、成立时间、人员构成、主要承担的工程任务及所在项目的基本情况。',
  '班组制度建设、岗位责任制、质量管理台账、班前会和班后总结等基础管理工作开展情况。',
  '运用全面质量管理的思想和方法，开展质量控制、质量改进和质量创新活动的情况。',
  '按照活动计划和实施方案开展现场活动的记录，包括时间、地点、参加人员、活动内容和照片。',
  '通过开展活动取得的质量成果、经济效益和社会效益，以及获得的各类表彰和奖励。',
  '班组在技术创新、工艺改进和人才培养方面的做法和成效。',
  '结合本班组实际，提出下一步持续改进的目标和措施。',
];

export const NOTICE_WORDING = [
  '为深入贯彻落实质量强国建设纲要，进一步夯实工程建设企业质量管理基础，充分发挥班组在质量管理中的基础作用，',
  '按照中国施工企业管理协会关于开展工程建设质量信得过班组活动的通知要求，本班组认真组织开展质量信得过班组建设活动。',
  '班组坚持以质量为中心，以提高员工素质为重点，以标准化作业为手段，深入开展质量管理小组活动和岗位练兵活动。',
  '班组近三年未发生质量、安全、环保事故，符合申报条件，特申报本年度工程建设质量信得过班组。',
];

// Stock phrases of the trade: each document uses some of them, as real ones do.
const STOCK_PHRASES = [
  '严格执行三检制度，做到自检、互检、交接检',
  '坚持安全第一、预防为主、综合治理的方针',
  '认真落实技术交底和样板引路制度',
  '开展全员质量意识教育和技能培训',
  '混凝土浇筑前对模板支撑体系进行全面检查',
  '钢筋绑扎完成后由班组长组织自检并做好记录',
  '每日召开班前会，讲解当日作业要点和质量控制措施',
  '运用质量管理工具分析问题产生的主要原因',
  '建立健全班组质量责任制，明确每个岗位的质量职责',
  '对施工过程中出现的质量问题及时整改闭合',
  '积极推广应用新技术、新工艺、新材料',
  '分项工程一次验收合格率达到百分之百',
  '落实质量终身责任制，强化过程控制',
  '组织开展质量月活动和技能比武',
  '持续改进工作方法，提高工程实体质量',
  '做好隐蔽工程验收记录和影像资料留存',
  '按照施工规范和设计要求组织施工',
  '加强原材料进场检验，杜绝不合格材料用于工程',
  '开展质量管理小组活动，攻克施工技术难题',
  '推行标准化作业，规范现场管理行为',
];

export interface SyntheticDocument {
  id: string;
  /** Page texts, about charsPerPage each. */
  pages: string[];
}

export interface PlantedPair {
  /** The document with copied passages, and the one they were taken from. */
  copyId: string;
  sourceId: string;
  /** The share asked for, e.g. 0.3. */
  nominal: number;
  /** Share of the copy's characters actually taken from the source (whole paragraphs, before the light edits). */
  proportion: number;
}

export interface SyntheticCorpus {
  documents: SyntheticDocument[];
  planted: PlantedPair[];
  /** The headings and notice wording: hand these to the index as boilerplate. */
  boilerplate: string[];
}

export interface CorpusOptions {
  seed: string;
  /** Documents that copy nothing (every copy also has a source among them). */
  independent: number;
  /** For each proportion, how many copies plant that share of a source's text. */
  copiesPerProportion: number;
  proportions: readonly number[];
  pages: number;
  charsPerPage: number;
  /** Whether documents start from the templates that go round (default true); a corpus too small to see them as common can leave them out. */
  templates?: boolean;
  /** Share of a copied passage's characters swapped for another (half as many again are dropped); default 0.01. */
  editRate?: number;
}

function vocabulary(random: SeededRandom, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + random.nextInt(3);
    let word = '';
    for (let k = 0; k < length; k++) word += CHARACTERS[random.nextInt(CHARACTERS.length)];
    words.add(word);
  }
  return [...words];
}

/** One paragraph: sentences of pseudo-words, with a stock phrase now and then. */
function paragraph(random: SeededRandom, words: readonly string[], stock: readonly string[]): string {
  const sentences: string[] = [];
  const count = 2 + random.nextInt(4);
  for (let s = 0; s < count; s++) {
    if (stock.length && random.next() < 0.15) {
      sentences.push(`${stock[random.nextInt(stock.length)]}。`);
      continue;
    }
    const clauses: string[] = [];
    const clauseCount = 1 + random.nextInt(3);
    for (let c = 0; c < clauseCount; c++) {
      let clause = '';
      const wordCount = 3 + random.nextInt(5);
      for (let w = 0; w < wordCount; w++) clause += words[random.nextInt(words.length)];
      if (random.next() < 0.1) clause += String(1 + random.nextInt(99));
      clauses.push(clause);
    }
    sentences.push(`${clauses.join('，')}。`);
  }
  return sentences.join('');
}

/** The paragraphs of one declaration, in sections under the rubric's headings. */
function declarationParagraphs(random: SeededRandom, words: readonly string[], totalChars: number, withTemplates = true): string[] {
  // Each document leans on its own handful of stock phrases, and some start from one of the templates that go round.
  const stock = STOCK_PHRASES.filter(() => random.next() < 0.4);
  const templates = templatePassages(words).filter(() => random.next() < 0.3 && withTemplates);
  const paragraphs: string[] = [NOTICE_WORDING.join('')];
  let chars = paragraphs[0]!.length;
  let section = 0;
  while (chars < totalChars) {
    if (section < DECLARATION_HEADINGS.length && chars >= (section * totalChars) / DECLARATION_HEADINGS.length) {
      paragraphs.push(DECLARATION_HEADINGS[section]!, RUBRIC_WORDING[section]!);
      chars += RUBRIC_WORDING[section]!.length;
      section += 1;
      const template = templates.shift();
      if (template) {
        paragraphs.push(template);
        chars += template.length;
      }
    }
    const text = paragraph(random, words, stock);
    paragraphs.push(text);
    chars += text.length;
  }
  return paragraphs;
}

let templateCache: { words: readonly string[]; passages: string[] } | undefined;

/** Passages many declarations share without anyone copying anyone (a template that goes round the industry). */
function templatePassages(words: readonly string[]): string[] {
  if (templateCache?.words !== words) {
    const random = createSeededRandom('similarity-templates');
    templateCache = { words, passages: Array.from({ length: 6 }, () => paragraph(random, words, []) + paragraph(random, words, [])) };
  }
  return templateCache.passages;
}

/** A light edit, as a copier makes: a character swapped, full-width digits or punctuation changed, spaces added. */
function lightlyEdit(random: SeededRandom, text: string, rate: number): string {
  let out = '';
  for (const ch of text) {
    const r = random.next();
    if (r < rate) out += CHARACTERS[random.nextInt(CHARACTERS.length)];
    else if (r < rate * 1.5) continue;
    else if (ch === '，' && r < 0.2) out += ', ';
    else if (ch >= '0' && ch <= '9' && r < 0.5) out += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    else out += ch;
  }
  return out;
}

function paginate(paragraphs: readonly string[], pages: number, charsPerPage: number): string[] {
  const text = paragraphs.join('\n');
  const out: string[] = [];
  const size = Math.max(charsPerPage, Math.ceil(text.length / pages));
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function shuffle<T>(random: SeededRandom, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const chars = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/** The evaluation corpus: independent declarations, then copies of some of them at each proportion. */
export function syntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const random = createSeededRandom(`similarity-corpus:${options.seed}`);
  const words = vocabulary(random, 6000);
  const total = options.pages * options.charsPerPage;
  const sources: string[][] = [];
  const documents: SyntheticDocument[] = [];
  for (let d = 0; d < options.independent; d++) {
    const paragraphs = declarationParagraphs(random, words, total, options.templates !== false);
    sources.push(paragraphs);
    documents.push({ id: `D${String(d + 1).padStart(5, '0')}`, pages: paginate(paragraphs, options.pages, options.charsPerPage) });
  }
  const planted: PlantedPair[] = [];
  let copyNo = 0;
  for (const proportion of options.proportions) {
    for (let c = 0; c < options.copiesPerProportion; c++) {
      const sourceIndex = (copyNo * 7919) % options.independent;
      const source = sources[sourceIndex]!;
      const own = declarationParagraphs(random, words, total, options.templates !== false);
      // Passages of the source (its body paragraphs, not the shared headings), taken in a shuffled order.
      const shared = new Set([...DECLARATION_HEADINGS, ...RUBRIC_WORDING, ...templatePassages(words)]);
      const body = shuffle(random, source.map((_, i) => i).filter((i) => i > 0 && !shared.has(source[i]!)));
      const target = proportion * chars(own);
      const taken: string[] = [];
      let copied = 0;
      for (const i of body) {
        if (copied >= target) break;
        const edited = lightlyEdit(random, source[i]!, options.editRate ?? 0.01);
        taken.push(edited);
        copied += edited.length;
      }
      // Drop own body paragraphs so the copy keeps about its length, then put the taken ones in at random places.
      const kept = own.slice();
      while (chars(kept) + copied > total && kept.length > 2) kept.splice(1 + random.nextInt(kept.length - 1), 1);
      for (const passage of taken) kept.splice(1 + random.nextInt(kept.length), 0, passage);
      const id = `C${String(++copyNo).padStart(5, '0')}`;
      documents.push({ id, pages: paginate(kept, options.pages, options.charsPerPage) });
      planted.push({ copyId: id, sourceId: documents[sourceIndex]!.id, nominal: proportion, proportion: copied / chars(kept) });
    }
  }
  return { documents, planted, boilerplate: [...DECLARATION_HEADINGS, ...RUBRIC_WORDING, ...NOTICE_WORDING] };
}

let benchWords: string[] | undefined;

/** One independent declaration of about pages × charsPerPage characters (benchmarks generate them one at a time). */
export function syntheticDeclaration(seed: string, pages: number, charsPerPage: number): string[] {
  const random = createSeededRandom(`similarity-declaration:${seed}`);
  benchWords ??= vocabulary(createSeededRandom('similarity-vocabulary'), 6000);
  const words = benchWords;
  return paginate(declarationParagraphs(random, words, pages * charsPerPage), pages, charsPerPage);
}
