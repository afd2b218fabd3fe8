// The platform the review demo (scripts/demo-review.mjs) runs on its own folders: started through scripts/start.mjs,
// waited for until /api/v1/health answers, stopped between the demo's phases; Ctrl-C stops it with the demo.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './workspace.mjs';

/** `listenHost`: where the port is probed; `base`: where the API answers; `env`: the demo's CONFIG_DIR, DATA_DIR, PORT. */
export function demoPlatform({ port, listenHost, base, env }) {
  let child = null;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      if (child) child.kill(signal);
      else process.exit(130);
    });
  }

  function portIsFree() {
    return new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen({ port, host: listenHost }, () => probe.close(() => resolve(true)));
    });
  }

  /** Starts scripts/start.mjs on the demo folders; resolves once /api/v1/health answers. */
  async function start() {
    if (!(await portIsFree())) throw new Error(`端口 ${port} 已被占用；请先停止占用它的程序，或用 PORT=另一个端口 npm run demo:review`);
    child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.exited = exited;
    let done = false;
    exited.then(() => (done = true));
    const deadline = Date.now() + 20 * 60_000; // a first start may install and build
    while (!done && Date.now() < deadline) {
      try {
        const response = await fetch(`${base}/api/v1/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
    if (done) {
      const { code } = await exited;
      if (stopping) process.exit(130);
      throw new Error(`平台未能启动（退出码 ${code}）`);
    }
    throw new Error('等待平台启动超时');
  }

  async function stop() {
    const running = child;
    child = null;
    running.kill('SIGTERM');
    await running.exited;
  }

  return {
    start,
    stop,
    /** Whether a platform started by start() is running (not yet stopped). */
    running: () => child !== null,
    /** Resolves with { code, signal } once the running platform exits. */
    exited: () => child.exited,
  };
}
