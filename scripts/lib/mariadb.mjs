// A throwaway MariaDB server for the tests: its own data folder, socket and port, no systemd, stopped at the end.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = (name) => {
  for (const dir of ['/usr/sbin', '/usr/bin']) {
    const path = join(dir, name);
    if (spawnSync('test', ['-x', path]).status === 0) return path;
  }
  return name;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `durable: true` runs it as production should (`innodb-flush-log-at-trx-commit=1`: the redo log is written and fsynced
 * at every commit, so a commit survives mariadbd's own death and a power cut); the default (2: written at commit,
 * fsynced once a second) is for the speed of the suites that never kill it.
 */
export async function startMariaDb(log = console.log, { durable = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  mkdirSync(datadir);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const userArgs = asRoot ? ['--user=root'] : [];
  const init = spawnSync(
    BIN('mariadb-install-db'),
    ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...userArgs],
    { encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`mariadb-install-db failed:\n${init.stdout}\n${init.stderr}`);
  const port = await freePort();
  const args = [
    '--no-defaults',
    `--datadir=${datadir}`,
    `--socket=${socket}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
    '--default-time-zone=+00:00',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=256M',
    `--innodb-flush-log-at-trx-commit=${durable ? 1 : 2}`,
    '--max-connections=500',
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    ...userArgs,
  ];
  let stderr = '';
  let child;
  const launch = () => {
    child = spawn(BIN('mariadbd'), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d) => (stderr += d));
  };
  // Up once root gets an answer on the socket; the port opens at the same moment.
  const ready = async (what) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`mariadbd exited early:\n${stderr}`);
      const r = spawnSync(BIN('mariadb'), ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], { encoding: 'utf8' });
      if (r.status === 0) return;
      if (Date.now() > deadline) throw new Error(`mariadbd did not answer in 30 s ${what}:\n${stderr}`);
      await sleep(100);
    }
  };
  // SIGTERM is mariadbd's clean shutdown: running statements are aborted, connections closed, InnoDB flushed.
  // SIGKILL is a crash: no shutdown at all, whatever is not in the redo log on disk is gone; the next start recovers.
  const shutdown = async (signal = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    if (signal === 'SIGKILL') {
      child.kill('SIGKILL');
      await exited;
      return;
    }
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  launch();
  const password = `t${Math.random().toString(36).slice(2)}X9`;
  const sql = [
    `CREATE USER 'cacem'@'127.0.0.1' IDENTIFIED BY '${password}'`,
    `CREATE USER 'cacem'@'localhost' IDENTIFIED BY '${password}'`,
    `GRANT ALL PRIVILEGES ON *.* TO 'cacem'@'127.0.0.1'`,
    `GRANT ALL PRIVILEGES ON *.* TO 'cacem'@'localhost'`,
    'FLUSH PRIVILEGES',
  ].join(';');
  await ready('after start');
  const r = spawnSync(BIN('mariadb'), ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`creating the test user failed: ${r.stderr}`);
  log(`MariaDB started on 127.0.0.1:${port} (data in ${dir})`);
  return {
    durable,
    env: { MARIADB_HOST: '127.0.0.1', MARIADB_PORT: String(port), MARIADB_USER: 'cacem', MARIADB_PASSWORD: password },
    /**
     * Stops mariadbd cleanly and starts it again on the same data folder, port and socket, as an operator's restart
     * would; `downMs` keeps it stopped that long in between, `whileDown` runs while it is stopped. Resolves once it
     * answers again. `signal: 'SIGKILL'` kills it instead (no clean shutdown: a crash) and starts it again on the same
     * data, which InnoDB then recovers from its redo log.
     */
    restart,
    /** SIGKILLs mariadbd mid-whatever and starts it again on the same data: `restart({ signal: 'SIGKILL' })`. */
    kill: (options = {}) => restart({ ...options, signal: 'SIGKILL' }),
    async stop() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  async function restart({ downMs = 0, whileDown = async () => {}, signal = 'SIGTERM' } = {}) {
    await shutdown(signal);
    try {
      if (downMs > 0) await sleep(downMs);
      await whileDown();
    } finally {
      launch();
      await ready('after restart');
    }
    log(`MariaDB ${signal === 'SIGKILL' ? 'killed and started again' : 'restarted'} on 127.0.0.1:${port}`);
  }
}
