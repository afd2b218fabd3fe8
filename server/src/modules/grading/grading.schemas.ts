import { GRADES } from '@cacem/shared';
import { DateTime, Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { PublicInvitationItem, PublicListOf } from '../invitation/index.js';

const Score = (description: string) => Type.Number({ description, examples: [88.5] });

export const GradingItem = named(
  'GradingItem',
  Type.Object({
    applicationId: Id,
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String({ description: '企业名称' }),
    unitName: Type.String({ description: '推荐单位名称（无为空串）' }),
    materialsScore: Score('资料审核得分'),
    presentationScore: Score('成果发布得分'),
    total: Score('总分（资料审核得分 + 成果发布得分）'),
    rank: Type.Integer({ minimum: 1, description: '按总分的排名', examples: [1] }),
    proposedGrade: Enum(GRADES, { description: '系统建议的等级' }),
    proposedGradeLabel: Type.String({ description: '建议等级的中文名', examples: ['卓越级'] }),
    grade: Enum(GRADES, { description: '决定的等级（未调整时同建议等级）' }),
    gradeLabel: Type.String({ description: '决定等级的中文名', examples: ['卓越级'] }),
    tiedAtBoundary: Type.Boolean({ description: '在等级边界上并列（取较低等级，须由秘书处决定是否打破）' }),
    explanation: Type.String({ description: '建议等级的说明' }),
    adjustmentReason: Nullable(Type.String({ description: '调整理由（未调整为 null）' })),
    confirmedAt: Nullable(DateTime),
    publishedAt: Nullable(DateTime),
    rescoreRequired: Type.Boolean({ description: '所依据的评分经秘书处决定发生了变化（如撤换专家后排除其评分），须重新评定' }),
    rescoreNote: Nullable(Type.String({ description: '评分变化的说明' })),
    version: Type.Integer({ minimum: 1, description: '行的版本号，调整时带上以防覆盖同事的修改' }),
  }),
);
export type GradingItem = Static<typeof GradingItem>;

const GradeCount = (description: string) => Type.Integer({ minimum: 0, description });

export const GradingView = named(
  'GradingView',
  Type.Object({
    proposed: Type.Boolean({ description: '已生成等级建议', examples: [true] }),
    confirmed: Type.Boolean({ description: '等级已确认', examples: [false] }),
    published: Type.Boolean({ description: '评定结果已公布', examples: [false] }),
    publishedAt: Nullable(DateTime),
    waitingPresentations: Type.Integer({ minimum: 0, description: '成果发布尚未结束的受邀班组数' }),
    presented: Type.Integer({ minimum: 0, description: '已完成成果发布的班组数' }),
    caps: Type.Object(
      {
        excellentMax: Type.Number({ description: '卓越级上限（%）', examples: [10] }),
        exemplaryMax: Type.Number({ description: '示范级上限（%）', examples: [40] }),
        improvingMin: Type.Number({ description: '改进级下限（%）', examples: [50] }),
      },
      { description: '本届设置的等级比例（百分数）' },
    ),
    slots: Type.Object(
      {
        graded: GradeCount('参加评定的班组数'),
        excellent: GradeCount('卓越级名额'),
        exemplary: GradeCount('示范级名额'),
      },
      { description: '按比例算得的名额' },
    ),
    counts: Type.Object(
      { excellent: GradeCount('卓越级'), exemplary: GradeCount('示范级'), improving: GradeCount('改进级') },
      { description: '当前各等级的班组数' },
    ),
    ties: Type.Array(Id, { description: '在等级边界上并列的申报编号' }),
    rescoreRequired: Type.Boolean({ description: '有评分经秘书处决定发生变化：确认前须重新生成建议，确认后须重新确认' }),
    items: Type.Array(GradingItem),
  }),
);
export type GradingView = Static<typeof GradingView>;

export const PublicResultItem = named(
  'PublicResultItem',
  Type.Object({
    ...PublicInvitationItem.properties,
    grade: Enum(GRADES, { description: '等级' }),
    gradeLabel: Type.String({ description: '等级的中文名', examples: ['卓越级'] }),
    underReview: Type.Boolean({ description: '所依据的评分经秘书处决定发生了变化，等级待重新确认' }),
  }),
);
export type PublicResultItem = Static<typeof PublicResultItem>;

export const PublicResultList = named('PublicResultList', PublicListOf(PublicResultItem));
export type PublicResultList = Static<typeof PublicResultList>;
