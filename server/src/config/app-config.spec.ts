import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

/** A data folder per check (loadConfig writes generated secrets into it), all removed at the end. */
const made: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-config-'));
  made.push(dir);
  return dir;
};

describe('configuration read at boot', () => {
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  it('defaults to the embedded SQLite database under DATA_DIR on 127.0.0.1:3000', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: dir, production: false, seedDemo: true });
    expect(config.database).toMatchObject({ type: 'sqlite', sqlitePath: join(dir, 'platform.sqlite') });
  });

  it('keeps the generated development JWT secret across starts', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwt.secret;
    expect(loadConfig({ DATA_DIR: dir }).jwt.secret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('keeps the generated audit anchor key beside the data (not in the database), and takes AUDIT_ANCHOR_KEY when set', () => {
    const dir = dataDir();
    try {
      const first = loadConfig({ DATA_DIR: dir }).audit.anchorKey;
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(first).not.toBe(loadConfig({ DATA_DIR: dir }).jwt.secret);
      expect(loadConfig({ DATA_DIR: dir }).audit.anchorKey).toBe(first);
      expect(readFileSync(join(dir, 'audit-anchor-key'), 'utf8')).toBe(first);
      expect(statSync(join(dir, 'audit-anchor-key')).mode & 0o777).toBe(0o600);
      expect(loadConfig({ DATA_DIR: dir, AUDIT_ANCHOR_KEY: 'k'.repeat(32) }).audit).toEqual({ anchorKey: 'k'.repeat(32), anchorEveryEntries: 100, anchorIntervalMs: 300_000 });
      expect(loadConfig({ DATA_DIR: dir, AUDIT_ANCHOR_EVERY_ENTRIES: '0', AUDIT_ANCHOR_INTERVAL_SECONDS: '60' }).audit).toMatchObject({ anchorEveryEntries: 0, anchorIntervalMs: 60_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', '应为整数'],
    [{ PORT: '70000' }, 'PORT', '应在 0 到 65535 之间'],
    [{ DB_TYPE: 'postgres' }, 'DB_TYPE', 'sqlite / mysql / mariadb'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET', '至少 32 个字符'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET', '必须设置'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DB_TYPE: 'mysql' }, 'DB_HOST', '必须设置'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO', 'true 或 false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'info'],
    [{ CORS_ORIGINS: 'https://ok.example.cn,*' }, 'CORS_ORIGINS', '不是一个来源'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }, 'SEED_DEMO', '不能创建演示账号'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'AUDIT_ANCHOR_KEY', '必须设置'],
    [{ AUDIT_ANCHOR_KEY: 'short' }, 'AUDIT_ANCHOR_KEY', '至少 32 个字符'],
    [{ AUDIT_ANCHOR_INTERVAL_SECONDS: 'often' }, 'AUDIT_ANCHOR_INTERVAL_SECONDS', '应为整数'],
    [{ CORS_ORIGINS: 'https://ok.example.cn/console' }, 'CORS_ORIGINS', '不是一个来源'],
    [{ LOGIN_MAX_FAILURES: '1' }, 'LOGIN_MAX_FAILURES', '应在 3 到 100 之间'],
    [{ LOGIN_LOCK_MINUTES: 'soon' }, 'LOGIN_LOCK_MINUTES', '应为整数'],
    [{ REFRESH_TTL_SECONDS: String(8 * 24 * 3600), SESSION_MAX_SECONDS: String(7 * 24 * 3600) }, 'SESSION_MAX_SECONDS', '不小于 REFRESH_TTL_SECONDS'],
    [{ STORAGE_DRIVER: 'nfs' }, 'STORAGE_DRIVER', 'local / s3'],
    [{ STORAGE_DRIVER: 's3', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, 'S3_BUCKET', '在 STORAGE_DRIVER=s3 时必须设置'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_SECRET_ACCESS_KEY: 's' }, 'S3_ACCESS_KEY_ID', '必须设置'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_ACCESS_KEY_ID: 'k' }, 'S3_SECRET_ACCESS_KEY', '必须设置'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'Cacem_Files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, 'S3_BUCKET', '存储桶名'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT', 'http://'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'perhaps' }, 'S3_FORCE_PATH_STYLE', 'true 或 false'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_PREFIX: 'a b' }, 'S3_PREFIX', '只能包含'],
  ])('stops start-up on %j, naming %s', (env, variable, fragment) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(`环境变量 ${variable}`);
    expect((error as ConfigError).message).toContain(fragment);
  });

  it('keeps files on local disk unless STORAGE_DRIVER=s3, and reads the S3 settings only then', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).storage).toMatchObject({ driver: 'local', s3: null, dir: join(dir, 'files') });
    const aws = loadConfig({ DATA_DIR: dir, STORAGE_DRIVER: 's3', S3_BUCKET: 'cacem-files', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(aws.storage.s3).toEqual({
      endpoint: undefined,
      region: 'us-east-1',
      bucket: 'cacem-files',
      accessKeyId: 'AKID',
      secretAccessKey: 'secret',
      forcePathStyle: false,
      prefix: '',
    });
    const compatible = loadConfig({
      DATA_DIR: dir,
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_REGION: 'cn-north-1',
      S3_BUCKET: 'cacem-files',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_PREFIX: '/platform/prod/',
    });
    expect(compatible.storage.s3).toMatchObject({ endpoint: 'http://127.0.0.1:9000', region: 'cn-north-1', forcePathStyle: true, prefix: 'platform/prod/' });
  });

  it('gives short access tokens, week-long refresh tokens and a lockout after 5 wrong passwords by default', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.jwt.ttlSeconds).toBe(30 * 60);
    expect(config.auth).toEqual({
      maxFailures: 5,
      lockMinutes: 15,
      addressMaxFailures: 20,
      addressLockMinutes: 15,
      refreshTtlSeconds: 7 * 24 * 3600,
      sessionMaxSeconds: 30 * 24 * 3600,
      refreshReuseGraceSeconds: 10,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), LOGIN_MAX_FAILURES: '8', LOGIN_ADDRESS_MAX_FAILURES: '50' }).auth).toMatchObject({ maxFailures: 8, addressMaxFailures: 50 });
  });

  it('believes X-Forwarded-For from no one by default, and from a hop count or named proxies when TRUST_PROXY says so', () => {
    const trust = (value?: string) => loadConfig({ DATA_DIR: dataDir(), ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('off')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('127.0.0.1, 10.0.0.0/8, ::1, fd00::/8')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    for (const [value, problem] of [
      ['true', '不能为 true'],
      ['nginx', '"nginx" 不是地址或网段'],
      ['10.0.0.0/33', '"10.0.0.0/33" 不是地址或网段'],
      ['11', '应在 1 到 10 之间'],
    ] as const) {
      expect(() => trust(value)).toThrow(problem);
    }
  });

  it('cuts off slow headers and slow upload bodies by default, and lets each be set', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).http).toEqual({
      headersTimeoutMs: 30_000,
      requestTimeoutMs: 3_600_000,
      uploadIdleMs: 20_000,
      uploadMinBytesPerSecond: 8192,
      uploadGraceMs: 15_000,
      uploadRateWindowMs: 15_000,
      uploadsPerAccount: 4,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), UPLOAD_IDLE_SECONDS: '5', UPLOADS_PER_ACCOUNT: '2', UPLOAD_MIN_BYTES_PER_SECOND: '0' }).http).toMatchObject({
      uploadIdleMs: 5000,
      uploadsPerAccount: 2,
      uploadMinBytesPerSecond: 0,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), UPLOAD_IDLE_SECONDS: '0' })).toThrow('UPLOAD_IDLE_SECONDS');
  });

  it('turns demo data off in production (and refuses to turn it on, above)', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), AUDIT_ANCHOR_KEY: 'a'.repeat(40) });
    expect(config.seedDemo).toBe(false);
  });
});
