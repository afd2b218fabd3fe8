import { APPLICATION_STATUSES, CAMPAIGN_STAGE_LABEL, type CampaignStage } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { MATERIAL_KINDS } from '../material/index.js';
import { PANEL_ROLES } from '../panel/index.js';
import { SESSION_STATUSES, SLOT_OUTCOMES } from './presentation-schedule.js';
import { SCORE_CHANGE_STATUSES } from './score-change.entity.js';
import { SCORE_KINDS, SCORE_SHEET_STATUSES } from './score-sheet.entity.js';

/** A sheet's status as the expert sees it: `none` when nothing has been saved yet. */
export const SHEET_STATES = ['none', ...SCORE_SHEET_STATUSES] as const;

export const ScoreKindField = Enum(SCORE_KINDS, { description: '评分类别：materials 资料审核，presentation 成果发布' });
export const PanelRoleField = Enum(PANEL_ROLES, { description: '在专家组中的角色：leader 组长，member 组员' });
export const SheetStateField = Enum(SHEET_STATES, { description: '评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废' });
export const ApplicationStatusField = Enum(APPLICATION_STATUSES, { description: '申报状态' });
export const CampaignStageField = Type.Unsafe<CampaignStage>({
  type: 'string',
  enum: Object.keys(CAMPAIGN_STAGE_LABEL),
  description: '本年度活动当前所处阶段',
});
export const ScoreMap = Type.Record(Type.String(), Type.Number(), { description: '各评分项得分，键为评分项编号', examples: [{ 'm-1': 4.5 }] });
export const CommentMap = Type.Record(Type.String(), Type.String(), { description: '各评分项的评语，键为评分项编号' });

// ---- the rubric (shared Rubric) ----

export const RubricItemView = named(
  'RubricItem',
  Type.Object({
    id: Type.String({ description: '评分项编号', examples: ['m-1'] }),
    title: Type.String({ description: '评分项名称' }),
    max: Type.Number({ description: '该项满分' }),
    guidance: Type.Optional(Type.String({ description: '评分要点，显示在评分项旁' })),
  }),
);

export const Rubric = named(
  'Rubric',
  Type.Object({
    kind: ScoreKindField,
    total: Type.Number({ description: '满分', examples: [100] }),
    step: Type.Number({ description: '打分步长', examples: [0.5] }),
    isDefault: Type.Boolean({ description: '是否为平台内置的默认评分表（秘书处应替换为标准评分表）' }),
    source: Type.String({ description: '评分表出处' }),
    categories: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String({ description: '评分大类名称' }),
        items: Type.Array(RubricItemView),
      }),
    ),
  }),
);
export type Rubric = Static<typeof Rubric>;

// ---- the expert's tasks (GET /reviews/mine) ----

export const ReviewSheetState = named(
  'ReviewSheetState',
  Type.Object({
    status: SheetStateField,
    total: Nullable(Type.Number({ description: '已提交的总分（未提交为 null）' })),
    returnReason: Nullable(Type.String({ description: '被退回时组长填写的原因' })),
    canEdit: Type.Boolean({ description: '现在能否填写或修改' }),
  }),
);
export type ReviewSheetState = Static<typeof ReviewSheetState>;

export const ReviewTaskSession = named(
  'ReviewTaskSession',
  Type.Object({
    id: Id,
    title: Type.String({ description: '发布会场次名称' }),
    date: DateOnly,
    venue: Type.String({ description: '地点' }),
    position: Type.Integer({ minimum: 1, description: '本班组的发布顺序' }),
    status: Enum(SESSION_STATUSES, { description: '场次状态：scheduled 待发布，closed 已闭会' }),
    outcome: Enum(SLOT_OUTCOMES, { description: '本班组的发布结果：pending 待发布，presented 已发布，absent 未到场，forfeited 视同放弃' }),
  }),
);

export const ReviewTask = named(
  'ReviewTask',
  Type.Object({
    applicationId: Id,
    teamName: Type.String({ examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String(),
    specialty: Nullable(Type.String({ description: '专业' })),
    status: ApplicationStatusField,
    panelNo: Type.Integer({ minimum: 1, description: '专家组号' }),
    role: PanelRoleField,
    materials: ReviewSheetState,
    presentation: Nullable(ReviewSheetState),
    session: Nullable(ReviewTaskSession),
  }),
);
export type ReviewTask = Static<typeof ReviewTask>;

export const MyReviews = named(
  'MyReviews',
  Type.Object({
    stage: CampaignStageField,
    panels: Type.Array(
      Type.Object({
        panelNo: Type.Integer({ minimum: 1 }),
        role: PanelRoleField,
        applicationCount: Type.Integer({ minimum: 0 }),
      }),
    ),
    items: Type.Array(ReviewTask),
  }),
);
export type MyReviews = Static<typeof MyReviews>;

// ---- one score sheet ----

export const ScoreSheetView = named(
  'ScoreSheetView',
  Type.Object({
    id: Nullable(Type.Integer({ description: '评分表编号（尚未保存为 null）' })),
    status: SheetStateField,
    scores: ScoreMap,
    comments: CommentMap,
    overallComment: Nullable(Type.String({ description: '总体评语' })),
    total: Nullable(Type.Number({ description: '总分（提交后才有）', examples: [86.5] })),
    submittedAt: Nullable(DateTime),
    returnReason: Nullable(Type.String({ description: '被退回的原因' })),
    returnedAt: Nullable(DateTime),
    version: Type.Integer({ minimum: 0, description: '版本号；保存时带上，防止两台设备互相覆盖' }),
  }),
);
export type ScoreSheetView = Static<typeof ScoreSheetView>;

export const ReviewMaterial = named(
  'ReviewMaterial',
  Type.Object({
    id: Id,
    kind: Enum(MATERIAL_KINDS, { description: '材料类型：pdf 申报书，ppt 发布演示文稿' }),
    version: Type.Integer({ minimum: 1 }),
    originalName: Type.String(),
    mime: Type.String(),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    sha256: Type.String(),
    uploadedAt: DateTime,
    url: Type.String({ description: '短时有效的下载链接（10 分钟），无需登录' }),
  }),
);
export type ReviewMaterial = Static<typeof ReviewMaterial>;

export const ScoreSheetPage = named(
  'ScoreSheetPage',
  Type.Object({
    application: Type.Object({
      id: Id,
      teamName: Type.String(),
      enterpriseName: Type.String(),
      specialty: Nullable(Type.String()),
      projectName: Nullable(Type.String()),
      introduction: Nullable(Type.String()),
      status: ApplicationStatusField,
      materials: Type.Array(ReviewMaterial),
    }),
    kind: ScoreKindField,
    kindLabel: Type.String({ examples: ['资料审核'] }),
    panelNo: Type.Integer({ minimum: 1 }),
    role: PanelRoleField,
    rubric: Rubric,
    sheet: ScoreSheetView,
    canEdit: Type.Boolean({ description: '现在能否填写或修改' }),
    closedReason: Nullable(Type.String({ description: '不能评分的原因（可评分时为 null）' })),
    change: Nullable(
      Type.Object(
        {
          id: Id,
          status: Enum(SCORE_CHANGE_STATUSES),
          statusLabel: Type.String(),
          beforeTotal: Type.Number({ description: '退回前的总分' }),
          afterTotal: Nullable(Type.Number({ description: '更正后的总分（重新提交前为 null）' })),
          decisionNote: Nullable(Type.String({ description: '秘书处的审核意见' })),
        },
        { description: '最近一次待秘书处审核的评分更正（看过同组评分后被退回时才有）' },
      ),
    ),
  }),
);
export type ScoreSheetPage = Static<typeof ScoreSheetPage>;
