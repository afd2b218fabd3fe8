import { APPLICATION_STATUSES, type ErrorCode, ERROR_MESSAGES } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export const ScreeningProblem = named(
  'ScreeningProblem',
  Type.Object({
    code: Enum(ERROR_CODES, { description: '问题的错误码（自动检查的资格问题、材料文件丢失，或批量通过时被拒的原因）' }),
    message: Type.String({ description: '问题的中文说明', examples: ['活动记录不足 4 次'] }),
  }),
);
export type ScreeningProblem = Static<typeof ScreeningProblem>;

/** The automatic compliance and completeness checks of 初选 (第八条（三）): clean when there is no problem. */
export const ScreeningChecks = named(
  'ScreeningChecks',
  Type.Object({
    clean: Type.Boolean({ description: '自动检查无问题', examples: [true] }),
    problems: Type.Array(ScreeningProblem, { description: '合规性、完整性自动检查发现的全部问题' }),
  }),
);
export type ScreeningChecks = Static<typeof ScreeningChecks>;

export const ScreeningItem = named(
  'ScreeningItem',
  Type.Object({
    id: Id,
    team: Type.Object({
      id: Id,
      name: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
      kindLabel: Type.String({ description: '班组类型的中文名', examples: ['施工班组'] }),
    }),
    enterprise: Type.Object({ id: Id, name: Type.String({ description: '申报企业名称', examples: ['中建八局第一建设有限公司'] }) }),
    unit: Nullable(
      Type.Object({
        id: Id,
        seq: Type.Integer({ minimum: 1, description: '推荐单位序号（附件2 的顺序）' }),
        name: Type.String({ description: '推荐单位名称' }),
      }),
    ),
    status: Enum(APPLICATION_STATUSES, { description: '申报状态（recommended、screened_in 或 screened_out）' }),
    statusLabel: Type.String({ description: '状态的中文名', examples: ['已推荐'] }),
    submittedAt: Nullable(DateTime),
    preference: Nullable(Type.Integer({ minimum: 1, description: '推荐单位对其推荐班组的排序（待初选时）；否则为 null' })),
    decisionReason: Nullable(Type.String({ description: '初选淘汰的原因（班组可见）；否则为 null' })),
    checks: ScreeningChecks,
  }),
);
export type ScreeningItem = Static<typeof ScreeningItem>;

export const ScreeningWindow = Type.Object(
  {
    opens: DateOnly,
    closes: DateOnly,
    open: Type.Boolean({ description: '今天（北京时间）在材料审核期内' }),
  },
  { description: '材料审核期：初选只能在此期间进行' },
);
export type ScreeningWindow = Static<typeof ScreeningWindow>;

export const ScreeningPage = named('ScreeningPage', Type.Object({ ...Page(ScreeningItem).properties, window: ScreeningWindow }));
export type ScreeningPage = Static<typeof ScreeningPage>;

export const BulkPassResult = named(
  'BulkPassResult',
  Type.Object({
    passed: Type.Array(Id, { description: '已通过初选的申报 id' }),
    skipped: Type.Array(
      Type.Object({ id: Type.Integer({ description: '申报 id' }), problems: Type.Array(ScreeningProblem) }),
      { description: '未通过的申报及其问题（自动检查有问题、状态不对或找不到）' },
    ),
  }),
);
export type BulkPassResult = Static<typeof BulkPassResult>;
