import { Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import type { Principal, StaffRole } from '../access/index.js';

/** The staff roles (everyone who logs in with an account, not a card or a team invite). */
export const STAFF_ROLES = ['secretariat', 'recommender', 'expert'] as const satisfies readonly StaffRole[];

const displayName = Type.String({ description: '显示名称（企业名、成员姓名或账号姓名）', examples: ['中建八局第一建设有限公司'] });

export const DeclarantPrincipalView = named(
  'DeclarantPrincipal',
  Type.Object({
    role: Type.Literal('declarant', { description: '申报企业（凭报名卡登录）' }),
    cardId: Id,
    enterpriseId: Id,
    cardNo: Type.String({ description: '报名卡号', examples: ['2026000014'] }),
    displayName,
  }),
);

export const MemberPrincipalView = named(
  'MemberPrincipal',
  Type.Object({
    role: Type.Literal('member', { description: '班组成员' }),
    memberId: Id,
    teamId: Id,
    enterpriseId: Id,
    displayName,
  }),
);

export const StaffPrincipalView = named(
  'StaffPrincipal',
  Type.Object({
    role: Enum(STAFF_ROLES, { description: '秘书处 / 推荐单位 / 专家' }),
    userId: Id,
    displayName,
    recommendingUnitId: Nullable(Type.Integer({ description: '推荐单位联系人所属的推荐单位（其他角色为 null）' })),
  }),
);

/** Who is calling, as carried in the access token (discriminated by `role`). */
export const PrincipalView = named('Principal', Type.Union([DeclarantPrincipalView, MemberPrincipalView, StaffPrincipalView]));
export type PrincipalView = Static<typeof PrincipalView>;

/** A login's answer, also the base of the other logins' answers (wechat-login, join). */
export const loginFields = {
  accessToken: Type.String({ description: '访问令牌（Authorization: Bearer …）' }),
  expiresIn: Type.Integer({ minimum: 0, description: '访问令牌的有效秒数', examples: [7200] }),
  principal: PrincipalView,
  refreshToken: Type.String({ description: '在 refreshExpiresIn 秒内到 POST /auth/refresh 换取新的令牌（只能使用一次）' }),
  refreshExpiresIn: Type.Integer({ minimum: 0, description: 'refreshToken 的有效秒数' }),
};

export const LoginResult = named('LoginResult', Type.Object(loginFields));
export type LoginResult = Static<typeof LoginResult>;

/** The schema's principal and the one the token carries are the same type (checked here, at compile time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const principalMatches: Same<PrincipalView, Principal> = true;
void principalMatches;
/** wx.login's code, answered either with a login (the WeChat user is bound) or with a ticket to bind with. */
export const WechatLoginResult = named(
  'WechatLoginResult',
  Type.Union([
    Type.Object({
      status: Type.Literal('bound', { description: '此微信已绑定：直接登录' }),
      ...loginFields,
    }),
    Type.Object({
      status: Type.Literal('unbound', { description: '此微信尚未绑定：凭 wechatTicket 在登录、加入班组或绑定时一并绑定' }),
      wechatTicket: Type.String({ description: '用于绑定此微信的临时凭证' }),
      expiresIn: Type.Integer({ minimum: 0, description: 'wechatTicket 的有效秒数', examples: [600] }),
    }),
  ]),
);
export type WechatLoginResult = Static<typeof WechatLoginResult>;

