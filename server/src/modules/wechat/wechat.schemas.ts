import { named, type Static, Type } from '../../common/contract/schema.js';

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
