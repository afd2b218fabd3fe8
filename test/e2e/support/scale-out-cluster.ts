import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createConnection } from 'mysql2/promise';
import { startMariaDb, type ThrowawayMariaDb } from '../../../scripts/lib/mariadb.mjs';
import { zipFixture } from '../../../server/test/support/material-files.js';
import { api } from './api.js';
import { configDirInRegistrationWindow } from './config-dir.js';
import { type RunningProxy, startNginx } from './nginx.js';
import { type S3StandIn, startS3StandIn } from './s3.js';
import { login } from './season.js';
import { type RunningServer, startServer } from './server.js';

/**
 * scale-out.e2e.ts's cluster: two server instances behind Debian's nginx (round-robin, so consecutive requests
 * alternate), sharing one MariaDB database and one S3-compatible bucket (s3rver standing in for MinIO/OSS/COS), and
 * how a test tells which instance answered.
 */

/** A deck with a 12 MB picture in it: streamed through nginx unbuffered, then put into the bucket in parts. */
export function largeDeck(title: string): Buffer {
  return zipFixture({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    'ppt/presentation.xml': `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><!-- ${title} --></p:presentation>`,
    'ppt/media/image1.png': randomBytes(12 * 1024 * 1024),
  });
}

export interface Cluster {
  servers: RunningServer[];
  proxy: RunningProxy;
  /** The proxy's address: every request of the tests goes through it. */
  base: string;
  stop(): Promise<void>;
}

/** Starts MariaDB, the bucket, both instances (one after the other: the first migrates and seeds) and nginx before them. */
export async function startCluster(): Promise<Cluster> {
  let mariadb: ThrowawayMariaDb | undefined;
  let s3: S3StandIn | undefined;
  let configDir: string | undefined;
  let proxy: RunningProxy | undefined;
  const servers: RunningServer[] = [];
  const stop = async () => {
    await proxy?.stop();
    for (const server of servers) await server.stop();
    await s3?.stop();
    await mariadb?.stop();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  };
  try {
    mariadb = await startMariaDb(() => undefined);
    const { MARIADB_HOST: host, MARIADB_PORT: port, MARIADB_USER: user, MARIADB_PASSWORD: password } = mariadb.env;
    const admin = await createConnection({ host, port: Number(port), user, password });
    await admin.query('CREATE DATABASE cacem_scale CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    s3 = await startS3StandIn();
    configDir = configDirInRegistrationWindow();
    const env = {
      DB_TYPE: 'mariadb',
      DB_HOST: host,
      DB_PORT: port,
      DB_USER: user,
      DB_PASSWORD: password,
      DB_NAME: 'cacem_scale',
      ...s3.env,
      // One secret: a token signed by one instance is checked by the other.
      JWT_SECRET: 'scale-out-e2e-shared-secret-0123456789abcdef',
      CONFIG_DIR: configDir,
      SIMILARITY_AFTER_SCREENING_MS: '0',
      // nginx (on loopback) sets X-Forwarded-For: believed from it alone, so each client keeps its own address.
      TRUST_PROXY: '127.0.0.1',
    };
    // One after the other: the first migrates and seeds, the second finds it done.
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    proxy = await startNginx(
      servers.map((s) => s.url.replace('http://', '')),
      { maxBodyMb: 64 },
    );
    return { servers, proxy, base: proxy.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One request to `method path` (such requests are sent one at a time) and the instance that answered it. nginx writes
 * the access log line once the response is finished, which can be just after the client has it (and after the next
 * request has started): wait for this request's own line.
 */
export async function served<T>(proxy: RunningProxy, method: string, path: string, request: () => Promise<T>): Promise<{ result: T; upstream: string }> {
  const uri = `/api/v1${path}`;
  const mine = (l: { method: string; uri: string }) => l.method === method && l.uri === uri;
  const before = proxy.upstreams().filter(mine).length;
  const result = await request();
  await proxy.logged(mine, before, `line for ${method} ${uri}`);
  return { result, upstream: proxy.upstreams().filter(mine)[before]!.upstream };
}
/** Repeats a safe GET until the other instance than `not` answers it (round-robin: the next one). */
export async function onOtherThan<T>(proxy: RunningProxy, not: string, path: string, request: () => Promise<T>): Promise<T> {
  for (let i = 0; i < 4; i++) {
    const { result, upstream } = await served(proxy, 'GET', path, request);
    if (upstream !== not) return result;
  }
  throw new Error(`every request went to ${not}`);
}
/** The secretariat moves the campaign's windows (the console's settings page), as one instance sees and the other learns. */
export async function moveWindows(base: string, windows: unknown) {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const current = await api<{ settings: Record<string, unknown> }>(base, 'GET', '/campaigns/current');
  await api(base, 'PUT', '/campaigns/current/settings', { token: secretariat, json: { settings: { ...current.settings, windows } } });
}
