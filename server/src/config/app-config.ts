// The only place that reads process.env. Every value is checked at boot; a bad one stops start-up
// with a message that names the variable.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

export type DatabaseType = 'sqlite' | 'mysql' | 'mariadb';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  type: DatabaseType;
  /** SQLite file path; ':memory:' for tests. */
  sqlitePath: string;
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  /** ttlSeconds: the access token's lifetime; short, since the refresh token renews it (AuthConfig). */
  jwt: { secret: string; ttlSeconds: number };
  auth: AuthConfig;
  logLevel: LogLevel;
  /** Folder of the H5 build served at '/'; null when it should not be served. */
  h5Dir: string | null;
  bodyLimitBytes: number;
  seedDemo: boolean;
  configDir: string;
  storage: StorageConfig;
  wechat: WechatConfig;
  /** Where the public reaches the H5 site; certificate QR codes open its verification page. No trailing slash. */
  publicBaseUrl: string;
  similarity: SimilarityConfig;
  /** Browser origins other than the site itself allowed to call the API (CORS); empty: only the site's own pages. */
  corsOrigins: string[];
  /**
   * Which peers' X-Forwarded-For is believed (Fastify's trustProxy): false — none, the socket's address is the client's;
   * a number — that many proxies in front; a list — the proxies' own addresses or CIDRs. The client is the rightmost
   * address not trusted, so an address a client writes into the header itself never counts.
   */
  trustProxy: false | number | string[];
  http: HttpTimeouts;
  audit: AuditConfig;
}

/**
 * The audit log's anchors (README "Audit log"): the chain's head, signed with a key the database does not hold, written
 * into the file store beside the objects (anchors/) from time to time, so a chain rewritten or emptied in the database
 * is caught against the last anchor.
 */
export interface AuditConfig {
  /** HMAC-SHA-256 key of the anchors: AUDIT_ANCHOR_KEY (required in production), else made once as DATA_DIR/audit-anchor-key. */
  anchorKey: string;
  /** An anchor after this many new entries (0: not by count). */
  anchorEveryEntries: number;
  /** An anchor this often when entries were added since the last one (0: not by time). With both 0 no anchor is written
   * by itself (tests write theirs); otherwise one is also written at shutdown. */
  anchorIntervalMs: number;
}

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

export interface SimilarityConfig {
  /** How long after a screening decision the background similarity check starts (decisions meanwhile join it); 0 turns the automatic check off. */
  afterScreeningMs: number;
}

export interface StorageConfig {
  /** Uploaded and generated files, content-addressed by SHA-256 (local driver); uploads being received (both drivers). */
  dir: string;
  maxPdfBytes: number;
  maxPptBytes: number;
  maxPhotoBytes: number;
  /** Uploads an instance reads at once; the rest wait their turn unread (UploadSlots). */
  uploadConcurrency: number;
  /** local: objects under dir/objects; s3: objects in an S3-compatible bucket shared by every instance. */
  driver: 'local' | 's3';
  /** Set only when driver is s3. */
  s3: S3Config | null;
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

export interface WechatConfig {
  appId: string;
  appSecret: string;
  /** https://api.weixin.qq.com in production; a local stand-in in tests. */
  apiBase: string;
  /** Subscribe-message template for status changes; empty disables WeChat delivery (the in-app inbox still works). */
  statusTemplateId: string;
  /** How often the outbox sender looks for due messages; 0 turns the background sender off. */
  senderIntervalMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`配置错误：环境变量 ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const MB = 1024 * 1024;

/** The repository root: server/dist/config or server/src/config → three levels up. */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `应为整数，实际为 "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `应在 ${min} 到 ${max} 之间，实际为 ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `应为 ${allowed.join(' / ')} 之一，实际为 "${raw}"`);
  }
  return raw as T;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `应为 true 或 false，实际为 "${raw}"`);
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `应为 http:// 或 https:// 开头的网址，实际为 "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(name, `应为 http:// 或 https:// 开头的网址，实际为 "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** The demo accounts' passwords are printed and in the README: they are a development login, never for production. */
function demoAccounts(env: Env, production: boolean): boolean {
  const seed = boolean(env, 'SEED_DEMO', !production);
  if (seed && production) throw new ConfigError('SEED_DEMO', '生产环境（NODE_ENV=production）不能创建演示账号：演示账号的密码是公开的');
  return seed;
}

/** A comma-separated list of browser origins (scheme://host[:port], nothing after). */
function origins(env: Env, name: string): string[] {
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
function trustProxy(env: Env): false | number | string[] {
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

function httpTimeouts(env: Env): HttpTimeouts {
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

function path(raw: string): string {
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
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

const jwtSecret = (env: Env, production: boolean, dataDir: string): string =>
  generatedSecret(env, 'JWT_SECRET', 'jwt-secret', production, dataDir);

const auditAnchorKey = (env: Env, production: boolean, dataDir: string): string =>
  generatedSecret(env, 'AUDIT_ANCHOR_KEY', 'audit-anchor-key', production, dataDir, '（审计日志锚点的签名密钥，不能存放在数据库中）');

function authConfig(env: Env): AuthConfig {
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

function s3Config(env: Env): S3Config {
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

export function loadConfig(env: Env = process.env): AppConfig {
  const production = read(env, 'NODE_ENV') === 'production';
  const dataDir = path(read(env, 'DATA_DIR') ?? resolve(REPO_ROOT, 'data'));
  const type = oneOf(env, 'DB_TYPE', ['sqlite', 'mysql', 'mariadb'] as const, 'sqlite');
  const server = type !== 'sqlite';
  const need = (name: string, fallback: string): string => {
    const value = read(env, name);
    if (value !== undefined) return value;
    if (server && production) throw new ConfigError(name, `在 DB_TYPE=${type} 的生产环境必须设置`);
    return fallback;
  };
  const database: DatabaseConfig = {
    type,
    sqlitePath: read(env, 'DB_SQLITE_PATH') === ':memory:' ? ':memory:' : path(read(env, 'DB_SQLITE_PATH') ?? resolve(dataDir, 'platform.sqlite')),
    host: need('DB_HOST', '127.0.0.1'),
    port: integer(env, 'DB_PORT', 3306, 1, 65535),
    username: need('DB_USER', 'cacem'),
    password: need('DB_PASSWORD', ''),
    database: need('DB_NAME', 'cacem'),
  };
  const driver = oneOf(env, 'STORAGE_DRIVER', ['local', 's3'] as const, 'local');
  const h5Raw = read(env, 'H5_DIR');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  return {
    production,
    host: read(env, 'HOST') ?? '127.0.0.1',
    port,
    dataDir,
    database,
    jwt: {
      secret: jwtSecret(env, production, dataDir),
      ttlSeconds: integer(env, 'JWT_TTL_SECONDS', 30 * 60, 60, 30 * 24 * 3600),
    },
    auth: authConfig(env),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    h5Dir: h5Raw === 'none' ? null : path(h5Raw ?? resolve(REPO_ROOT, 'miniapp', 'dist', 'h5')),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    seedDemo: demoAccounts(env, production),
    configDir: path(read(env, 'CONFIG_DIR') ?? resolve(REPO_ROOT, 'config')),
    storage: {
      dir: path(read(env, 'STORAGE_DIR') ?? resolve(dataDir, 'files')),
      maxPdfBytes: integer(env, 'UPLOAD_MAX_PDF_BYTES', 20 * MB, 1024, 2048 * MB),
      maxPptBytes: integer(env, 'UPLOAD_MAX_PPT_BYTES', 50 * MB, 1024, 2048 * MB),
      maxPhotoBytes: integer(env, 'UPLOAD_MAX_PHOTO_BYTES', 5 * MB, 1024, 100 * MB),
      uploadConcurrency: integer(env, 'UPLOAD_CONCURRENCY', 32, 1, 10_000),
      driver,
      s3: driver === 's3' ? s3Config(env) : null,
    },
    wechat: {
      appId: read(env, 'WECHAT_APPID') ?? (production ? '' : 'wx-dev-appid'),
      appSecret: read(env, 'WECHAT_SECRET') ?? (production ? '' : 'dev-secret'),
      apiBase: (read(env, 'WECHAT_API_BASE') ?? 'https://api.weixin.qq.com').replace(/\/+$/, ''),
      statusTemplateId: read(env, 'WECHAT_STATUS_TEMPLATE_ID') ?? '',
      senderIntervalMs: integer(env, 'NOTIFY_INTERVAL_MS', 10_000, 0, 3_600_000),
    },
    publicBaseUrl: httpUrl(env, 'PUBLIC_BASE_URL', `http://localhost:${port}`),
    similarity: {
      afterScreeningMs: integer(env, 'SIMILARITY_AFTER_SCREENING_MS', 60_000, 0, 24 * 3_600_000),
    },
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: trustProxy(env),
    http: httpTimeouts(env),
    audit: {
      anchorKey: auditAnchorKey(env, production, dataDir),
      anchorEveryEntries: integer(env, 'AUDIT_ANCHOR_EVERY_ENTRIES', 100, 0, 1_000_000),
      anchorIntervalMs: integer(env, 'AUDIT_ANCHOR_INTERVAL_SECONDS', 300, 0, 7 * 24 * 3600) * 1000,
    },
  };
}
