import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false } as const;
  if (db.type === 'sqlite') {
    if (db.sqlitePath !== ':memory:') mkdirSync(dirname(db.sqlitePath), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.sqlitePath,
      // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
      prepareDatabase: (sqlite: { pragma(s: string): unknown }) => {
        sqlite.pragma('journal_mode = WAL');
        // A commit is acknowledged only once the WAL is fsynced: it survives a killed process (WAL gives that even at
        // NORMAL) and a power cut or OS crash (only FULL does: the phone drops its copy once we say saved). better-sqlite3
        // is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a reopened WAL database ran at NORMAL until this line.
        // The price is one fsync per commit, about 0.2–1.5 ms on the test machine's disk.
        sqlite.pragma('synchronous = FULL');
        sqlite.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    // 'mysql' for MySQL 8 in production; 'mariadb' when the server is MariaDB (the tests' server), both through mysql2.
    type: db.type,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // A database that cannot be reached answers within seconds (503 DB_UNAVAILABLE) instead of holding requests.
    connectTimeout: 5_000,
    extra: {
      connectionLimit: 10,
      // mysql2 drops a connection from the pool when it fails and opens a new one on the next request, so a restarted
      // database is picked up by itself. Keep-alive probes find connections a vanished server or a NAT left half-open;
      // idle ones are closed after a minute, before a server's wait_timeout or a firewall cuts them silently.
      enableKeepAlive: true,
      keepAliveInitialDelay: 10_000,
      maxIdle: 10,
      idleTimeout: 60_000,
      // mysql2 captures a stack trace on every query (to show the caller's frames if it fails): ~4 % of the server's CPU
      // on an authenticated read (test/perf). A failed query is still logged with its request id, SQL error and code.
      trace: false,
    },
  };
}
