import { request as httpRequest } from 'node:http';
import { basename, extname } from 'node:path';
import type { LocalFiles } from './files.js';
import type { Callbacks, WxHost } from './host.js';

/**
 * `wx.request`, `wx.uploadFile` and `wx.downloadFile`, sent for real to the server the test started. As on a phone they
 * share ten concurrent slots (more wait in line) and fail at once while the phone is offline.
 */
const SLOTS = 10;
const OFFLINE = 'net::ERR_INTERNET_DISCONNECTED';

type Options = Record<string, unknown> & Callbacks;

export class Network {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  readonly statusListeners: Array<(r: { isConnected: boolean; networkType: string }) => void> = [];
  /** The phone's uplink (bytes per second) for uploads; null: as fast as this machine goes. A building site's 4G: ~1 MB/s. */
  uplinkBytesPerSecond: number | null = null;

  constructor(
    private readonly host: WxHost,
    private readonly files: LocalFiles,
  ) {}

  apis(): Record<string, unknown> {
    return {
      request: (o: Options) => this.task('request', o, (signal) => this.doRequest(o, signal)),
      uploadFile: (o: Options) => this.task('uploadFile', o, (signal, progress) => this.doUpload(o, signal, progress)),
      downloadFile: (o: Options) => this.task('downloadFile', o, (signal) => this.doDownload(o, signal)),
      getNetworkType: (o: Options = {}) => this.reply('getNetworkType', o, { networkType: this.host.online() ? 'wifi' : 'none' }),
      onNetworkStatusChange: (fn: Network['statusListeners'][number]) => {
        this.host.record('onNetworkStatusChange', '', true);
        this.statusListeners.push(fn);
      },
      offNetworkStatusChange: (fn?: Network['statusListeners'][number]) => {
        const i = fn ? this.statusListeners.indexOf(fn) : -1;
        if (i >= 0) this.statusListeners.splice(i, 1);
        else if (!fn) this.statusListeners.length = 0;
      },
    };
  }

  /** The phone's connection changed: WeChat tells every listener. */
  changed(online: boolean): void {
    for (const fn of [...this.statusListeners]) this.host.logic.guard('onNetworkStatusChange', () => fn({ isConnected: online, networkType: online ? 'wifi' : 'none' }));
  }

  private reply(name: string, o: Options, result: Record<string, unknown>): void {
    this.host.record(name, String(result.networkType ?? ''), true);
    setImmediate(() => {
      this.host.logic.guard(`wx.${name}`, () => o.success?.({ ...result, errMsg: `${name}:ok` }));
      this.host.logic.guard(`wx.${name}`, () => o.complete?.({ ...result, errMsg: `${name}:ok` }));
    });
  }

  private task(name: string, o: Options, run: (signal: AbortSignal, progress: (p: Record<string, number>) => void) => Promise<Record<string, unknown>>) {
    const controller = new AbortController();
    const progressListeners: Array<(p: Record<string, number>) => void> = [];
    let progressEvents = 0;
    const url = String(o.url ?? '');
    const describe = `${String(o.method ?? (name === 'request' ? 'GET' : name === 'uploadFile' ? 'POST' : 'GET'))} ${url.replace(/^https?:\/\/[^/]+/, '')}`;
    void (async () => {
      let result: Record<string, unknown>;
      let ok = true;
      if (!this.host.online()) {
        ok = false;
        result = { errMsg: `${name}:fail ${OFFLINE}` };
      } else {
        await this.slot();
        const timeout = typeof o.timeout === 'number' ? o.timeout : 60_000;
        const timer = setTimeout(() => controller.abort(new Error('timeout')), Math.min(timeout, 60_000));
        try {
          const report = (p: Record<string, number>) => {
            if (progressListeners.length) progressEvents += 1;
            progressListeners.forEach((fn) => this.host.logic.guard(`${name} progress`, () => fn(p)));
          };
          result = { ...(await run(controller.signal, report)), errMsg: `${name}:ok` };
        } catch (error) {
          ok = false;
          const reason = controller.signal.aborted ? (String(controller.signal.reason).includes('timeout') ? 'timeout' : 'abort') : error instanceof Error ? error.message : String(error);
          result = { errMsg: `${name}:fail ${reason}` };
        } finally {
          clearTimeout(timer);
          this.release();
        }
      }
      const progressNote = progressEvents ? ` (${progressEvents} progress updates)` : '';
      this.host.record(name, `${describe}${ok ? ` → ${String(result.statusCode)}${progressNote}` : ` ✗ ${String(result.errMsg)}`}`, ok);
      this.host.logic.guard(`wx.${name} ${ok ? 'success' : 'fail'}`, () => (ok ? o.success?.(result) : o.fail?.(result)));
      this.host.logic.guard(`wx.${name} complete`, () => o.complete?.(result));
    })();
    return {
      abort: () => controller.abort(new Error('abort')),
      onProgressUpdate: (fn: (p: Record<string, number>) => void) => progressListeners.push(fn),
      offProgressUpdate: () => (progressListeners.length = 0),
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };
  }

  private async slot(): Promise<void> {
    if (this.active < SLOTS) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
  }

  private release(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }

  private async doRequest(o: Options, signal: AbortSignal): Promise<Record<string, unknown>> {
    const method = String(o.method ?? 'GET').toUpperCase();
    const header = lowerKeys((o.header as Record<string, string>) ?? {});
    let url = this.host.resolveUrl(String(o.url));
    let body: string | undefined;
    if (o.data !== undefined && o.data !== null) {
      if (method === 'GET') {
        if (typeof o.data === 'object') url += (url.includes('?') ? '&' : '?') + new URLSearchParams(o.data as Record<string, string>).toString();
      } else {
        header['content-type'] ??= 'application/json';
        body = typeof o.data === 'string' ? o.data : header['content-type'].includes('json') ? JSON.stringify(o.data) : new URLSearchParams(o.data as Record<string, string>).toString();
      }
    } else if (method !== 'GET') header['content-type'] ??= 'application/json';
    const response = await fetch(url, { method, headers: header, body, signal });
    const text = await response.text();
    let data: unknown = text;
    if ((o.dataType ?? 'json') === 'json') {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    return { data, statusCode: response.status, header: Object.fromEntries(response.headers), cookies: [] };
  }

  private doUpload(o: Options, signal: AbortSignal, progress: (p: Record<string, number>) => void): Promise<Record<string, unknown>> {
    const filePath = String(o.filePath);
    const bytes = this.files.read(filePath);
    const boundary = `----WeChatFormBoundary${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = [];
    for (const [key, value] of Object.entries((o.formData as Record<string, unknown>) ?? {})) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`));
    }
    // WeChat sends the temp file's own name (tmp_….pdf), not the name the user picked.
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${String(o.name)}"; filename="${basename(filePath.replace('wxfile://', ''))}"\r\nContent-Type: ${mimeOf(filePath)}\r\n\r\n`));
    parts.push(bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
    const body = Buffer.concat(parts);
    const url = new URL(this.host.resolveUrl(String(o.url)));
    const headers = { ...lowerKeys((o.header as Record<string, string>) ?? {}), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) };
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers, signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ data: Buffer.concat(chunks).toString('utf8'), statusCode: res.statusCode ?? 0, header: res.headers }));
        res.on('error', reject);
      });
      req.on('error', reject);
      // Sent in slices, each acknowledged by the socket before the next, so progress is reported as the bytes leave.
      const slice = 64 * 1024;
      let sent = 0;
      const next = () => {
        if (sent >= body.length) return void req.end();
        const chunk = body.subarray(sent, sent + slice);
        sent += chunk.length;
        req.write(chunk, () => {
          progress({ progress: Math.floor((sent / body.length) * 100), totalBytesSent: sent, totalBytesExpectedToSend: body.length });
          if (this.uplinkBytesPerSecond) setTimeout(next, (chunk.length / this.uplinkBytesPerSecond) * 1000);
          else next();
        });
      };
      next();
    });
  }

  private async doDownload(o: Options, signal: AbortSignal): Promise<Record<string, unknown>> {
    const response = await fetch(this.host.resolveUrl(String(o.url)), { headers: lowerKeys((o.header as Record<string, string>) ?? {}), signal });
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const ext = type.includes('pdf') ? '.pdf' : type.includes('presentation') ? '.pptx' : type.includes('powerpoint') ? '.ppt' : type.includes('png') ? '.png' : type.includes('jpeg') ? '.jpg' : extname(new URL(String(o.url)).pathname) || '.bin';
    return { tempFilePath: this.files.temp(ext, bytes), statusCode: response.status };
  }
}

function lowerKeys(header: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(header).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function mimeOf(path: string): string {
  const ext = extname(path).toLowerCase();
  return ext === '.pdf' ? 'application/pdf' : ext === '.pptx' ? 'application/vnd.openxmlformats-officedocument.presentationml.presentation' : ext === '.ppt' ? 'application/vnd.ms-powerpoint' : ext === '.png' ? 'image/png' : ext === '.jpg' || ext === '.jpeg' ? 'image/jpeg' : 'application/octet-stream';
}
