// The wechat module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { WechatBindingService } from './wechat-binding.service.js';
export { SubscribeConsentService } from './subscribe-consent.service.js';
export { TICKET_TTL_SECONDS } from './wechat-binding.service.js';
export { type WechatSession, WechatClient } from './wechat.client.js';
export type { WechatBinding } from './wechat-binding.entity.js';
export { boundOpenids, wechatBoundIds } from './wechat.queries.js';
