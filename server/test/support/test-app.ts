import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createConnection } from 'mysql2/promise';
import { createApp, dataSourceOf, prepareDatabase } from '../../src/app.factory.js';
import { type ContractTally, newContractTally } from '../../src/common/contract/contract-check.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';

/** Which database the integration tests run on: TEST_DB=sqlite (default) or TEST_DB=mariadb with MARIADB_* set. */
export const TEST_DB = process.env.TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';

let databaseCounter = 0;

/** A fresh, empty database for one test file: a SQLite file, or a MariaDB database of this Jest worker's own. */
async function freshDatabaseEnv(): Promise<Record<string, string>> {
  if (TEST_DB === 'sqlite') {
    return { DB_TYPE: 'sqlite', DB_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'cacem-test-')), 'test.sqlite') };
  }
  const host = process.env.MARIADB_HOST ?? '127.0.0.1';
  const port = Number(process.env.MARIADB_PORT ?? 3306);
  const name = `cacem_t${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${++databaseCounter}`;
  const user = process.env.MARIADB_USER ?? 'cacem';
  const password = process.env.MARIADB_PASSWORD ?? '';
  // The throwaway server's test user may create and drop databases (scripts/mariadb.mjs grants it).
  const admin = await createConnection({ host, port, user, password });
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return { DB_TYPE: 'mariadb', DB_HOST: host, DB_PORT: String(port), DB_USER: user, DB_PASSWORD: password, DB_NAME: name };
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Record<string, string> = {}, options: { prepare?: boolean; serveStaticFiles?: boolean } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cacem-data-'));
  // A second instance on the first one's database (overrides name it) gets no database of its own.
  const database = overrides.DB_TYPE ? {} : await freshDatabaseEnv();
  /** What close() removes: the data folder, and the SQLite file's folder when this app made it. */
  const made = [dataDir, ...(database.DB_SQLITE_PATH ? [dirname(database.DB_SQLITE_PATH)] : [])];
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    H5_DIR: 'none',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    // Suites that test the outbox sender call runOnce() themselves.
    NOTIFY_INTERVAL_MS: '0',
    // The similarity suite turns the check after screening on; elsewhere it would only compete for the database.
    SIMILARITY_AFTER_SCREENING_MS: '0',
    // No audit anchor by itself (a file appearing mid-test would disturb the suites that compare the store); the audit
    // suite writes its own with AuditAnchorService.anchorNow().
    AUDIT_ANCHOR_EVERY_ENTRIES: '0',
    AUDIT_ANCHOR_INTERVAL_SECONDS: '0',
    ...database,
    ...overrides,
  });
  // Static files (H5, Swagger UI) only where a suite asks, after loading their plugins (fuzz-static.ts startStaticTestApp).
  const contractTally = newContractTally();
  const app = await createApp(config, { serveStaticFiles: options.serveStaticFiles ?? false, contractTally });
  if (options.prepare !== false) await prepareDatabase(app, config);
  return {
    app,
    config,
    close: async () => {
      const dataSource = dataSourceOf(app);
      try {
        if (dataSource.options.type !== 'better-sqlite3') await dataSource.dropDatabase();
        await app.close();
      } finally {
        for (const dir of made) rmSync(dir, { recursive: true, force: true });
      }
      reportContract(contractTally);
    },
  };
}

/** Where each app's contract tally goes; `npm test` sums them (scripts/test.mjs). */
export const CONTRACT_REPORTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/artifacts/contract');

/**
 * The contract check's findings for one app: written for the run's summary, and an answer that disagreed with the
 * document fails the suite (close() runs in its afterAll).
 */
function reportContract(tally: ContractTally): void {
  mkdirSync(CONTRACT_REPORTS, { recursive: true });
  // One file per app (each test file loads this module afresh, so nothing here can count across files).
  writeFileSync(join(CONTRACT_REPORTS, `${TEST_DB}-${randomUUID()}.json`), JSON.stringify(tally));
  const undocumented = Object.keys(tally.undocumented);
  if (undocumented.length) throw new Error(`JSON answers from routes that document no response schema: ${undocumented.join(', ')}`);
  if (tally.violations.length) {
    throw new Error(`${tally.violations.length} answers disagree with the OpenAPI document:\n${tally.violations.slice(0, 20).join('\n')}`);
  }
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** One HTTP call through Fastify's inject: the real routing, pipes, guards and filters, no socket. */
export async function call<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  options: { token?: string; json?: unknown; payload?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await app.inject({
    method,
    url,
    headers,
    payload: options.json !== undefined ? JSON.stringify(options.json) : options.payload,
  });
  const text = response.body;
  return { status: response.statusCode, body: (text ? JSON.parse(text) : {}) as T };
}

export async function loginAccount(app: NestFastifyApplication, username: string, password = 'Demo@2026'): Promise<string> {
  const reply = await call<{ accessToken: string }>(app, 'POST', '/api/v1/auth/login', { json: { username, password } });
  if (reply.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.accessToken;
}
