// Signing in and staying signed in: passwords, sessions, lockouts, WeChat sign-in.
export const AUTH_ERRORS = {
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  SESSION_REVOKED: '登录已失效，请重新登录',
  REFRESH_TOKEN_INVALID: '登录已失效，请重新登录',
  LOGIN_FAILED: '账号或密码错误',
  ACCOUNT_LOCKED: '账号因多次密码错误已暂时锁定，请稍后再试，或联系秘书处解锁',
  TOO_MANY_ATTEMPTS: '尝试次数过多，请稍后再试',
  USERNAME_TAKEN: '该用户名已被使用',
  WECHAT_CODE_INVALID: '登录凭证无效或已过期，请重新进入小程序',
  WECHAT_RATE_LIMITED: '登录过于频繁，请稍后再试',
  WECHAT_USER_BLOCKED: '该微信账号存在风险，已被限制登录，请联系微信客服',
  WECHAT_UNAVAILABLE: '暂时无法连接微信服务，请稍后重试',
  WECHAT_TICKET_INVALID: '微信授权已过期，请重新进入小程序后再登录',
} as const;
