// `npm start`: install what is missing, build what is stale, then serve the platform on the embedded
// SQLite default (migrated and seeded at boot). HOST, PORT, DATA_DIR and the DB_* variables pass through; the
// malloc settings of scripts/lib/server-memory.mjs are added where unset.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withMallocDefaults } from './lib/server-memory.mjs';
import { buildIfStale, ensureDependencies, ROOT } from './lib/workspace.mjs';

const fail = (code) => {
  console.error('启动未完成：上面的步骤失败了。');
  process.exit(code);
};

let code = await ensureDependencies();
if (code !== 0) fail(code);
code = await buildIfStale(['shared', 'server', 'h5']);
if (code !== 0) fail(code);

// The C library's malloc settings (scripts/lib/server-memory.mjs): the server's memory stays bounded under load.
const server = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], { cwd: ROOT, stdio: 'inherit', env: withMallocDefaults() });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (exitCode, signal) => process.exit(exitCode ?? (signal ? 0 : 1)));
