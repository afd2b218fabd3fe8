import { APPLICATION_STATUSES, GRADES, TIMELINE_STEPS, type TimelineStepState } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { MaterialView } from '../material/index.js';

/** What the declarant's buttons may offer on an application now. */
export const APPLICATION_ACTIONS = ['save', 'uploadMaterials', 'submit', 'withdraw'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const TIMELINE_STEP_STATES = ['done', 'current', 'upcoming', 'skipped'] as const satisfies readonly TimelineStepState[];

const text = (description: string, examples?: unknown[]) => Nullable(Type.String({ description, ...(examples ? { examples } : {}) }));

/** 报名表 as saved: a draft may leave any field empty (null); submitting needs them all. */
export const ApplicationProfileView = named(
  'ApplicationProfileView',
  Type.Object({
    leaderName: text('班组长姓名', ['王建国']),
    leaderMobile: text('班组长手机号', ['13800138000']),
    memberCount: Nullable(Type.Integer({ minimum: 1, description: '班组人数', examples: [12] })),
    specialty: text('专业/工种', ['钢筋工程']),
    projectName: text('所在工程项目名称'),
    introduction: text('班组简介'),
  }),
);

/** What the enterprise declares about the team (第六条, 四（一）). */
export const ApplicationDeclarationsView = named(
  'ApplicationDeclarationsView',
  Type.Object({
    isBasicFormalUnit: Type.Boolean({ description: '本班组为企业最基础的正式组织单元' }),
    declaresNoAccidentsInThreeYears: Type.Boolean({ description: '班组近三年无质量、安全、环保事故' }),
    hasActivityPlan: Type.Boolean({ description: '已制定班组活动计划' }),
    hasImplementationPlan: Type.Boolean({ description: '已制定班组活动实施方案' }),
  }),
);

/** One way the application falls short of 第六条/第七条. */
export const EligibilityIssue = named(
  'EligibilityIssue',
  Type.Object({
    code: Type.String({ description: '不符合的条件（ELIGIBILITY_… 错误码）', examples: ['ELIGIBILITY_NO_PDF'] }),
    message: Type.String({ description: '给申报人看的说明', examples: ['尚未上传申报材料（PDF）'] }),
  }),
);

export const ApplicationCertificate = named(
  'ApplicationCertificate',
  Type.Object({
    certificateNo: Type.String({ description: '证书编号' }),
    status: Enum(['valid', 'revoked'] as const, { description: '有效 / 已撤销' }),
    issuedAt: DateTime,
    revokedReason: Nullable(Type.String({ description: '撤销原因（未撤销为 null）' })),
  }),
);

/** The published result (第十条). */
export const ApplicationResult = named(
  'ApplicationResult',
  Type.Object({
    grade: Enum(GRADES, { description: '等级' }),
    gradeLabel: Type.String({ description: '等级的中文名', examples: ['优秀'] }),
    materialsScore: Type.Number({ description: '资料审核得分' }),
    presentationScore: Type.Number({ description: '成果发布得分' }),
    total: Type.Number({ description: '总分' }),
    rank: Type.Integer({ minimum: 1, description: '名次' }),
    explanation: Type.String({ description: '等级的说明（秘书处调整等级时附调整原因）' }),
    publishedAt: DateTime,
    underReview: Type.Boolean({ description: '所依据的评分经秘书处决定已重新汇总：分数为公布时的分数，等级待秘书处重新确认' }),
    underReviewNote: Nullable(Type.String({ description: '复核中的说明（不在复核中为 null）' })),
    certificate: Nullable(ApplicationCertificate),
  }),
);
export type ApplicationResult = Static<typeof ApplicationResult>;

export const ApplicationView = named(
  'ApplicationView',
  Type.Object({
    id: Id,
    campaignYear: Type.Integer({ description: '届（年度）', examples: [2026] }),
    teamId: Id,
    status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
    statusLabel: Type.String({ description: '申报状态的中文名', examples: ['填写中'] }),
    recommendingUnit: Nullable(
      Type.Object(
        { id: Id, seq: Type.Integer({ description: '附件2 名单中的序号' }), name: Type.String({ description: '推荐单位名称' }) },
        { description: '所选推荐单位（未选为 null）' },
      ),
    ),
    profile: ApplicationProfileView,
    declarations: ApplicationDeclarationsView,
    materials: Type.Object(
      { pdf: Nullable(MaterialView), ppt: Nullable(MaterialView) },
      { description: '当前版本的申报材料（未上传为 null）' },
    ),
    activityRecordCount: Type.Integer({ minimum: 0, description: '统计期内的现场活动记录数' }),
    eligibility: Type.Array(EligibilityIssue, { description: '不符合申报条件之处（全部列出；为空即可提交）' }),
    allowedActions: Type.Array(Enum(APPLICATION_ACTIONS), { description: '申报企业此刻可做的操作（成员总为空）' }),
    submittedAt: Nullable(DateTime),
    updatedAt: DateTime,
    version: Type.Integer({ minimum: 1, description: '版本号：保存时带回，他人已修改则 409 APPLICATION_CHANGED' }),
    result: Nullable(ApplicationResult),
  }),
);
export type ApplicationView = Static<typeof ApplicationView>;

export const TimelineStepView = named(
  'TimelineStepView',
  Type.Object({
    key: Enum(TIMELINE_STEPS, { description: '步骤' }),
    label: Type.String({ description: '步骤的中文名', examples: ['报名'] }),
    state: Enum(TIMELINE_STEP_STATES, { description: '已完成 / 进行中 / 未开始 / 已跳过' }),
    date: Nullable({ ...DateOnly, description: '完成的日期（北京时间；未完成为 null）' }),
    note: Nullable(Type.String({ description: '补充说明' })),
  }),
);

export const TimelineEventView = named(
  'TimelineEventView',
  Type.Object({
    at: DateTime,
    from: Nullable(Enum(APPLICATION_STATUSES, { description: '变更前的状态（创建时为 null）' })),
    to: Enum(APPLICATION_STATUSES, { description: '变更后的状态' }),
    fromLabel: Nullable(Type.String({ description: '变更前状态的中文名' })),
    toLabel: Type.String({ description: '变更后状态的中文名' }),
    actor: Type.String({ description: '操作人' }),
    reason: Nullable(Type.String({ description: '原因（如不予推荐的理由）' })),
  }),
);

export const TimelineView = named(
  'TimelineView',
  Type.Object({
    steps: Type.Array(TimelineStepView),
    events: Type.Array(TimelineEventView, { description: '状态变更记录，按时间先后' }),
    next: Type.String({ description: '接下来会发生什么（含本届日期）' }),
  }),
);
export type TimelineView = Static<typeof TimelineView>;
