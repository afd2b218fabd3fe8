import type { AggregationPolicy, CampaignSettings as SharedCampaignSettings, CampaignStage, RubricKind } from '@cacem/shared';
import { Enum, named, type Static, Type } from '../../common/contract/schema.js';

/** The stages a campaign passes through (shared campaignStageOn), in order. */
export const CAMPAIGN_STAGES = ['before', 'registration', 'materialsReview', 'between', 'presentations', 'after'] as const satisfies readonly CampaignStage[];

const RUBRIC_KINDS = ['materials', 'presentation'] as const satisfies readonly RubricKind[];
const AGGREGATION_POLICIES = ['mean', 'trimmed'] as const satisfies readonly AggregationPolicy[];

export const StageWindow = named(
  'StageWindow',
  Type.Object({
    opens: Type.String({ format: 'date', description: '开始日期（含），北京时间 yyyy-mm-dd', examples: ['2026-06-01'] }),
    closes: Type.String({ format: 'date', description: '结束日期（含），北京时间 yyyy-mm-dd', examples: ['2026-06-30'] }),
  }),
);

export const CampaignRubricItem = named(
  'CampaignRubricItem',
  Type.Object({
    id: Type.String({ description: '评分项编号', examples: ['M1.1'] }),
    title: Type.String({ description: '评分项' }),
    max: Type.Number({ description: '该项满分' }),
    guidance: Type.Optional(Type.String({ description: '评分要点（显示在评分项旁）' })),
  }),
);

export const CampaignRubric = named(
  'CampaignRubric',
  Type.Object({
    kind: Enum(RUBRIC_KINDS, { description: '资料审核（materials）或成果发布（presentation）评分表' }),
    total: Type.Number({ description: '总分' }),
    step: Type.Number({ description: '评分步长（如 0.5 分）' }),
    isDefault: Type.Boolean({ description: '是否为平台自带的默认评分表（秘书处应替换为准则中的评价表）' }),
    source: Type.String({ description: '评分表出处说明' }),
    categories: Type.Array(
      Type.Object({
        id: Type.String({ description: '类别编号', examples: ['M1'] }),
        title: Type.String({ description: '类别名称' }),
        items: Type.Array(CampaignRubricItem),
      }),
    ),
  }),
);

export const CampaignWindows = named(
  'CampaignWindows',
  Type.Object({ registration: StageWindow, materialsReview: StageWindow, presentations: StageWindow }, { description: '各阶段时间：报名与推荐、材料审核、成果发布' }),
);

/** The campaign's settings (config/campaigns/<year>.json), as shared's CampaignSettings. */
export const CampaignSettings = named(
  'CampaignSettings',
  Type.Object({
    year: Type.Integer({ description: '年度', examples: [2026] }),
    name: Type.String({ description: '活动名称', examples: ['2026年工程建设质量信得过班组活动'] }),
    noticeRef: Type.String({ description: '活动通知文号', examples: ['中施企协字〔2026〕16号'] }),
    windows: CampaignWindows,
    statisticsPeriod: Type.Object(
      { from: Type.String({ description: '起始年月 yyyy-mm', examples: ['2025-05'] }), to: Type.String({ description: '截止年月 yyyy-mm', examples: ['2026-06'] }) },
      { description: '活动记录的统计期' },
    ),
    weights: Type.Object({ materials: Type.Number({ description: '资料审核分值' }), presentation: Type.Number({ description: '成果发布分值' }) }, { description: '两个评审环节的分值（和为 100）' }),
    gradeCaps: Type.Object(
      {
        excellentMax: Type.Number({ description: '优秀等级至多占比（%）' }),
        exemplaryMax: Type.Number({ description: '示范等级至多占比（%）' }),
        improvingMin: Type.Number({ description: '提升等级至少占比（%）' }),
      },
      { description: '等级比例（占评定班组的百分比）' },
    ),
    rubrics: Type.Object({ materials: CampaignRubric, presentation: CampaignRubric }, { description: '评分表' }),
    scoring: Type.Object({ aggregation: Enum(AGGREGATION_POLICIES, { description: '专家组评分汇总：算术平均（mean）或去掉最高最低分（trimmed）' }) }),
    eligibility: Type.Object({ minActivityRecords: Type.Integer({ minimum: 0, description: '申报所需的最少活动记录条数' }) }),
  }),
);
export type CampaignSettings = Static<typeof CampaignSettings>;

/** GET /campaigns/current and the answer to a settings change. */
export const CurrentCampaignView = named(
  'CurrentCampaignView',
  Type.Object({
    year: Type.Integer({ examples: [2026] }),
    name: Type.String({ examples: ['2026年工程建设质量信得过班组活动'] }),
    stage: Enum(CAMPAIGN_STAGES, { description: '今天（北京时间）所处阶段' }),
    stageLabel: Type.String({ description: '阶段的中文名', examples: ['报名与推荐阶段'] }),
    windows: CampaignWindows,
    weights: CampaignSettings.properties.weights,
    gradeCaps: CampaignSettings.properties.gradeCaps,
    settings: CampaignSettings,
  }),
);
export type CurrentCampaignView = Static<typeof CurrentCampaignView>;

// The schema is shared's CampaignSettings written out: a field added there and not here fails to compile.
const sameAsShared: SharedCampaignSettings extends CampaignSettings ? (CampaignSettings extends SharedCampaignSettings ? true : never) : never = true;
void sameAsShared;
