import { APPLICATION_STATUSES } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { SCORE_KINDS } from '../review/index.js';
import { KEPT_SHEET_DECISION_STATUSES } from './kept-sheet-decision-status.js';
import { MISCONDUCT_CASE_STATUSES, MISCONDUCT_KINDS } from './misconduct-case.entity.js';

const at = (description: string) => Type.Unsafe<Date | string>({ ...DateTime, description });
const UnitRef = Type.Object({ id: Id, name: Type.String({ description: '推荐单位名称' }) }, { description: '推荐单位' });
const scoreKind = Enum(SCORE_KINDS, { description: '评审环节：资料审核（materials）或成果发布（presentation）' });
const sheetStatus = Type.String({ description: '评分表状态：draft、submitted、returned 或 void', examples: ['submitted'] });

// — 违规查处 —

/** The application a case is about, as the console lists it. */
const MisconductApplicationRef = Type.Object({
  id: Id,
  status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
  statusLabel: Type.String({ description: '申报状态的中文名', examples: ['已取消资格'] }),
  teamName: Nullable(Type.String({ description: '班组名称' })),
  enterpriseName: Nullable(Type.String({ description: '申报企业名称' })),
  unit: Nullable(UnitRef),
});

export const MisconductEvidenceView = named(
  'MisconductEvidenceView',
  Type.Object({
    id: Id,
    fileName: Type.String({ description: '上传时的文件名（仅供显示）', examples: ['查重报告.pdf'] }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    sha256: Type.String({ description: '文件内容的 SHA-256（十六进制）' }),
    mimeType: Type.String({ description: '按文件内容判断的类型', examples: ['application/pdf'] }),
    uploadedAt: DateTime,
    uploadedBy: Type.String({ description: '上传人（审计日志中的操作人）' }),
    url: Type.String({ description: '下载链接（带签名，限时有效）' }),
  }),
);
export type EvidenceView = Static<typeof MisconductEvidenceView>;

export const MisconductCaseView = named(
  'MisconductCaseView',
  Type.Object({
    id: Id,
    campaignId: Id,
    application: MisconductApplicationRef,
    kind: Enum(MISCONDUCT_KINDS, { description: '违规类型：剽窃（plagiarism）或弄虚作假（fraud）' }),
    kindLabel: Type.String({ examples: ['剽窃'] }),
    description: Type.String({ description: '问题线索与情况说明' }),
    status: Enum(MISCONDUCT_CASE_STATUSES, { description: '查处中（open）、经查实（upheld）或不予认定（dismissed）' }),
    statusLabel: Type.String({ examples: ['查处中'] }),
    decisionReason: Nullable(Type.String({ description: '处理理由（尚未决定为 null）' })),
    decidedOn: Nullable(Type.String({ ...DateOnly, description: '决定日期 yyyy-mm-dd（尚未决定为 null）' })),
    decidedAt: Nullable(at('作出决定的时间')),
    decidedBy: Nullable(Type.String({ description: '作出决定的人' })),
    openedAt: at('立案时间'),
    openedBy: Type.String({ description: '立案人' }),
  }),
);
export type CaseView = Static<typeof MisconductCaseView>;

export const MisconductCaseList = Items(MisconductCaseView);
export type MisconductCaseList = Static<typeof MisconductCaseList>;

export const MisconductCaseDetail = named(
  'MisconductCaseDetail',
  Type.Object({ ...MisconductCaseView.properties, evidence: Type.Array(MisconductEvidenceView, { description: '证据材料' }) }),
);
export type CaseDetail = Static<typeof MisconductCaseDetail>;

export const UnitWarningView = named(
  'UnitWarningView',
  Type.Object({
    id: Id,
    campaignId: Id,
    unit: Nullable(UnitRef),
    application: Type.Object({ id: Id, teamName: Nullable(Type.String()), enterpriseName: Nullable(Type.String()) }),
    caseId: Type.Integer({ description: '违规查处案件 id' }),
    kind: Nullable(Enum(MISCONDUCT_KINDS, { description: '违规类型' })),
    kindLabel: Nullable(Type.String({ examples: ['剽窃'] })),
    reason: Type.String({ description: '警示理由（案件的处理理由）' }),
    issuedAt: at('警示时间'),
  }),
);
export type WarningView = Static<typeof UnitWarningView>;

export const UnitWarningList = Items(UnitWarningView);
export type UnitWarningList = Static<typeof UnitWarningList>;

// — 取消专家资格与保留评分 —

/** One of a removed expert's sheets of a stage already closed, as it was at the removal. */
export const KeptSheetSnapshot = named(
  'KeptSheetSnapshot',
  Type.Object({
    sheetId: Id,
    applicationId: Id,
    teamName: Type.String({ description: '班组名称' }),
    kind: scoreKind,
    status: sheetStatus,
    total: Nullable(Type.Number({ description: '已提交评分表的总分；未提交为 null' })),
  }),
);
export type KeptSheetSnapshot = Static<typeof KeptSheetSnapshot>;

/** What an `exclude` decision did: the sheets voided and each panel score before → after. */
export const KeptSheetEffects = named(
  'KeptSheetEffects',
  Type.Object({
    voidedSheetIds: Type.Array(Type.Integer(), { description: '作废的评分表' }),
    scores: Type.Array(
      Type.Object({
        applicationId: Id,
        teamName: Type.String(),
        kind: scoreKind,
        before: Type.Number({ description: '重新汇总前的专家组评分' }),
        after: Type.Number({ description: '重新汇总后的专家组评分' }),
        countedExpertIds: Type.Array(Type.String(), { description: '计入平均分的专家' }),
        droppedExpertIds: Type.Array(Type.String(), { description: '去掉最高最低分时被去掉的专家' }),
      }),
      { description: '重新汇总的专家组评分' },
    ),
    gradingFlagged: Type.Array(Type.Integer(), { description: '须重新生成等级建议或重新确认等级的申报' }),
  }),
);
export type KeptSheetEffects = Static<typeof KeptSheetEffects>;

export const ExpertReplacementView = named(
  'ExpertReplacementView',
  Type.Object({
    id: Id,
    drawId: Id,
    panelNo: Type.Integer({ minimum: 1, description: '专家组编号' }),
    role: Enum(['leader', 'member'] as const, { description: '组长（leader）或组员（member）' }),
    roleLabel: Type.String({ examples: ['组员'] }),
    seed: Type.String({ description: '替换抽取所用的随机种子（可复核）' }),
    candidateCount: Type.Integer({ minimum: 0, description: '可抽取的候选专家人数' }),
    replacementExpert: Nullable(
      Type.Object({ id: Id, name: Type.String() }, { description: '抽中的替换专家；已无可抽取的专家时为 null（专家组少一人继续）' }),
    ),
  }),
);
export type ReplacementView = Static<typeof ExpertReplacementView>;

/** POST /experts/:id/removal. */
export const ExpertRemovalResult = named(
  'ExpertRemovalResult',
  Type.Object({
    expert: Type.Object({
      id: Id,
      name: Type.String(),
      active: Type.Boolean(),
      removedAt: Nullable(at('取消资格的时间')),
      removalReason: Nullable(Type.String({ description: '取消资格的原因' })),
    }),
    replacement: Nullable(ExpertReplacementView),
    voidedSheetIds: Type.Array(Type.Integer(), { description: '作废的评分表（尚未结束的评审阶段）' }),
    panelClosed: Type.Boolean({ description: '专家所在专家组的评审工作已结束（不再抽取替换专家）' }),
    keptSheets: Type.Array(KeptSheetSnapshot, { description: '已结束评审阶段的评分表：保留，是否处理由秘书处另行决定' }),
  }),
);
export type RemovalResult = Static<typeof ExpertRemovalResult>;

/** A removed expert's kept sheets and the secretariat's decision on them. */
export const KeptSheetDecisionView = named(
  'KeptSheetDecisionView',
  Type.Object({
    id: Id,
    expert: Type.Object({
      id: Id,
      name: Type.String(),
      removedAt: Nullable(at('取消资格的时间')),
      removalReason: Nullable(Type.String({ description: '取消资格的原因' })),
    }),
    status: Enum(KEPT_SHEET_DECISION_STATUSES, { description: '待决定（pending）/ 评分维持有效（stand）/ 评分不予采用（exclude）' }),
    statusLabel: Type.String({ examples: ['待秘书处决定'] }),
    openedAt: at('待决定事项产生的时间（取消资格时）'),
    sheets: Type.Array(
      Type.Object({
        sheetId: Id,
        applicationId: Id,
        teamName: Type.String(),
        kind: scoreKind,
        kindLabel: Type.String({ examples: ['资料审核'] }),
        status: Type.String({ description: '评分表现在的状态（不予采用后为 void）' }),
        total: Nullable(Type.Number({ description: '取消资格时已使用的总分' })),
        panelScore: Nullable(Type.Number({ description: '专家组评分（现值）' })),
      }),
    ),
    decision: Nullable(
      Type.Object(
        {
          decision: Enum(['stand', 'exclude'] as const),
          reason: Nullable(Type.String({ description: '决定理由' })),
          decidedAt: Nullable(at('决定时间')),
          decidedBy: Nullable(Type.String()),
          effects: Nullable(KeptSheetEffects),
        },
        { description: '秘书处的决定；待决定为 null' },
      ),
    ),
    version: Type.Integer({ minimum: 1, description: '版本号（作决定时带上，防止与同事重复处理）' }),
  }),
);
export type KeptSheetDecisionView = Static<typeof KeptSheetDecisionView>;

export const KeptSheetDecisionList = named(
  'KeptSheetDecisionList',
  Type.Object({ pending: Type.Integer({ minimum: 0, description: '待决定的条数' }), items: Type.Array(KeptSheetDecisionView) }),
);
export type KeptSheetDecisionList = Static<typeof KeptSheetDecisionList>;
