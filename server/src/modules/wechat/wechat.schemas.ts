import { named, type Static, Type } from '../../common/contract/schema.js';
import { loginFields } from '../auth/index.js';

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

export const WechatTemplates = named(
  'WechatTemplates',
  Type.Object({
    statusTemplateId: Type.String({ description: '申报状态变更通知的订阅消息模板 ID（未配置时为空字符串）' }),
  }),
);
export type WechatTemplates = Static<typeof WechatTemplates>;

export const SubscriptionsAccepted = named(
  'SubscriptionsAccepted',
  Type.Object({ accepted: Type.Integer({ minimum: 0, description: '记下的订阅次数（平台不发送的模板不计）', examples: [1] }) }),
);
export type SubscriptionsAccepted = Static<typeof SubscriptionsAccepted>;
