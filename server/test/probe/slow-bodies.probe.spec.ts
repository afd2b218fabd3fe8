import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Clock } from '../../src/common/clock.js';
import { StorageService } from '../../src/storage/storage.service.js';
import { draftApplicationFactory } from '../support/factories.js';
import { filesUnder } from '../support/files-under.js';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Slow and oversized upload bodies, over real sockets. Found by the outside probe: connections trickling an upload at a
 * byte a second were never closed, each holding one of the instance's upload slots (32 of them stall every upload);
 * and a client streaming an oversized file without `Expect: 100-continue` (browsers, fetch, Node's http) mostly got a
 * connection reset instead of the 413 「文件超过 20 MB 的上限」.
 */

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PDF_LIMIT = 1 * MB;
const TOO_LARGE = '文件超过 1 MB 的上限';

interface RawAnswer {
  /** Everything the server sent before closing. */
  text: string;
  /** Milliseconds from the first byte sent to the socket's close; null when it was still open at the deadline. */
  closedAfterMs: number | null;
}

describe(`slow and oversized bodies on ${TEST_DB}`, () => {
  let t: TestApp;
  let port: number;
  let storage: StorageService;
  beforeAll(async () => {
    t = await startTestApp({
      UPLOAD_MAX_PDF_BYTES: String(PDF_LIMIT),
      UPLOAD_IDLE_SECONDS: '1',
      UPLOAD_MIN_BYTES_PER_SECOND: '2048',
      UPLOAD_RATE_GRACE_SECONDS: '1',
      UPLOAD_RATE_WINDOW_SECONDS: '1',
      UPLOADS_PER_ACCOUNT: '2',
    });
    t.app.get(Clock).travelTo(new Date('2026-06-15T04:00:00Z'));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    storage = t.app.get(StorageService);
  });
  afterAll(async () => t?.close());

  const tempFiles = () => filesUnder(join(t.config.storage.dir, 'tmp'));
  const uploadPath = (applicationId: number) => `/api/v1/applications/${applicationId}/materials/pdf`;

  /** The start of a multipart body carrying one PDF of `fileBytes`, and its end, around the file's bytes. */
  function envelope(fileBytes: number) {
    const boundary = `----probe${randomBytes(6).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="申报材料.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return { head, tail, length: head.length + fileBytes + tail.length, type: `multipart/form-data; boundary=${boundary}` };
  }

  /**
   * An upload over a raw socket whose body arrives as `send` dictates: `send(write)` writes pieces when it likes and
   * resolves when it has nothing more to send. Collects the answer until the server closes or `deadlineMs` passes.
   */
  function rawUpload(applicationId: number, token: string, send: (write: (b: Buffer) => boolean) => Promise<void>, deadlineMs: number): Promise<RawAnswer> {
    const body = envelope(512 * 1024);
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const started = Date.now();
      let text = '';
      let settled = false;
      const finish = (closedAfterMs: number | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        socket.destroy();
        resolve({ text, closedAfterMs });
      };
      const deadline = setTimeout(() => finish(null), deadlineMs);
      socket.on('data', (d) => (text += d.toString('utf8')));
      socket.on('error', () => undefined);
      socket.on('close', () => finish(Date.now() - started));
      socket.on('connect', () => {
        socket.write(
          `POST ${uploadPath(applicationId)} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: ${body.type}\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        socket.write(body.head);
        void send((b) => !socket.destroyed && socket.write(b));
      });
    });
  }

  /** One byte every 200 ms: 5 bytes a second, far below the floor. */
  const trickle = (stopAfterMs: number) => async (write: (b: Buffer) => boolean) => {
    const until = Date.now() + stopAfterMs;
    while (Date.now() < until && write(Buffer.from('x'))) await sleep(200);
  };
  /** Some of the file, then nothing more. */
  const stall = (bytes: number) => async (write: (b: Buffer) => boolean) => {
    if (bytes > 0) write(randomBytes(bytes));
  };
  /** Enough bytes a second to stay above the floor, for `ms`. */
  const steady = (ms: number) => async (write: (b: Buffer) => boolean) => {
    const until = Date.now() + ms;
    while (Date.now() < until && write(randomBytes(1024))) await sleep(100);
  };

  const cutOff = (answer: RawAnswer, withinMs: number) =>
    answer.closedAfterMs !== null && answer.closedAfterMs <= withinMs && /^HTTP\/1\.1 408 /.test(answer.text) && answer.text.includes('"code":"UPLOAD_TOO_SLOW"');

  async function settledSlots(): Promise<{ active: number; waiting: number }> {
    for (let i = 0; i < 40 && storage.slots.load.active > 0; i++) await sleep(100);
    return storage.slots.load;
  }

  it('cuts off an upload that trickles or stalls, answers 408 UPLOAD_TOO_SLOW, frees its slot and removes its temp file', async () => {
    await probe('slow and oversized bodies', async (tally) => {
      const cases: Array<[string, (write: (b: Buffer) => boolean) => Promise<void>]> = [
        ['a byte every 200 ms', trickle(20_000)],
        ['no byte after the part headers', stall(0)],
        ['100 KB, then nothing', stall(100 * 1024)],
        ['a byte every 200 ms after 50 KB', async (write) => (await stall(50 * 1024)(write), await trickle(20_000)(write))],
      ];
      // Each case from its own account, all at once (the per-account cap is probed below).
      const drafts = await Promise.all(cases.map(() => draftApplicationFactory(t.app)));
      const answers = await Promise.all(cases.map(([, send], i) => rawUpload(drafts[i]!.applicationId, drafts[i]!.token, send, 10_000)));
      answers.forEach((answer, i) => {
        tally.check(cutOff(answer, 6000), `${cases[i]![0]}: closed after ${answer.closedAfterMs} ms with ${JSON.stringify(answer.text.slice(0, 160))}`);
      });
      const load = await settledSlots();
      tally.check(load.active === 0 && load.waiting === 0, `every slot is free again (${JSON.stringify(load)})`);
      tally.check(tempFiles().length === 0, `no temp file is left (${tempFiles().join(', ')})`);
    });
  }, 60_000);

  it('lets one account hold at most UPLOADS_PER_ACCOUNT uploads at once (429 UPLOAD_TOO_MANY_AT_ONCE), others unaffected', async () => {
    await probe('slow and oversized bodies', async (tally) => {
      const mine = await draftApplicationFactory(t.app);
      const other = await draftApplicationFactory(t.app);
      const held = [rawUpload(mine.applicationId, mine.token, steady(6000), 12_000), rawUpload(mine.applicationId, mine.token, steady(6000), 12_000)];
      await sleep(500);
      for (let i = 0; i < 3; i++) {
        const third = await rawUpload(mine.applicationId, mine.token, steady(500), 1000);
        tally.check(
          /^HTTP\/1\.1 429 /.test(third.text) && third.text.includes('"code":"UPLOAD_TOO_MANY_AT_ONCE"'),
          `a third upload of one account at once answered ${JSON.stringify(third.text.slice(0, 160))}`,
        );
      }
      const theirs = await rawUpload(other.applicationId, other.token, steady(500), 3000);
      tally.check(!theirs.text.includes('UPLOAD_TOO_MANY_AT_ONCE'), `another account's upload is not held back (${JSON.stringify(theirs.text.slice(0, 120))})`);
      await Promise.all(held);
      const load = await settledSlots();
      tally.check(load.active === 0, `the held slots are free once those uploads end (${JSON.stringify(load)})`);
    });
  }, 60_000);

  /** Streams `bytes` to the upload route with Node's http (no Expect: 100-continue), by declared length or chunked. */
  function nodeHttpUpload(applicationId: number, token: string, bytes: number, chunked: boolean): Promise<{ status: number; body: string } | { error: string }> {
    const body = envelope(bytes);
    return new Promise((resolve) => {
      const headers: Record<string, string | number> = { authorization: `Bearer ${token}`, 'content-type': body.type };
      if (!chunked) headers['content-length'] = body.length;
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: uploadPath(applicationId), headers, agent: false }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', (e) => resolve({ error: `response: ${e.message}` }));
      });
      req.on('error', (e) => resolve({ error: e.message }));
      // Streamed in 64 KB pieces, as a browser sends a file it reads from disk.
      const piece = randomBytes(64 * 1024);
      let sent = 0;
      const pump = () => {
        if (sent === 0) req.write(body.head);
        while (sent < bytes) {
          const n = Math.min(piece.length, bytes - sent);
          sent += n;
          if (!req.write(n === piece.length ? piece : piece.subarray(0, n))) return void req.once('drain', pump);
        }
        req.end(body.tail);
      };
      pump();
    });
  }

  it('delivers the 413 to clients that stream an oversized body without Expect: 100-continue, every time', async () => {
    await probe('slow and oversized bodies', async (tally) => {
      const draft = await draftApplicationFactory(t.app);
      const ok = (r: { status: number; body: string } | { error: string }) =>
        'status' in r && r.status === 413 && (JSON.parse(r.body) as { code?: string; message?: string }).code === 'FILE_TOO_LARGE' && r.body.includes(TOO_LARGE);
      for (let i = 0; i < 12; i++) {
        for (const chunked of [false, true]) {
          const answer = await nodeHttpUpload(draft.applicationId, draft.token, 4 * MB, chunked);
          tally.check(ok(answer), `try ${i + 1}, Node http, ${chunked ? 'chunked' : 'Content-Length'}: ${JSON.stringify(answer).slice(0, 200)}`);
        }
      }
      for (let i = 0; i < 6; i++) {
        const body = envelope(3 * MB);
        const whole = Buffer.concat([body.head, randomBytes(3 * MB), body.tail]);
        for (const streamed of [false, true]) {
          try {
            const response = await fetch(`http://127.0.0.1:${port}${uploadPath(draft.applicationId)}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${draft.token}`, 'content-type': body.type },
              body: streamed ? (Readable.toWeb(Readable.from([whole.subarray(0, MB), whole.subarray(MB)])) as ReadableStream) : whole,
              ...(streamed ? { duplex: 'half' } : {}),
            } as RequestInit);
            const text = await response.text();
            tally.check(ok({ status: response.status, body: text }), `try ${i + 1}, fetch ${streamed ? 'stream' : 'buffer'}: ${response.status} ${text.slice(0, 160)}`);
          } catch (error) {
            tally.check(false, `try ${i + 1}, fetch ${streamed ? 'stream' : 'buffer'}: ${(error as Error).message} ${String((error as { cause?: unknown }).cause)}`);
          }
        }
      }
      const load = await settledSlots();
      tally.check(load.active === 0, `no slot is held after the refusals (${JSON.stringify(load)})`);
      tally.check(tempFiles().length === 0, `no temp file is left (${tempFiles().join(', ')})`);
    });
  }, 120_000);
});
