// What the season simulation runs against: a throwaway MariaDB (or SQLite with SEASON_DB=sqlite), a CONFIG_DIR whose
// 2026 campaign is in its registration window today, and the built server as a child process whose pid is known.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startMariaDb } from '../../../scripts/lib/mariadb.mjs';
import { startBuiltServer } from './built-server.mjs';

export { configDirInRegistration, day, ROOT, SERVER_DIST, today, WINDOWS } from './built-server.mjs';

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

/** Starts the built server (built-server.mjs) with the demo accounts, and waits until it answers and has seeded them. */
export function startSeasonServer(env) {
  return startBuiltServer({ env: { SEED_DEMO: 'true', ...env }, startSeconds: 120 });
}
