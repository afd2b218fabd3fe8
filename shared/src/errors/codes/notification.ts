// Messages to people: WeChat subscriptions and the inbox.
export const NOTIFICATION_ERRORS = {
  WECHAT_NOT_BOUND: '请先在小程序中登录以绑定微信，再订阅消息',
  INBOX_MESSAGE_NOT_FOUND: '找不到该消息',
} as const;
