import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT } from './server.js';

/** The system calls the durability check reads: file writes and syncs, renames, socket reads and writes, and io_uring (which would hide file I/O from strace). */
export const TRACED_CALLS = [
  'openat', 'close', 'mkdir',
  'read', 'readv', 'recvfrom', 'recvmsg',
  'write', 'writev', 'pwrite64', 'pwritev', 'pwritev2', 'sendto', 'sendmsg',
  'fsync', 'fdatasync', 'sync_file_range', 'syncfs',
  'rename', 'renameat', 'renameat2',
  'io_uring_setup', 'io_uring_enter',
];

export interface TracedServer {
  url: string;
  tracePath: string;
  output: () => string;
  /** Stops the server (SIGTERM) and resolves once strace has written the whole trace and exited. */
  stop(): Promise<void>;
}

/**
 * The built server, started as `npm start` does, under Debian's strace following every thread (`-f`: libuv's thread
 * pool does the file I/O, piscina's workers the hashing), with each fd's path (`-y`) and the first 2048 bytes of each
 * buffer (enough for an answer's headers, where its X-Request-Id is).
 */
export async function startTracedServer(dataDir: string, tracePath: string, env: Record<string, string> = {}): Promise<TracedServer> {
  const port = await freePort();
  const dist = process.env.E2E_SERVER_DIST ?? join(ROOT, 'server/dist');
  let output = '';
  const strace: ChildProcess = spawn(
    'strace',
    ['-f', '-tt', '-y', '-s', '2048', '-qq', '-o', tracePath, '-e', `trace=${TRACED_CALLS.join(',')}`, '-e', 'signal=none', process.execPath, join(dist, 'main.js')],
    { cwd: ROOT, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  strace.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  strace.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => strace.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // The traced node is strace's only child; SIGTERM goes to it (strace itself would detach and leave it running).
  const nodePid = () => {
    try {
      return Number(readFileSync(`/proc/${strace.pid}/task/${strace.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
    } catch {
      return null;
    }
  };
  const stop = async () => {
    if (strace.exitCode !== null || strace.signalCode !== null) return;
    const pid = nodePid();
    if (pid) process.kill(pid, 'SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 15_000))]);
    if (timedOut) {
      const still = nodePid();
      if (still) process.kill(still, 'SIGKILL');
      strace.kill('SIGKILL');
      await exited;
    }
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (strace.exitCode !== null) throw new Error(`server under strace exited (${strace.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok && output.includes('演示账号')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server under strace did not start in 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, tracePath, output: () => output, stop };
}
