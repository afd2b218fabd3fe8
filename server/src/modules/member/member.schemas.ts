import { MEMBER_ROLES, TEAM_KINDS } from '@cacem/shared';
import { DateTime, Enum, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { loginFields } from '../auth/index.js';

export const TeamMemberView = named(
  'TeamMemberView',
  Type.Object({
    id: Id,
    name: Type.String({ description: '姓名', examples: ['张建国'] }),
    role: Enum(MEMBER_ROLES, { description: '班组长 / 组员' }),
    roleLabel: Type.String({ description: '角色的中文名', examples: ['班组长'] }),
    mobile: Nullable(Type.String({ description: '手机号（未填为 null）', examples: ['13800138000'] })),
    joinedAt: DateTime,
    wechatBound: Type.Boolean({ description: '是否已绑定微信（修改后的回答中总为 false，以名单为准）' }),
  }),
);
export type TeamMemberView = Static<typeof TeamMemberView>;

export const TeamMemberList = Items(TeamMemberView);

/** The team a member belongs to, as the member sees it. */
export const MemberTeam = named(
  'MemberTeam',
  Type.Object({
    id: Id,
    name: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    kind: Enum(TEAM_KINDS, { description: '班组类型' }),
    kindLabel: Type.String({ description: '班组类型的中文名', examples: ['施工班组'] }),
  }),
);

export const MemberProfile = named('MemberProfile', Type.Object({ member: TeamMemberView, team: MemberTeam }));
export type MemberProfile = Static<typeof MemberProfile>;

export const TeamInviteView = named(
  'TeamInviteView',
  Type.Object({
    code: Type.String({ description: '邀请码（8 位）', examples: ['K7M2Q9XA'] }),
    expiresAt: DateTime,
    joinPath: Type.String({ description: '小程序加入班组页的路径（含邀请码）', examples: ['/pages/join/index?code=K7M2Q9XA'] }),
    qrDataUrl: Type.String({ description: '加入路径的二维码（PNG，data: URL）' }),
  }),
);
export type TeamInviteView = Static<typeof TeamInviteView>;

export const MemberLoginCodeView = named(
  'MemberLoginCodeView',
  Type.Object({
    code: Type.String({ description: '一次性登录码（6 位数字）', examples: ['483920'] }),
    expiresAt: DateTime,
  }),
);
export type MemberLoginCodeView = Static<typeof MemberLoginCodeView>;

/** Joining a team logs the new member in. */
export const MemberJoinResult = named('MemberJoinResult', Type.Object({ ...loginFields, memberId: Id }));
export type MemberJoinResult = Static<typeof MemberJoinResult>;
