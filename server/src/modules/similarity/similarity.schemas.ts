import { DateTime, Enum, Id, Items, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';
import { MATERIAL_KINDS } from '../material/index.js';
import { SIMILARITY_DOCUMENT_STATUSES } from './similarity-document.entity.js';
import { SIMILARITY_RUN_PHASES, SIMILARITY_RUN_STATUSES, SIMILARITY_RUN_TRIGGERS } from './similarity-run.entity.js';

// What the secretariat reads in 材料查重: the runs and their progress, the pairs, the files, the template clusters.

/** A fraction 0..1. */
const Fraction = (description: string, examples?: number[]) => Type.Number({ minimum: 0, maximum: 1, description, ...(examples ? { examples } : {}) });
const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const SimilarityRunView = named(
  'SimilarityRunView',
  Type.Object({
    id: Id,
    trigger: Enum(SIMILARITY_RUN_TRIGGERS, { description: 'screening 初选后自动 / manual 手动发起' }),
    triggerLabel: Type.String({ description: '发起方式的中文名', examples: ['手动发起'] }),
    status: Enum(SIMILARITY_RUN_STATUSES, { description: 'queued 排队中 / running 进行中 / done 已完成 / failed 未完成' }),
    statusLabel: Type.String({ description: '状态的中文名', examples: ['进行中'] }),
    phase: Nullable(Enum(SIMILARITY_RUN_PHASES, { description: '进行到的阶段：extract 提取文字 / index 建立索引 / compare 逐对比对（未开始为 null）' })),
    phaseLabel: Nullable(Type.String({ description: '阶段的中文名', examples: ['提取文字'] })),
    done: Count('本阶段已完成的数量'),
    total: Count('本阶段的总数'),
    percent: Type.Integer({ minimum: 0, maximum: 100, description: '总体进度百分比，0..100', examples: [42] }),
    documents: Count('参与查重的文件数（本年度及往年已提交申报的全部现行文件）'),
    newDocuments: Count('本次新提取文字的文件数（新增或替换的）'),
    uncheckable: Count('无法比对的文件数'),
    candidates: Count('经索引初筛需逐对比对的文件对数'),
    pairs: Count('保留下来的相似文件对数'),
    suspicious: Count('疑似雷同的文件对数'),
    clusters: Count('本次发现的模板雷同组数'),
    error: Nullable(Type.String({ description: '未完成的原因' })),
    requestedBy: Type.String({ description: '发起人（记录的操作者，如 user:<id>，供程序使用；显示请用 requestedByName）', examples: ['user:1'] }),
    requestedByName: Type.String({ description: '发起人姓名；初选后自动发起的为「系统（初选后自动）」', examples: ['秘书处演示账号'] }),
    requestedAt: DateTime,
    startedAt: Nullable(DateTime),
    finishedAt: Nullable(DateTime),
  }),
);
export type SimilarityRunView = Static<typeof SimilarityRunView>;

export const SimilarityRunPage = Page(SimilarityRunView);
export type SimilarityRunPage = Static<typeof SimilarityRunPage>;

/** One of the two documents of a pair (and the file of a cluster member). */
export const SimilarityDocSide = named(
  'SimilarityDocSide',
  Type.Object({
    documentId: Id,
    applicationId: Id,
    campaignYear: Type.Integer({ description: '活动年度', examples: [2026] }),
    kind: Enum(MATERIAL_KINDS, { description: 'pdf 申报材料 / ppt 发布材料' }),
    kindLabel: Type.String({ description: '文件类型的中文名', examples: ['PDF 申报材料'] }),
    fileName: Type.String({ description: '上传时的文件名', examples: ['申报材料.pdf'] }),
    teamName: Nullable(Type.String({ description: '班组名称' })),
    enterpriseName: Nullable(Type.String({ description: '企业名称' })),
    unitName: Nullable(Type.String({ description: '推荐单位名称' })),
    statusLabel: Type.String({ description: '申报状态的中文名', examples: ['已推荐'] }),
    pages: Count('页数（PPT 为幻灯片数）'),
    /** 申报提交时间；从未提交为 null。 */
    submittedAt: Nullable(DateTime),
  }),
);
export type SimilarityDocSide = Static<typeof SimilarityDocSide>;

export const SimilarityPrecedence = named(
  'SimilarityPrecedence',
  Type.Object({
    first: Nullable(Enum(['a', 'b'] as const, { description: '先有的一方：跨年度时为往年的文件，同年度时为先提交的；无法判断为 null' })),
    a: Type.String({ description: '文件 A 的先后说明：先提交 / 后提交 / 往年（2025 年度）/ 后提交（2026 年度）/ 同时提交 / 尚未提交，或空', examples: ['先提交'] }),
    b: Type.String({ description: '文件 B 的先后说明', examples: ['后提交'] }),
  }),
);
export type SimilarityPrecedence = Static<typeof SimilarityPrecedence>;

export const SimilarityPairView = named(
  'SimilarityPairView',
  Type.Object({
    id: Id,
    score: Fraction('相似度：coverageA 与 coverageB 中较大的', [0.37]),
    suspicious: Type.Boolean({ description: '是否达到疑似雷同线' }),
    containmentAInB: Fraction('A 的文字指纹见于 B 的比例（技术指标）'),
    containmentBInA: Fraction('B 的文字指纹见于 A 的比例（技术指标）'),
    jaccard: Fraction('两者指纹的 Jaccard 相似度（技术指标）'),
    coverageA: Fraction('文件 A 自身文字见于 B 的比例', [0.37]),
    coverageB: Fraction('文件 B 自身文字见于 A 的比例', [0.21]),
    matchedChars: Count('匹配的字数'),
    passageCount: Count('匹配段落数'),
    checkedAt: DateTime,
    caseId: Nullable(Type.Integer({ minimum: 1, description: '据此立案的案件编号（未立案为 null）' })),
    dismissal: Nullable(
      Type.Object(
        {
          at: DateTime,
          by: Type.String({ description: '核实人（记录的操作者，如 user:<id>）' }),
          byName: Type.String({ description: '核实人姓名' }),
          reason: Type.String({ description: '核实情况' }),
        },
        { description: '核实无问题：何时、何人、为何；未核实为 null' },
      ),
    ),
    precedence: SimilarityPrecedence,
    a: SimilarityDocSide,
    b: SimilarityDocSide,
  }),
);
export type SimilarityPairView = Static<typeof SimilarityPairView>;

/** How many pairs each filter of the list holds; suspicious + belowLine + dismissed = total. */
export const SimilarityPairCounts = named(
  'SimilarityPairCounts',
  Type.Object({
    total: Count('全部文件对'),
    suspicious: Count('未核实且达到疑似线的（列表默认显示的）'),
    belowLine: Count('未核实、相似但未达疑似线的'),
    dismissed: Count('已核实无问题的'),
  }),
);
export type SimilarityPairCounts = Static<typeof SimilarityPairCounts>;

export const SimilarityPairPage = named('SimilarityPairPage', Type.Object({ ...Page(SimilarityPairView).properties, counts: SimilarityPairCounts }));
export type SimilarityPairPage = Static<typeof SimilarityPairPage>;

/** One side of a matched passage (the shared PassageSide). */
export const SimilarityPassageSide = named(
  'SimilarityPassageSide',
  Type.Object({
    fromPage: Type.Integer({ minimum: 1, description: '段落起始页码（PPT 为幻灯片序号），从 1 起' }),
    toPage: Type.Integer({ minimum: 1, description: '段落结束页码（PPT 为幻灯片序号）；与 fromPage 相同即在同一页' }),
    text: Type.String({ description: '原文（跨页处以空行分隔，过长时截取）' }),
  }),
);
export type SimilarityPassageSide = Static<typeof SimilarityPassageSide>;

export const SimilarityPassage = named(
  'SimilarityPassage',
  Type.Object({
    a: SimilarityPassageSide,
    b: SimilarityPassageSide,
    chars: Count('段落在 A 一侧的字数（规范化后）'),
  }),
);

export const SimilarityPairDetail = named(
  'SimilarityPairDetail',
  Type.Object({ ...SimilarityPairView.properties, passages: Type.Array(SimilarityPassage, { description: '匹配段落，按文件 A 的阅读顺序' }) }),
);
export type SimilarityPairDetail = Static<typeof SimilarityPairDetail>;

export const SimilarityDocumentView = named(
  'SimilarityDocumentView',
  Type.Object({
    id: Id,
    applicationId: Id,
    campaignYear: Type.Integer({ description: '活动年度', examples: [2026] }),
    kind: Enum(MATERIAL_KINDS, { description: 'pdf 申报材料 / ppt 发布材料' }),
    kindLabel: Type.String({ description: '文件类型的中文名', examples: ['PPT 发布材料'] }),
    fileName: Type.String({ description: '上传时的文件名' }),
    teamName: Nullable(Type.String({ description: '班组名称' })),
    enterpriseName: Nullable(Type.String({ description: '企业名称' })),
    status: Enum(SIMILARITY_DOCUMENT_STATUSES, { description: 'indexed 已建索引 / uncheckable 无法比对' }),
    reasonCode: Nullable(Type.String({ description: '无法比对的原因代码', examples: ['SIMILARITY_ENCRYPTED'] })),
    reason: Nullable(Type.String({ description: '无法比对的原因（中文）' })),
    pages: Count('页数（PPT 为幻灯片数）'),
    chars: Count('提取出的字数'),
    extractedAt: DateTime,
  }),
);
export type SimilarityDocumentView = Static<typeof SimilarityDocumentView>;

export const SimilarityDocumentPage = Page(SimilarityDocumentView);
export type SimilarityDocumentPage = Static<typeof SimilarityDocumentPage>;

export const SimilarityOverview = named(
  'SimilarityOverview',
  Type.Object({
    latestRun: Nullable(SimilarityRunView),
    documents: Type.Object(
      { indexed: Count('已建索引的文件'), uncheckable: Count('无法比对的文件'), total: Count('两者合计') },
      { description: '当前文件库（不是最近一次查重自己的数字）' },
    ),
    pairs: SimilarityPairCounts,
    clusters: Count('最近一次完成的查重发现的模板雷同组数'),
    thresholds: Type.Object(
      {
        reportFrom: Fraction('相似度达到此值的文件对才保留', [0.1]),
        suspiciousFrom: Fraction('相似度达到此值的为疑似雷同', [0.15]),
      },
      { description: '解读数字所依据的阈值' },
    ),
  }),
);
export type SimilarityOverview = Static<typeof SimilarityOverview>;

export const SimilarityCaseOpened = named('SimilarityCaseOpened', Type.Object({ caseId: Type.Integer({ minimum: 1, description: '新立案件的编号', examples: [12] }) }));
export type SimilarityCaseOpened = Static<typeof SimilarityCaseOpened>;

/** One team's file in a template cluster, with the share of its own text inside the shared passages. */
export const SimilarityClusterMember = named(
  'SimilarityClusterMember',
  Type.Object({ ...SimilarityDocSide.properties, share: Fraction('该文件自身文字落在共用段落中的比例', [0.42]) }),
);
export type SimilarityClusterMember = Static<typeof SimilarityClusterMember>;

export const SimilarityClusterView = named(
  'SimilarityClusterView',
  Type.Object({
    id: Id,
    score: Fraction('成员占比中最大的：与文件对并列排序用', [0.42]),
    documentCount: Count('共用这段文字的文件数'),
    applicationCount: Count('共用这段文字的申报数'),
    chars: Count('共用段落的字数'),
    checkedAt: DateTime,
    members: Type.Array(SimilarityClusterMember, { description: '成员，按占比从高到低' }),
  }),
);
export type SimilarityClusterView = Static<typeof SimilarityClusterView>;

export const SimilarityClusterList = Items(SimilarityClusterView);
export type SimilarityClusterList = Static<typeof SimilarityClusterList>;

export const SimilarityClusterDetail = named(
  'SimilarityClusterDetail',
  Type.Object({
    ...SimilarityClusterView.properties,
    representative: SimilarityClusterMember,
    passages: Type.Array(SimilarityPassageSide, { description: '共用段落在代表文件中的原文，按文件顺序' }),
  }),
);
export type SimilarityClusterDetail = Static<typeof SimilarityClusterDetail>;
