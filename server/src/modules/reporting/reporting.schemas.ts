import { APPLICATION_STATUSES, CAMPAIGN_STAGE_LABEL, type CampaignStage, GRADES } from '@cacem/shared';
import { DateTime, Enum, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';
import { OUTBOX_STATUSES, RECIPIENT_TYPES } from '../notification/index.js';
import { FUNNEL_STEPS } from './funnel.js';

const CAMPAIGN_STAGES = Object.keys(CAMPAIGN_STAGE_LABEL) as CampaignStage[];
const Count = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const Score = (description: string) => Type.Number({ description, examples: [86.5] });

/** A recommending unit as the console's lists name it. */
const ConsoleUnitRef = Type.Object({
  id: Id,
  seq: Type.Integer({ minimum: 1, description: '推荐单位序号（附件2 的顺序）' }),
  name: Type.String({ description: '推荐单位名称', examples: ['中国建筑第八工程局有限公司'] }),
});

/** The five numbers of a box plot, the mean and how many values (scores rounded to hundredths). */
export const ConsoleBoxStats = Type.Object({
  n: Type.Integer({ minimum: 1, description: '分值个数' }),
  min: Type.Number({ description: '最低分' }),
  q1: Type.Number({ description: '下四分位数' }),
  median: Type.Number({ description: '中位数' }),
  q3: Type.Number({ description: '上四分位数' }),
  max: Type.Number({ description: '最高分' }),
  mean: Type.Number({ description: '平均分' }),
});
export type ConsoleBoxStats = Static<typeof ConsoleBoxStats>;

export const ConsolePanelBox = named(
  'ConsolePanelBox',
  Type.Object({ panelNo: Type.Integer({ minimum: 1, description: '专家组号', examples: [1] }), ...ConsoleBoxStats.properties }, { description: '一个专家组已提交评分表总分的箱线图数据' }),
);
export type ConsolePanelBox = Static<typeof ConsolePanelBox>;

export const ConsoleFunnelStep = named(
  'ConsoleFunnelStep',
  Type.Object({
    key: Enum(FUNNEL_STEPS.map((s) => s.key), { description: '环节' }),
    label: Type.String({ description: '环节的中文名', examples: ['已推荐'] }),
    count: Count('到达过该环节的申报数（之后退出的仍计入）'),
  }),
);
export type ConsoleFunnelStep = Static<typeof ConsoleFunnelStep>;

export const ConsoleStatusCount = named(
  'ConsoleStatusCount',
  Type.Object({
    status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
    label: Type.String({ description: '状态的中文名', examples: ['已推荐'] }),
    count: Count('处于该状态的申报数'),
  }),
);
export type ConsoleStatusCount = Static<typeof ConsoleStatusCount>;

export const ConsoleUnitProgress = named(
  'ConsoleUnitProgress',
  Type.Object({
    unitId: Id,
    seq: Type.Integer({ minimum: 1, description: '推荐单位序号（附件2 的顺序）' }),
    name: Type.String({ description: '推荐单位名称', examples: ['中国建筑第八工程局有限公司'] }),
    submitted: Count('已提交'),
    recommended: Count('已推荐'),
    screenedIn: Count('初选通过'),
    graded: Count('已评定等级'),
  }),
);
export type ConsoleUnitProgress = Static<typeof ConsoleUnitProgress>;

export const ConsoleGradeFigures = named(
  'ConsoleGradeFigures',
  Type.Object({
    graded: Count('已评定等级的申报数'),
    caps: Type.Object(
      {
        excellentMax: Type.Number({ description: '卓越级上限（%）', examples: [10] }),
        exemplaryMax: Type.Number({ description: '示范级上限（%）', examples: [40] }),
        improvingMin: Type.Number({ description: '改进级下限（%）', examples: [50] }),
      },
      { description: '本届设定的等级比例（百分数）' },
    ),
    slots: Type.Object({ excellent: Count('卓越级名额'), exemplary: Count('示范级名额') }, { description: '按已评定数计算的名额' }),
    counts: Type.Object({ excellent: Count('卓越级'), exemplary: Count('示范级'), improving: Count('改进级') }, { description: '各等级已评定数' }),
  }),
);
export type ConsoleGradeFigures = Static<typeof ConsoleGradeFigures>;

export const ConsoleDashboard = named(
  'ConsoleDashboard',
  Type.Object({
    campaign: Type.Object({
      year: Type.Integer({ examples: [2026] }),
      name: Type.String({ examples: ['2026 年工程建设质量信得过班组活动'] }),
      stage: Enum(CAMPAIGN_STAGES, { description: '今天（北京时间）所处的阶段' }),
      stageLabel: Type.String({ description: '阶段的中文名', examples: ['材料审核阶段'] }),
    }),
    funnel: Type.Array(ConsoleFunnelStep, { description: '各环节漏斗，按流程顺序' }),
    statusCounts: Type.Array(ConsoleStatusCount, { description: '各状态的申报数，按流程顺序' }),
    perUnit: Type.Array(ConsoleUnitProgress, { description: '各推荐单位（有已提交申报的）的进度，按序号' }),
    scoreBoxes: Type.Object(
      {
        materials: Type.Array(ConsolePanelBox, { description: '资料审核，按组号' }),
        presentation: Type.Array(ConsolePanelBox, { description: '成果发布，按组号' }),
      },
      { description: '最近一次抽签各专家组的评分分布；没有已提交评分表的组不列出' },
    ),
    grades: ConsoleGradeFigures,
  }),
);
export type ConsoleDashboard = Static<typeof ConsoleDashboard>;

export const ConsoleApplicationItem = named(
  'ConsoleApplicationItem',
  Type.Object({
    id: Id,
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String({ description: '申报企业名称', examples: ['中建八局第一建设有限公司'] }),
    unit: Nullable(ConsoleUnitRef),
    status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
    statusLabel: Type.String({ description: '状态的中文名', examples: ['初选合格'] }),
    submittedAt: DateTime,
    materialsScore: Nullable(Score('资料审核得分')),
    presentationScore: Nullable(Score('成果发布得分')),
    total: Nullable(Score('总分（资料审核 + 成果发布）；没有资料审核得分时为 null')),
    grade: Nullable(Enum(GRADES, { description: '决定等级' })),
    gradeLabel: Nullable(Type.String({ description: '等级的中文名', examples: ['示范级'] })),
    certificateNo: Nullable(Type.String({ description: '证书编号', examples: ['ZJXH-2026-0001'] })),
  }),
);
export type ConsoleApplicationItem = Static<typeof ConsoleApplicationItem>;

export const ConsoleApplicationPage = named('ConsoleApplicationPage', Page(ConsoleApplicationItem));
export type ConsoleApplicationPage = Static<typeof ConsoleApplicationPage>;

export const ConsoleAuditItem = named(
  'ConsoleAuditItem',
  Type.Object({
    id: Id,
    at: DateTime,
    actor: Type.String({ description: '操作人，如 user:1、card:B2026001、member:3、system', examples: ['user:1'] }),
    actorLabel: Type.String({ description: '操作人的姓名或企业名称（查不到时同 actor）', examples: ['秘书处管理员'] }),
    action: Type.String({ description: '操作', examples: ['application.submit'] }),
    entity: Type.String({ description: '对象类型', examples: ['application'] }),
    entityId: Type.String({ description: '对象 id', examples: ['12'] }),
    role: Nullable(Type.String({ description: '操作时调用者的角色；较早的记录和后台任务为 null', examples: ['secretariat'] })),
    requestId: Nullable(Type.String({ description: '请求 id（与服务日志一致）；较早的记录和后台任务为 null' })),
    // Open: each action records its own snapshot of what changed (any JSON value), as the log keeps it.
    before: Type.Unknown({ description: '操作前的内容（各操作自定，任意 JSON；没有时为 null）' }),
    after: Type.Unknown({ description: '操作后的内容（各操作自定，任意 JSON；没有时为 null）' }),
  }),
);
export type ConsoleAuditItem = Static<typeof ConsoleAuditItem>;

export const ConsoleAuditPage = named('ConsoleAuditPage', Page(ConsoleAuditItem));
export type ConsoleAuditPage = Static<typeof ConsoleAuditPage>;

/** Why a hash chain does not verify (AuditService.verifyChain). */
export const AUDIT_CHAIN_BREAKS = ['modified', 'link', 'truncated', 'head_missing', 'head_rewound', 'anchor_rewritten', 'anchor_shorter', 'anchor_forged'] as const;

export const AuditVerification = named(
  'AuditVerification',
  Type.Object({
    intact: Type.Boolean({ description: '哈希链完整', examples: [true] }),
    entries: Count('审计记录条数'),
    firstBrokenId: Nullable(
      Type.Integer({ description: '第一条校验不通过的记录；末尾被删时为最后一条之后的 id。完整时、锚点伪造时（不指向链中记录）为 null' }),
    ),
    reason: Nullable(
      Enum(AUDIT_CHAIN_BREAKS, {
        description:
          '不完整的原因，完整时为 null。modified：记录内容被改；link：与前一条接不上（其前的记录被删或改）；truncated：末尾记录被删；head_missing：链头被删；head_rewound：链头被回拨；anchor_rewritten：与库外锚点不符（链被重写）；anchor_shorter：比锚点记载的短；anchor_forged：anchors/ 下有非本密钥签名的文件',
      }),
    ),
    message: Type.String({ description: '校验结果的中文说明', examples: ['审计日志完整'] }),
    anchor: Nullable(
      Type.Object(
        { lastId: Id, entries: Count('锚定时的记录条数'), at: DateTime },
        { description: '与链相符的最新锚点（本密钥签名）；尚无锚点时为 null' },
      ),
    ),
    anchors: Type.Object(
      { valid: Count('本密钥签名的锚点'), otherKey: Count('其他密钥签名、此处无法校验的锚点'), forged: Count('伪造的锚点') },
      { description: '找到的锚点数' },
    ),
  }),
);
export type AuditVerification = Static<typeof AuditVerification>;

export const ConsoleOutboxItem = named(
  'ConsoleOutboxItem',
  Type.Object({
    id: Id,
    recipientType: Enum(RECIPIENT_TYPES, { description: '收件人类型：注册卡（申报企业）、班组成员、账号' }),
    recipientId: Id,
    template: Type.String({ description: '微信订阅消息模板 id' }),
    status: Enum(OUTBOX_STATUSES, { description: '待发送 / 已发送 / 发送失败 / 被拒收' }),
    attempts: Count('已尝试发送次数'),
    nextAttemptAt: DateTime,
    lastError: Nullable(Type.String({ description: '最近一次失败的原因' })),
    sentAt: Nullable(DateTime),
  }),
);
export type ConsoleOutboxItem = Static<typeof ConsoleOutboxItem>;

export const ConsoleOutboxPage = named(
  'ConsoleOutboxPage',
  Type.Object({
    ...Page(ConsoleOutboxItem).properties,
    counts: Type.Object(
      { pending: Count('待发送'), sent: Count('已发送'), failed: Count('发送失败'), refused: Count('被拒收') },
      { description: '各状态的消息数（不受筛选影响）' },
    ),
  }),
);
export type ConsoleOutboxPage = Static<typeof ConsoleOutboxPage>;
