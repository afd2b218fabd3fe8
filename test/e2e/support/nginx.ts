import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server.js';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? null;

export interface RunningProxy {
  url: string;
  /** The upstream (host:port) of every request proxied so far, in order, from the access log. */
  upstreams(): Array<{ upstream: string; method: string; uri: string; status: number }>;
  /**
   * Resolves once the access log holds more than `count` lines matching `match` (nginx writes a request's line when its
   * response is finished, which can be just after the client has it): woken by the log file's own changes, not a
   * timer; rejects naming `what` when no such line comes within `timeoutMs`.
   */
  logged(match: (line: { upstream: string; method: string; uri: string; status: number }) => boolean, count: number, what: string, timeoutMs?: number): Promise<void>;
  /** nginx's error log: empty unless an upstream failed or refused a connection. */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx in front of several server instances, round-robin (so consecutive requests alternate), as a non-daemon
 * child with its config, pid, logs and temp folders in a temp folder of its own. The access log names the upstream
 * that answered each request.
 */
export async function startNginx(upstreams: string[], options: { maxBodyMb: number }): Promise<RunningProxy> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const prefix = mkdtempSync(join(tmpdir(), 'cacem-nginx-'));
  // Run as root, nginx's workers drop to nobody: they must be able to use the temp folders.
  chmodSync(prefix, 0o755);
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(prefix, dir));
    chmodSync(join(prefix, dir), 0o777);
  }
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
  log_format upstreams '$upstream_addr $request_method $uri $status';
  access_log ${prefix}/access.log upstreams;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream platform {
${upstreams.map((u) => `    server ${u};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size ${options.maxBodyMb}m;
    location / {
      proxy_pass http://platform;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # The client's own header, then the address nginx saw; the server (TRUST_PROXY=127.0.0.1) takes the rightmost
      # address not nginx's, so whatever a client writes into the header never counts.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Uploads stream through to the server, which enforces each route's own limit as the bytes arrive.
      proxy_request_buffering off;
    }
  }
}
`,
  );
  let output = '';
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', prefix, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not start in 20 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const accessLog = join(prefix, 'access.log');
  const upstreamLines = () =>
    readFileSync(accessLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        // $upstream_addr lists every upstream tried ('a:1, b:2') when one failed: kept whole, it then matches neither.
        const [status, uri, method, ...upstream] = line.split(' ').reverse();
        return { upstream: upstream.reverse().join(' '), method: method!, uri: uri!, status: Number(status) };
      });
  return {
    url,
    upstreams: upstreamLines,
    logged: (match, count, what, timeoutMs = 5000) =>
      new Promise<void>((resolve, reject) => {
        // Watching first, then looking: a line written in between still wakes the watcher.
        const watcher = watch(accessLog);
        const timer = setTimeout(() => finish(new Error(`nginx logged no ${what} within ${timeoutMs} ms`)), timeoutMs);
        function finish(error?: Error) {
          clearTimeout(timer);
          watcher.close();
          if (error) reject(error);
          else resolve();
        }
        const look = () => {
          if (upstreamLines().filter(match).length > count) finish();
        };
        watcher.on('change', look);
        watcher.on('error', (error) => finish(error));
        look();
      }),
    errors: () => {
      try {
        return readFileSync(join(prefix, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
        clearTimeout(timer);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
