// What the season simulation runs against: a throwaway MariaDB (or SQLite with SEASON_DB=sqlite), a CONFIG_DIR whose
// 2026 campaign is in its registration window today, and the built server as a child process whose pid is known.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMariaDb } from '../../../scripts/lib/mariadb.mjs';
import { withMallocDefaults } from '../../../scripts/lib/server-memory.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const SERVER_DIST = process.env.BENCH_SERVER_DIST ?? join(ROOT, 'server/dist');

/** A Beijing date `offset` days from today, yyyy-mm-dd (the campaign's windows are Beijing dates). */
export const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
export const today = () => day(0);

/** The three windows placing today in a stage (as test/e2e/support/config-dir.ts and review-config.ts do). */
export const WINDOWS = {
  registration: () => ({
    registration: { opens: day(-10), closes: day(10) },
    materialsReview: { opens: day(11), closes: day(40) },
    presentations: { opens: day(41), closes: day(100) },
  }),
  materialsReview: () => ({
    registration: { opens: day(-40), closes: day(-11) },
    materialsReview: { opens: day(-10), closes: day(10) },
    presentations: { opens: day(11), closes: day(60) },
  }),
  presentations: () => ({
    registration: { opens: day(-70), closes: day(-41) },
    materialsReview: { opens: day(-40), closes: day(-1) },
    presentations: { opens: day(0), closes: day(40) },
  }),
};

/** A copy of config/ whose 2026 campaign is in its registration window today, statistics period including today. */
export function configDirInRegistration() {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-season-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  const file = join(dir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.windows = WINDOWS.registration();
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(10).slice(0, 7) };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return dir;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Bytes under a path (files only, recursively). */
export function sizeOf(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * The database the season runs on. MariaDB (default): a throwaway mariadbd, a database made for the run; SQLite:
 * the server's own file in its data folder.
 */
export async function startDatabase(kind, log) {
  if (kind === 'sqlite') {
    return {
      kind,
      serverEnv: () => ({ DB_TYPE: 'sqlite' }),
      pid: null,
      size: async (dataDir) => ({ bytes: ['platform.sqlite', 'platform.sqlite-wal'].reduce((s, f) => s + sizeOf(join(dataDir, f)), 0), note: 'platform.sqlite (+ wal)' }),
      stop: async () => {},
    };
  }
  let folder = null;
  const maria = await startMariaDb((line) => {
    const m = /data in (\S+)\)/.exec(line);
    if (m) folder = m[1];
    log(line);
  });
  const name = `cacem_season_${process.pid}`;
  const { default: mysql } = await import('mysql2/promise');
  const connect = () =>
    mysql.createConnection({ host: maria.env.MARIADB_HOST, port: Number(maria.env.MARIADB_PORT), user: maria.env.MARIADB_USER, password: maria.env.MARIADB_PASSWORD });
  const admin = await connect();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const pidFile = folder ? join(folder, 'mysqld.pid') : null;
  return {
    kind,
    serverEnv: () => ({
      DB_TYPE: 'mariadb',
      DB_HOST: maria.env.MARIADB_HOST,
      DB_PORT: maria.env.MARIADB_PORT,
      DB_USER: maria.env.MARIADB_USER,
      DB_PASSWORD: maria.env.MARIADB_PASSWORD,
      DB_NAME: name,
    }),
    get pid() {
      try {
        return pidFile ? Number(readFileSync(pidFile, 'utf8').trim()) : null;
      } catch {
        return null;
      }
    },
    /** information_schema's figure (data + indexes, after ANALYZE) and the database folder's bytes on disk. */
    async size() {
      const c = await connect();
      try {
        const [tables] = await c.query('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ?', [name]);
        for (const { t } of tables) await c.query(`ANALYZE TABLE \`${name}\`.\`${t}\``);
        const [[row]] = await c.query('SELECT SUM(data_length + index_length) AS bytes FROM information_schema.tables WHERE table_schema = ?', [name]);
        const onDisk = folder ? sizeOf(join(folder, 'data', name)) : null;
        return { bytes: Number(row.bytes), onDisk, note: 'information_schema data+index' };
      } finally {
        await c.end();
      }
    },
    stop: () => maria.stop(),
  };
}

/** Starts the built server on a free port and a fresh data folder, waits until it answers and has seeded the demo accounts. */
export async function startSeasonServer(env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cacem-season-data-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(SERVER_DIST, 'main.js')], {
    cwd: ROOT,
    env: { ...withMallocDefaults(), NODE_ENV: '', SEED_DEMO: 'true', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output = (output + d).slice(-50_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-50_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok && output.includes('演示账号')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
