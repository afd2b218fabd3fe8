import { APPLICATION_STATUSES } from '@cacem/shared';
import { DateTime, Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

const UnitRef = Type.Object({
  id: Id,
  seq: Type.Integer({ description: '推荐单位在附件 2 中的序号' }),
  name: Type.String({ description: '推荐单位名称', examples: ['中国建筑集团有限公司'] }),
});

export const InvitationRow = named(
  'InvitationRow',
  Type.Object({
    applicationId: Id,
    rank: Type.Integer({ minimum: 1, description: '按资料审核得分的排名（同分同名次）', examples: [1] }),
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String({ description: '企业名称' }),
    unit: Nullable(UnitRef),
    materialsScore: Nullable(Type.Number({ description: '资料审核得分（尚无为 null）', examples: [86.5] })),
    status: Enum(APPLICATION_STATUSES, { description: '申报状态' }),
    statusLabel: Type.String({ description: '申报状态的中文名', examples: ['已完成资料审核'] }),
  }),
);
export type InvitationRow = Static<typeof InvitationRow>;

export const InvitationList = named(
  'InvitationList',
  Type.Object({
    published: Type.Boolean({ description: '名单是否已公布', examples: [false] }),
    publishedAt: Nullable(DateTime),
    underReview: Type.Integer({ minimum: 0, description: '仍在资料审核中的申报数；不为 0 时不能确定名单' }),
    items: Type.Array(InvitationRow),
  }),
);
export type InvitationList = Static<typeof InvitationList>;

export const PublicInvitationItem = named(
  'PublicInvitationItem',
  Type.Object({
    no: Type.Integer({ minimum: 1, description: '序号', examples: [1] }),
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String({ description: '企业名称' }),
    unitName: Type.String({ description: '推荐单位名称（无为空串）' }),
  }),
);
export type PublicInvitationItem = Static<typeof PublicInvitationItem>;

/** The envelope of a published list (公开名单): the campaign, whether it is out, and its rows. */
export function PublicListOf<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({
    year: Type.Integer({ description: '活动年度', examples: [2026] }),
    name: Type.String({ description: '活动名称', examples: ['2026年度工程建设质量信得过班组活动'] }),
    published: Type.Boolean({ description: '是否已公布；未公布时 items 为空' }),
    publishedAt: Nullable(DateTime),
    items: Type.Array(item),
  });
}

export const PublicInvitationList = named('PublicInvitationList', PublicListOf(PublicInvitationItem));
export type PublicInvitationList = Static<typeof PublicInvitationList>;
