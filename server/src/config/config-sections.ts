// The parts of the configuration that take more than one line to read: secrets made once and kept, the proxy and CORS
// lists, timeouts, login throttling and the S3 bucket.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { boolean, ConfigError, type Env, httpUrl, integer, MB, read } from './env-values.js';

/** How long a client may take over its request: slow headers on every route, slow upload bodies (UploadWatch). */
export interface HttpTimeouts {
  /** The request line and headers must arrive within this (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (Node's requestTimeout); 0 turns it off. */
  requestTimeoutMs: number;
  /** An upload body that brings no byte for this long is cut off (UPLOAD_TOO_SLOW). */
  uploadIdleMs: number;
  /** After uploadGraceMs, an upload body averaging less than this over the last uploadRateWindowMs is cut off. */
  uploadMinBytesPerSecond: number;
  uploadGraceMs: number;
  uploadRateWindowMs: number;
  /** Uploads one account may have in progress (read or waiting for a slot) at once; more are refused (UPLOAD_TOO_MANY_AT_ONCE). */
  uploadsPerAccount: number;
}

/** Login throttling (per account and per address) and the sessions behind the access tokens. */
export interface AuthConfig {
  /** Wrong passwords in a row that lock a card or a user name. */
  maxFailures: number;
  /** How long a locked card or user name stays locked; failures older than this no longer count. */
  lockMinutes: number;
  /** Failed logins and codes from one address that block it. */
  addressMaxFailures: number;
  /** How long a blocked address stays blocked; failures older than this no longer count. */
  addressLockMinutes: number;
  /** A refresh token's lifetime; each refresh starts it again, up to sessionMaxSeconds after login. */
  refreshTtlSeconds: number;
  /** A session ends this long after its login however often it was refreshed. */
  sessionMaxSeconds: number;
  /** A spent refresh token presented again within this many seconds of its rotation (two tabs refreshing at once) is
   * refused without ending the session; later it is taken for a stolen token and ends the session. */
  refreshReuseGraceSeconds: number;
}

export interface S3Config {
  /** An S3-compatible service (MinIO, OSS, COS …); undefined means AWS itself. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (http://host/bucket/key) rather than the host name; what most S3-compatible services want. */
  forcePathStyle: boolean;
  /** Prepended to every object key ('' or ending in '/'), so one bucket can hold several platforms' files. */
  prefix: string;
}

/** The demo accounts' passwords are printed and in the README: they are a development login, never for production. */
export function demoAccounts(env: Env, production: boolean): boolean {
  const seed = boolean(env, 'SEED_DEMO', !production);
  if (seed && production) throw new ConfigError('SEED_DEMO', '生产环境（NODE_ENV=production）不能创建演示账号：演示账号的密码是公开的');
  return seed;
}

/** A comma-separated list of browser origins (scheme://host[:port], nothing after). */
export function origins(env: Env, name: string): string[] {
  const raw = read(env, name);
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let url: URL | null = null;
      try {
        url = new URL(o);
      } catch {
        // reported below
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== o.replace(/\/+$/, '')) {
        throw new ConfigError(name, `应为以逗号分隔的来源（如 https://pingtai.example.cn），"${o}" 不是一个来源`);
      }
      return url.origin;
    });
}

/**
 * TRUST_PROXY: off (the default: the socket's address is the client's), a hop count (1 behind one nginx), or the
 * proxies' addresses and CIDRs, comma-separated. `true` (trust every peer) is refused: it lets any client name its own
 * address in X-Forwarded-For.
 */
export function trustProxy(env: Env): false | number | string[] {
  const name = 'TRUST_PROXY';
  const raw = read(env, name);
  if (raw === undefined || ['0', 'false', 'off', 'no'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(raw.toLowerCase())) {
    throw new ConfigError(name, '不能为 true（那样任何客户端都能在 X-Forwarded-For 中自报地址）：请填代理的个数（如 1），或代理的地址 / 网段（如 127.0.0.1,10.0.0.0/8）');
  }
  if (/^\d+$/.test(raw)) return integer(env, name, 0, 1, 10);
  return raw
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .map((entry) => {
      const [address, prefix, ...rest] = entry.split('/');
      const family = isIP(address ?? '');
      const bits = family === 4 ? 32 : 128;
      const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
      if (family === 0 || !prefixOk || rest.length > 0) {
        throw new ConfigError(name, `应为代理的个数，或以逗号分隔的代理地址 / 网段（如 127.0.0.1,10.0.0.0/8），"${entry}" 不是地址或网段`);
      }
      return entry;
    });
}

export function httpTimeouts(env: Env): HttpTimeouts {
  return {
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_SECONDS', 30, 1, 600) * 1000,
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_SECONDS', 3600, 0, 24 * 3600) * 1000,
    uploadIdleMs: integer(env, 'UPLOAD_IDLE_SECONDS', 20, 1, 3600) * 1000,
    uploadMinBytesPerSecond: integer(env, 'UPLOAD_MIN_BYTES_PER_SECOND', 8 * 1024, 0, 100 * MB),
    uploadGraceMs: integer(env, 'UPLOAD_RATE_GRACE_SECONDS', 15, 0, 3600) * 1000,
    uploadRateWindowMs: integer(env, 'UPLOAD_RATE_WINDOW_SECONDS', 15, 1, 3600) * 1000,
    uploadsPerAccount: integer(env, 'UPLOADS_PER_ACCOUNT', 4, 1, 1000),
  };
}

/**
 * A secret read from the environment (at least 32 characters; required in production), else made once and kept beside
 * the data in DATA_DIR/<file>, so it survives a restart. JWT_SECRET signs sessions; AUDIT_ANCHOR_KEY signs the audit
 * log's anchors and is never in the database, which the anchors guard, nor in a backup.
 */
function generatedSecret(env: Env, name: string, file: string, production: boolean, dataDir: string, why = ''): string {
  const raw = read(env, name);
  if (raw !== undefined) {
    if (raw.length < 32) throw new ConfigError(name, '长度应至少 32 个字符');
    return raw;
  }
  if (production) throw new ConfigError(name, `在生产环境（NODE_ENV=production）必须设置${why}`);
  const target = resolve(dataDir, file);
  if (existsSync(target)) return readFileSync(target, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(target, secret, { mode: 0o600 });
  return secret;
}

export const jwtSecret = (env: Env, production: boolean, dataDir: string): string =>
  generatedSecret(env, 'JWT_SECRET', 'jwt-secret', production, dataDir);

export const auditAnchorKey = (env: Env, production: boolean, dataDir: string): string =>
  generatedSecret(env, 'AUDIT_ANCHOR_KEY', 'audit-anchor-key', production, dataDir, '（审计日志锚点的签名密钥，不能存放在数据库中）');

export function authConfig(env: Env): AuthConfig {
  const refreshTtlSeconds = integer(env, 'REFRESH_TTL_SECONDS', 7 * 24 * 3600, 300, 90 * 24 * 3600);
  const sessionMaxSeconds = integer(env, 'SESSION_MAX_SECONDS', 30 * 24 * 3600, 300, 365 * 24 * 3600);
  if (sessionMaxSeconds < refreshTtlSeconds) throw new ConfigError('SESSION_MAX_SECONDS', `应不小于 REFRESH_TTL_SECONDS（${refreshTtlSeconds}）`);
  return {
    maxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 3, 100),
    lockMinutes: integer(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    addressMaxFailures: integer(env, 'LOGIN_ADDRESS_MAX_FAILURES', 20, 5, 10_000),
    addressLockMinutes: integer(env, 'LOGIN_ADDRESS_LOCK_MINUTES', 15, 1, 24 * 60),
    refreshTtlSeconds,
    sessionMaxSeconds,
    refreshReuseGraceSeconds: integer(env, 'REFRESH_REUSE_GRACE_SECONDS', 10, 0, 300),
  };
}

export function s3Config(env: Env): S3Config {
  const required = (name: string): string => {
    const value = read(env, name);
    if (value === undefined) throw new ConfigError(name, '在 STORAGE_DRIVER=s3 时必须设置');
    return value;
  };
  const endpoint = read(env, 'S3_ENDPOINT') === undefined ? undefined : httpUrl(env, 'S3_ENDPOINT', '');
  const bucket = required('S3_BUCKET');
  // S3's own bucket naming rules; a wrong name would otherwise surface only as an obscure error at the first upload.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError('S3_BUCKET', `应为 3 到 63 位小写字母、数字、点或连字符组成的存储桶名，实际为 "${bucket}"`);
  const prefixRaw = read(env, 'S3_PREFIX') ?? '';
  const prefix = prefixRaw.replace(/^\/+|\/+$/g, '');
  if (prefix !== '' && !/^[A-Za-z0-9._\-/]+$/.test(prefix)) throw new ConfigError('S3_PREFIX', `只能包含字母、数字、点、下划线、连字符和 /，实际为 "${prefixRaw}"`);
  return {
    endpoint,
    region: read(env, 'S3_REGION') ?? 'us-east-1',
    bucket,
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
    prefix: prefix === '' ? '' : `${prefix}/`,
  };
}
