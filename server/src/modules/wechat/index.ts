// The wechat module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { WechatBindingService } from './wechat-binding.service.js';
