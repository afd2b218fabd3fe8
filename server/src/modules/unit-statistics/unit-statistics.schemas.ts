import { ERROR_MESSAGES, type ErrorCode, REVIEW_FORMS, type UnitStatisticsValues as SharedValues } from '@cacem/shared';
import { DateTime, Enum, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

const Count = (description: string) => Type.Integer({ minimum: 0, description: `${description}（个数，非负整数）` });
const Amount = (description: string) => Type.Number({ minimum: 0, description: `${description}（万元，至多两位小数）` });

/**
 * 附件3's values, as the unit files them (PUT body) and as they are kept. The rules (required fields, ranges, the meeting
 * fields only with a meeting …) are shared's checkUnitStatistics: a return breaking them is refused with 422
 * STATISTICS_INVALID listing every problem in details.problems.
 */
export const UnitStatisticsValues = named(
  'UnitStatisticsValues',
  Type.Object({
    enterprisesThisYear: Count('本年度开展质量信得过班组活动企业数'),
    teamsThisYear: Count('本年度开展质量信得过班组活动班组数'),
    cumulativeTrustedTeams: Count('历年质量信得过班组累计数'),
    staffParticipations: Type.Integer({ minimum: 0, description: '本年度参与质量信得过班组活动员工数（人次）', examples: [960] }),
    teamsRecommended: Count('本年度推荐工程建设质量信得过班组数'),
    trainingSpending: Amount('本年度对质量信得过班组活动投入费用（培训、交流、规范化等）'),
    rewardSpending: Amount('本年度对质量信得过班组活动奖励费用'),
    featuresAndProblems: Type.String({ description: '主要特点及存在的问题' }),
    reviewForms: Type.Array(Enum(REVIEW_FORMS), { description: '评审及交流形式（可多选，至少一项）' }),
    meetingHeld: Type.Boolean({ description: '是否组织发布会' }),
    meetingRegisteredTeams: Nullable(Type.Integer({ minimum: 0, description: '发布会报名班组数（未组织发布会为 null）' })),
    meetingPresentingTeams: Nullable(Type.Integer({ minimum: 0, description: '发布班组数（未组织发布会为 null）' })),
    meetingDate: Nullable(Type.String({ description: '发布会时间，YYYY-MM-DD（未组织发布会为 null）', examples: ['2026-05-18'] })),
    meetingPlace: Nullable(Type.String({ description: '发布会地点（未组织发布会为 null）' })),
    meetingAttendance: Nullable(Type.Integer({ minimum: 0, description: '参会人数（未组织发布会为 null）' })),
    department: Type.String({ description: '归口部门', examples: ['质量管理部'] }),
    departmentHead: Type.String({ description: '归口部门负责人' }),
    contactPerson: Type.String({ description: '联系人' }),
    mobile: Type.String({ description: '手机' }),
    email: Type.String({ description: '邮箱' }),
  }),
);
export type UnitStatisticsValues = Static<typeof UnitStatisticsValues>;

// The schema and shared's interface (what checkUnitStatistics judges) name the same fields with the same types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameValues: Same<UnitStatisticsValues, SharedValues> = true;
void sameValues;

const FIELDS = Object.keys(UnitStatisticsValues.properties) as (keyof SharedValues)[];

/** One problem of a return, with its field (shared's StatisticsProblem). */
export const UnitStatisticsProblem = named(
  'UnitStatisticsProblem',
  Type.Object({
    field: Type.Unsafe<keyof SharedValues>({ type: 'string', enum: FIELDS, description: '出问题的字段' }),
    code: Type.Unsafe<ErrorCode>({ type: 'string', enum: Object.keys(ERROR_MESSAGES), description: '错误码（见 ApiError.code）' }),
    message: Type.String({ description: '中文提示', examples: ['发布班组数（31）不能多于发布会报名班组数（30）'] }),
  }),
);
export type UnitStatisticsProblem = Static<typeof UnitStatisticsProblem>;

/** What the platform counts for the unit. */
export const UnitStatisticsPrefill = Type.Object(
  {
    teamsRecommended: Type.Integer({ minimum: 0, description: '平台统计的本届推荐班组数' }),
    cumulativeTrustedTeams: Type.Integer({ minimum: 0, description: '平台统计的历年质量信得过班组累计数（往届已评定、已发证）' }),
  },
  { description: '平台统计的数字（填表时的参考值）' },
);
export type UnitStatisticsPrefill = Static<typeof UnitStatisticsPrefill>;

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM', examples: ['2025-05'] });

/** The unit's 附件3 for the current campaign: what it filed, what the platform counts, and what is still wrong. */
export const UnitStatisticsView = named(
  'UnitStatisticsView',
  Type.Object({
    period: Type.Object({ from: Month, to: Month }, { description: '统计期间（起止月份）' }),
    values: Nullable(UnitStatisticsValues),
    prefill: UnitStatisticsPrefill,
    edited: Type.Object(
      {
        teamsRecommended: Type.Boolean({ description: '填报的推荐班组数与平台统计不同' }),
        cumulativeTrustedTeams: Type.Boolean({ description: '填报的历年累计数与平台统计不同' }),
      },
      { description: '单位改动了平台统计的哪些数字' },
    ),
    updatedAt: Nullable(DateTime),
    problems: Type.Array(UnitStatisticsProblem, { description: '已填报内容按现行规则的问题（无问题为空列表）' }),
  }),
);
export type UnitStatisticsView = Static<typeof UnitStatisticsView>;
