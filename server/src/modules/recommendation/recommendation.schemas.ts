import { APPLICATION_STATUSES } from '@cacem/shared';
import { ApplicationDeclarationsView, ApplicationProfileView } from '../application/index.js';
import { DateOnly, DateTime, Enum, Id, Items, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

/** A material as the recommender sees it: enough to open it. */
export const RecommendationMaterialLink = named(
  'RecommendationMaterialLink',
  Type.Object({
    url: Type.String({ description: '签名的下载地址（有时效）' }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    originalName: Type.String({ description: '上传时的文件名', examples: ['钢筋加工班组申报材料.pdf'] }),
  }),
);
export type RecommendationMaterialLink = Static<typeof RecommendationMaterialLink>;

/** The registration stage, within which a unit recommends, declines and orders. */
export const RecommendationWindow = named(
  'RecommendationWindow',
  Type.Object({
    opens: DateOnly,
    closes: DateOnly,
    open: Type.Boolean({ description: '今天（北京时间）是否在报名与推荐阶段内' }),
  }),
);
export type RecommendationWindow = Static<typeof RecommendationWindow>;

/** One application submitted to the unit, as its list shows it. */
export const RecommendationItem = named(
  'RecommendationItem',
  Type.Object({
    id: Id,
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    teamKindLabel: Type.String({ description: '班组类型的中文名', examples: ['施工班组'] }),
    enterpriseName: Type.String({ description: '企业名称', examples: ['中冶建工集团有限公司'] }),
    status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
    statusLabel: Type.String({ description: '申报状态的中文名', examples: ['待推荐'] }),
    submittedAt: Nullable(DateTime),
    preference: Nullable(Type.Integer({ minimum: 1, description: '在本单位已推荐申报中的推荐顺序（未推荐为 null）' })),
    decisionReason: Nullable(Type.String({ description: '不予推荐的原因（未获推荐时才有）' })),
    materials: Type.Object({
      pdf: Nullable(RecommendationMaterialLink),
      ppt: Nullable(RecommendationMaterialLink),
    }),
  }),
);
export type RecommendationItem = Static<typeof RecommendationItem>;

/** One application in full: the registration form, the declarations and how many activity records it has. */
export const RecommendationDetail = named(
  'RecommendationDetail',
  Type.Object({
    ...RecommendationItem.properties,
    profile: ApplicationProfileView,
    declarations: ApplicationDeclarationsView,
    activityRecordCount: Type.Integer({ minimum: 0, description: '现场活动记录数' }),
  }),
);
export type RecommendationDetail = Static<typeof RecommendationDetail>;

export const RecommendationPage = named(
  'RecommendationPage',
  Type.Object({ ...Page(RecommendationItem).properties, window: RecommendationWindow }),
);
export type RecommendationPage = Static<typeof RecommendationPage>;

export const RecommendationOrder = Items(RecommendationItem);
export type RecommendationOrder = Static<typeof RecommendationOrder>;
