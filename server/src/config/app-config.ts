// The only place that reads process.env. Every value is checked at boot; a bad one stops start-up
// with a message that names the variable.
import { resolve } from 'node:path';
import { type AuthConfig, auditAnchorKey, authConfig, demoAccounts, type HttpTimeouts, httpTimeouts, jwtSecret, origins, type S3Config, s3Config, trustProxy } from './config-sections.js';

export type { AuthConfig, HttpTimeouts, S3Config };
import { ConfigError, type Env, httpUrl, integer, MB, oneOf, path, read } from './env-values.js';

export { ConfigError };

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

/** The repository root: server/dist/config or server/src/config → three levels up. */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

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
