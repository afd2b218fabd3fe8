import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { ErrorCode } from '@cacem/shared';
import { Clock } from '../../common/clock.js';
import { DomainException } from '../../common/domain.exception.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';

export interface WechatSession {
  openid: string;
  /** Stays on the server (WechatBinding); never in a response or a log. */
  sessionKey: string;
  unionid?: string;
}

export type SendResult = { outcome: 'sent' } | { outcome: 'refused'; error: string } | { outcome: 'failed'; error: string };

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

const TIMEOUT_MS = 5000;
// Refresh this long before WeChat says the token expires, so a send never races the expiry.
const TOKEN_MARGIN_MS = 300_000;

const CODE2SESSION_ERRORS: Record<number, { code: ErrorCode; status: HttpStatus }> = {
  40029: { code: 'WECHAT_CODE_INVALID', status: HttpStatus.UNAUTHORIZED },
  40163: { code: 'WECHAT_CODE_INVALID', status: HttpStatus.UNAUTHORIZED },
  45011: { code: 'WECHAT_RATE_LIMITED', status: HttpStatus.TOO_MANY_REQUESTS },
  40226: { code: 'WECHAT_USER_BLOCKED', status: HttpStatus.FORBIDDEN },
};
const TOKEN_INVALID = new Set([40001, 42001]);
const USER_REFUSED = 43101;

const unavailable = () => new DomainException('WECHAT_UNAVAILABLE', HttpStatus.SERVICE_UNAVAILABLE);

/** The one way to WeChat's servers; the base URL is configuration, so tests point it at a local stand-in. */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);
  private token: { value: string; refreshAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Exchanges a wx.login code (single-use, 5 minutes) for the user's openid and session key. */
  async code2Session(code: string): Promise<WechatSession> {
    const { appId, appSecret } = this.config.wechat;
    const query = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    const reply = await this.request<WechatReply & { openid?: string; session_key?: string; unionid?: string }>(`/sns/jscode2session?${query}`).catch(() => {
      throw unavailable();
    });
    if (reply.errcode) {
      const known = CODE2SESSION_ERRORS[reply.errcode];
      if (known) throw new DomainException(known.code, known.status);
      this.logger.warn(`jscode2session errcode ${reply.errcode}: ${reply.errmsg ?? ''}`);
      throw unavailable();
    }
    if (!reply.openid || !reply.session_key) throw unavailable();
    return { openid: reply.openid, sessionKey: reply.session_key, ...(reply.unionid ? { unionid: reply.unionid } : {}) };
  }

  /**
   * The interface-call credential, cached in this process until shortly before it expires. It comes from
   * /cgi-bin/stable_token, not /cgi-bin/token: a /cgi-bin/token fetch invalidates the token every other server
   * instance holds, so per-instance caches would knock each other out; stable_token (normal mode) hands every
   * caller the same still-valid token, so each instance may keep its own copy and none disagrees with the others.
   */
  async getAccessToken(): Promise<string> {
    if (this.token && this.clock.now().getTime() < this.token.refreshAt) return this.token.value;
    // Concurrent callers share one fetch.
    this.tokenRequest ??= this.fetchAccessToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  /** Sends one subscribe message; a token WeChat no longer accepts is fetched afresh and the send retried once. */
  async sendSubscribeMessage(message: SubscribeMessage): Promise<SendResult> {
    const first = await this.trySend(message);
    if (first !== 'token-invalid') return first;
    this.token = null;
    const second = await this.trySend(message);
    return second === 'token-invalid' ? { outcome: 'failed', error: '微信接口调用凭证无效' } : second;
  }

  private async trySend(message: SubscribeMessage): Promise<SendResult | 'token-invalid'> {
    let reply: WechatReply;
    try {
      const token = await this.getAccessToken();
      reply = await this.request<WechatReply>(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: message.data,
        miniprogram_state: this.config.production ? 'formal' : 'developer',
        lang: 'zh_CN',
      });
    } catch (error) {
      return { outcome: 'failed', error: (error as Error).message.slice(0, 200) };
    }
    if (!reply.errcode) return { outcome: 'sent' };
    if (TOKEN_INVALID.has(reply.errcode)) return 'token-invalid';
    const error = `${reply.errcode} ${reply.errmsg ?? ''}`.trim().slice(0, 200);
    return reply.errcode === USER_REFUSED ? { outcome: 'refused', error } : { outcome: 'failed', error };
  }

  private async fetchAccessToken(): Promise<string> {
    const { appId, appSecret } = this.config.wechat;
    const reply = await this.request<WechatReply & { access_token?: string; expires_in?: number }>('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: appId,
      secret: appSecret,
    });
    if (reply.errcode || !reply.access_token) throw new Error(`stable_token errcode ${reply.errcode ?? '?'}: ${reply.errmsg ?? ''}`);
    const lifetimeMs = (reply.expires_in ?? 7200) * 1000;
    this.token = { value: reply.access_token, refreshAt: this.clock.now().getTime() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) };
    return reply.access_token;
  }

  /** GET when there is no body, POST JSON otherwise; network failure, timeout or a non-JSON answer throws. */
  private async request<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.config.wechat.apiBase}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`WeChat answered HTTP ${response.status}`);
    return (await response.json()) as T;
  }
}
