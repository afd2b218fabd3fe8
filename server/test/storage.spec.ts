import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { toErrorBody } from '../src/common/error-body.js';
import { Clock } from '../src/common/clock.js';
import { DomainException } from '../src/common/domain.exception.js';
import { contentDisposition } from '../src/storage/files.controller.js';
import { MULTIPART_LIMITS } from '../src/storage/multipart.js';
import { StorageService } from '../src/storage/storage.service.js';
import { filesUnder } from './support/files-under.js';
import { multipartBody } from './support/multipart.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

async function failure(promise: Promise<unknown>): Promise<DomainException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException');
}

/** Sends `chunks`, then fails as a client that lost its connection would. */
function cutOff(chunks: Buffer[]): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (i < chunks.length) this.push(chunks[i++]);
      else this.destroy(new Error('aborted'));
    },
  });
}

describe(`file storage on ${TEST_DB}`, () => {
  let t: TestApp;
  let storage: StorageService;
  let tmp: string;
  let objects: string;
  beforeAll(async () => {
    t = await startTestApp();
    storage = t.app.get(StorageService);
    tmp = join(t.config.storage.dir, 'tmp');
    objects = join(t.config.storage.dir, 'objects');
  });
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    await t.close();
  });

  it('accepts a file of exactly the limit and refuses one byte more, leaving no temp file', async () => {
    const limit = 64 * 1024;
    const exact = await storage.receive(Readable.from([Buffer.alloc(limit, 1)]), { maxBytes: limit });
    expect(exact.size).toBe(limit);
    await exact.discard();

    const error = await failure(storage.receive(Readable.from([Buffer.alloc(limit, 1), Buffer.alloc(1, 2)]), { maxBytes: limit }));
    expect(error.body).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 64 KB 的上限' });
    expect(filesUnder(tmp)).toEqual([]);
    expect(filesUnder(objects)).toEqual([]);
  });

  it('names the limit in MB as people know it', async () => {
    const error = await failure(storage.receive(Readable.from([Buffer.alloc(20 * 1024 * 1024 + 1)]), { maxBytes: 20 * 1024 * 1024 }));
    expect(error.body.message).toBe('文件超过 20 MB 的上限');
    expect(filesUnder(tmp)).toEqual([]);
  });

  it('keeps nothing of an upload cut off halfway', async () => {
    const error = await failure(storage.receive(cutOff([Buffer.alloc(10_000, 7), Buffer.alloc(10_000, 8)]), { maxBytes: 1024 * 1024 }));
    expect(error.body).toMatchObject({ statusCode: 400, code: 'UPLOAD_INCOMPLETE' });
    expect(filesUnder(tmp)).toEqual([]);
    expect(filesUnder(objects)).toEqual([]);
  });

  it('stores the same content once, under its SHA-256', async () => {
    const bytes = Buffer.from('%PDF-1.4 same content twice');
    const first = await (await storage.receive(Readable.from([bytes]), { maxBytes: 1024 })).commit();
    const second = await (await storage.receive(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), { maxBytes: 1024 })).commit();
    expect(second).toEqual(first);
    expect(first.key).toBe(`objects/${first.sha256.slice(0, 2)}/${first.sha256}`);
    expect(first.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(filesUnder(objects)).toHaveLength(1);
    expect(filesUnder(tmp)).toEqual([]);
    expect(await storage.exists(first.key)).toBe(true);
  });

  it('judges the type by content, not by name', async () => {
    const received = await storage.receive(Readable.from([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1')]), { maxBytes: 1024 });
    expect(await storage.sniff(received.tempPath)).toEqual({ ext: 'pdf', mime: 'application/pdf' });
    await received.discard();
    const text = await storage.receive(Readable.from([Buffer.from('just words')]), { maxBytes: 1024 });
    expect(await storage.sniff(text.tempPath)).toBeNull();
    await text.discard();
  });

  it('serves a stored file through a signed link without login, until the link expires', async () => {
    const clock = t.app.get(Clock);
    clock.travelTo(new Date('2026-06-15T04:00:00Z'));
    const stored = await (await storage.receive(Readable.from([Buffer.from('photo bytes')]), { maxBytes: 1024 })).commit();
    const url = storage.signedUrl(stored.key, { mime: 'image/jpeg', filename: '班前会 照片.jpg', ttlSeconds: 600 });
    expect(url).toMatch(/^\/api\/v1\/files\/[\w-]+\.[\w-]+$/);

    const ok = await t.app.inject({ method: 'GET', url });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('photo bytes');
    expect(ok.headers['content-type']).toBe('image/jpeg');
    expect(ok.headers['cache-control']).toMatch(/^private/);
    // Uploaded bytes are always an attachment (issue 16): an <img> still shows it, a browser never renders it as a page.
    expect(ok.headers['content-disposition']).toBe(contentDisposition('班前会 照片.jpg', 'attachment'));
    expect(ok.headers['content-disposition']).toContain("filename*=UTF-8''%E7%8F%AD%E5%89%8D%E4%BC%9A%20%E7%85%A7%E7%89%87.jpg");

    clock.travelTo(new Date('2026-06-15T04:10:01Z'));
    const expired = await t.app.inject({ method: 'GET', url });
    expect(expired.statusCode).toBe(403);
    expect(JSON.parse(expired.body)).toMatchObject({ code: 'FILE_LINK_EXPIRED' });

    clock.travelTo(new Date('2026-06-15T04:00:00Z'));
    const [payload, signature] = url.slice('/api/v1/files/'.length).split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), m: 'text/html' })).toString('base64url');
    for (const bad of [`${forged}.${signature}`, 'not-a-token', `${payload}.`]) {
      const reply = await t.app.inject({ method: 'GET', url: `/api/v1/files/${bad}` });
      expect({ bad, status: reply.statusCode, code: JSON.parse(reply.body).code }).toEqual({ bad, status: 404, code: 'FILE_LINK_INVALID' });
    }
  });

  describe('reading a multipart upload', () => {
    let server: FastifyInstance;
    const maxBytes = 2048;
    beforeAll(async () => {
      // The plugin as app.factory registers it, with busboy's cap above this route's own limit.
      server = Fastify();
      await server.register(fastifyMultipart, { limits: { ...MULTIPART_LIMITS, fileSize: 4096 } });
      server.setErrorHandler((error, _request, reply) => {
        const body = toErrorBody(error);
        void reply.status(body.statusCode).send(body);
      });
      server.post('/upload', async (request) => {
        const upload = await storage.readUpload(request, { fileField: 'photo', maxBytes, fields: ['photoKey'] });
        const stored = await upload.file.commit();
        return { fields: upload.fields, filename: upload.filename, size: stored.size, sha256: stored.sha256 };
      });
      // A route whose own limit is above the parser's cap: busboy truncates, and that must not pass as a whole file.
      server.post('/upload-uncapped', async (request) => {
        await storage.readUpload(request, { fileField: 'photo', maxBytes: 1024 * 1024 });
        return {};
      });
      await server.ready();
    });
    afterAll(async () => server.close());

    const post = async (body: { payload: Buffer; headers: Record<string, string> }) => {
      const reply = await server.inject({ method: 'POST', url: '/upload', ...body });
      return { status: reply.statusCode, body: JSON.parse(reply.body) as Record<string, unknown> };
    };

    it('reads as many uploads at once as the slots allow, the others waiting unread, and hashes each whole', async () => {
      const slots = storage.slots;
      const seen: number[] = [];
      const watch = setInterval(() => seen.push(slots.load.active), 1);
      const contents = Array.from({ length: slots.limit + 8 }, (_, i) => Buffer.alloc(maxBytes - i, i + 1));
      const replies = await Promise.all(contents.map((content, i) => post(multipartBody([{ name: 'photo', filename: `p${i}.jpg`, content }]))));
      clearInterval(watch);
      expect(replies.map((r) => r.status)).toEqual(contents.map(() => 200));
      expect(replies.map((r) => r.body.sha256)).toEqual(contents.map((c) => createHash('sha256').update(c).digest('hex')));
      expect(Math.max(...seen, 0)).toBeLessThanOrEqual(slots.limit);
      expect(slots.load).toEqual({ active: 0, waiting: 0 });
      expect(filesUnder(tmp)).toEqual([]);
    });

    it('collects the text fields sent before the file and keeps the client file name', async () => {
      const content = Buffer.alloc(maxBytes, 3);
      const reply = await post(multipartBody([{ name: 'photoKey', value: 'k-1' }, { name: 'photo', filename: '现场照片.jpg', content }]));
      expect(reply).toEqual({
        status: 200,
        body: { fields: { photoKey: 'k-1' }, filename: '现场照片.jpg', size: maxBytes, sha256: createHash('sha256').update(content).digest('hex') },
      });
    });

    it('refuses one byte over the route limit, and anything past the parser cap, leaving no temp file', async () => {
      for (const size of [maxBytes + 1, 5000]) {
        const reply = await post(multipartBody([{ name: 'photo', filename: 'big.jpg', content: Buffer.alloc(size, 4) }]));
        expect({ size, ...reply.body }).toMatchObject({ size, statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 2 KB 的上限' });
      }
      const truncated = await server.inject({
        method: 'POST',
        url: '/upload-uncapped',
        ...multipartBody([{ name: 'photo', filename: 'big.jpg', content: Buffer.alloc(5000, 4) }]),
      });
      expect(truncated.statusCode).toBe(413);
      expect(JSON.parse(truncated.body)).toMatchObject({ code: 'FILE_TOO_LARGE' });
      expect(filesUnder(tmp)).toEqual([]);
    });

    it('keeps nothing of a body cut off in the middle of the file', async () => {
      const before = filesUnder(objects).length;
      const reply = await post(multipartBody([{ name: 'photo', filename: 'a.jpg', content: Buffer.alloc(1500, 5) }], { truncate: true }));
      expect(reply.body).toMatchObject({ statusCode: 400, code: 'UPLOAD_INCOMPLETE' });
      expect(filesUnder(tmp)).toEqual([]);
      expect(filesUnder(objects)).toHaveLength(before);
    });

    it('names what is wrong with the request itself', async () => {
      const json = await server.inject({ method: 'POST', url: '/upload', payload: { photo: 'x' } });
      expect(json.statusCode).toBe(415);
      expect(JSON.parse(json.body)).toMatchObject({ code: 'UPLOAD_NOT_MULTIPART' });
      expect((await post(multipartBody([{ name: 'photoKey', value: 'k-2' }]))).body).toMatchObject({ statusCode: 422, code: 'UPLOAD_FILE_MISSING', field: 'photo' });
      expect((await post(multipartBody([{ name: 'photo', filename: 'empty.jpg', content: Buffer.alloc(0) }]))).body).toMatchObject({
        statusCode: 422,
        code: 'UPLOAD_FILE_MISSING',
        message: '上传的文件是空的',
      });
      expect((await post(multipartBody([{ name: 'other', value: 'x' }, { name: 'photo', filename: 'a.jpg', content: Buffer.alloc(10) }]))).body).toMatchObject({
        statusCode: 422,
        code: 'FIELD_INVALID',
        field: 'other',
      });
      // A file under another field name is refused at once — also when the body is cut off after it (it used to hang).
      for (const truncate of [false, true]) {
        const stray = multipartBody([{ name: 'document', filename: 'a.jpg', content: Buffer.alloc(5000, 3) }, { name: 'photo', filename: 'b.jpg', content: Buffer.alloc(10) }], { truncate });
        expect((await post(stray)).body).toMatchObject({ statusCode: 422, code: 'FIELD_INVALID', field: 'document' });
      }
      const two = multipartBody([
        { name: 'photo', filename: 'a.jpg', content: Buffer.alloc(10, 1) },
        { name: 'photo', filename: 'b.jpg', content: Buffer.alloc(10, 2) },
      ]);
      expect((await post(two)).body).toMatchObject({ statusCode: 413, code: 'UPLOAD_TOO_MANY_PARTS' });
      expect(filesUnder(tmp)).toEqual([]);
    });
  });
});
