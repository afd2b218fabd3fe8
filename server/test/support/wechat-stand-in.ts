import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSend {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  accessToken: string;
}

/**
 * A local stand-in for api.weixin.qq.com speaking the parts of its protocol the platform uses: jscode2session,
 * stable_token (and the older token), and subscribe/send. Tests script it: which code maps to which openid,
 * which codes fail with which errcode, whether sends are refused or fail, and they read what was sent.
 */
export class WechatStandIn {
  readonly appId = 'wx-standin-appid';
  readonly appSecret = 'standin-secret';
  readonly sends: ReceivedSend[] = [];
  /** Every token request, in order. */
  readonly tokenRequests: Array<'stable_token' | 'token'> = [];
  /** When true, the server drops every connection without answering (a network failure). */
  dropConnections = false;
  /** When set, subscribe/send answers this errcode (43101: the user has not consented). */
  sendErrcode: number | null = null;
  /** The next N subscribe/send calls answer errcode -1 (system busy) and are not recorded. */
  failNextSends = 0;

  private server: Server | null = null;
  private readonly sessions = new Map<string, { openid: string; unionid?: string }>();
  private readonly codeErrors = new Map<string, number>();
  private readonly usedCodes = new Set<string>();
  private validToken = '';
  private tokenSerial = 0;
  private codeSerial = 0;

  get base(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('stand-in not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Environment for startTestApp pointing the platform here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { WECHAT_API_BASE: this.base, WECHAT_APPID: this.appId, WECHAT_SECRET: this.appSecret, NOTIFY_INTERVAL_MS: '0', ...extra };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** A fresh wx.login code that logs in as `openid`. */
  codeFor(openid: string, unionid?: string): string {
    const code = `code-${++this.codeSerial}-${openid}`;
    this.sessions.set(code, { openid, ...(unionid ? { unionid } : {}) });
    return code;
  }

  /** A code that jscode2session answers with this errcode. */
  failingCode(errcode: number): string {
    const code = `bad-${++this.codeSerial}`;
    this.codeErrors.set(code, errcode);
    return code;
  }

  /** WeChat stops accepting the current access token (as when it expires early): the next send gets 40001. */
  invalidateToken(): void {
    this.validToken = '';
  }

  sessionKeyOf(code: string): string {
    return Buffer.from(`session-key-of-${code}`).toString('base64');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.dropConnections) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const body = req.method === 'POST' ? await readJson(req) : {};
    const reply = (payload: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    switch (url.pathname) {
      case '/sns/jscode2session':
        return reply(this.jscode2session(url.searchParams));
      case '/cgi-bin/stable_token':
        this.tokenRequests.push('stable_token');
        return reply(this.token(String(body.appid), String(body.secret), body.grant_type));
      case '/cgi-bin/token':
        this.tokenRequests.push('token');
        // The old endpoint always issues a new token, invalidating the previous one.
        this.validToken = '';
        return reply(this.token(url.searchParams.get('appid') ?? '', url.searchParams.get('secret') ?? '', url.searchParams.get('grant_type')));
      case '/cgi-bin/message/subscribe/send':
        return reply(this.send(url.searchParams.get('access_token') ?? '', body));
      default:
        res.writeHead(404);
        res.end();
    }
  }

  private jscode2session(q: URLSearchParams): object {
    if (q.get('appid') !== this.appId || q.get('secret') !== this.appSecret) return { errcode: 40013, errmsg: 'invalid appid' };
    if (q.get('grant_type') !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' };
    const code = q.get('js_code') ?? '';
    const errcode = this.codeErrors.get(code);
    if (errcode !== undefined) return { errcode, errmsg: `scripted error ${errcode}` };
    const session = this.sessions.get(code);
    if (!session) return { errcode: 40029, errmsg: 'invalid code' };
    if (this.usedCodes.has(code)) return { errcode: 40163, errmsg: 'code been used' };
    this.usedCodes.add(code);
    return { openid: session.openid, session_key: this.sessionKeyOf(code), ...(session.unionid ? { unionid: session.unionid } : {}) };
  }

  private token(appid: string, secret: string, grantType: unknown): object {
    if (appid !== this.appId || secret !== this.appSecret) return { errcode: 40013, errmsg: 'invalid appid' };
    if (grantType !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' };
    // stable_token hands out the current token while it is valid, a new one only when there is none.
    if (!this.validToken) this.validToken = `token-${++this.tokenSerial}`;
    return { access_token: this.validToken, expires_in: 7200 };
  }

  private send(accessToken: string, body: Record<string, unknown>): object {
    if (!accessToken || accessToken !== this.validToken) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    if (this.failNextSends > 0) {
      this.failNextSends--;
      return { errcode: -1, errmsg: 'system error' };
    }
    if (this.sendErrcode !== null) return { errcode: this.sendErrcode, errmsg: this.sendErrcode === 43101 ? 'user refuse to accept the msg' : 'scripted error' };
    this.sends.push({
      touser: String(body.touser),
      template_id: String(body.template_id),
      page: String(body.page),
      data: body.data as ReceivedSend['data'],
      accessToken,
    });
    return { errcode: 0, errmsg: 'ok' };
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
