import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/app-config.js';
import { loadTexts, storeTexts } from '../src/modules/similarity/similarity-texts.js';
import { extractText } from '../src/modules/similarity/text-extraction.js';
import { StorageService } from '../src/storage/storage.service.js';
import { draftApplicationFactory } from './support/factories.js';
import { pptxFixture, textPdfFixture } from './support/material-files.js';
import { filesUnder } from './support/files-under.js';
import { multipartBody } from './support/multipart.js';
import { type S3StandIn, startS3StandIn } from './support/s3-stand-in.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The same storage behaviours as storage.spec.ts, with objects in an S3 bucket (s3rver standing in for MinIO/OSS/COS). */
describe(`file storage in an S3-compatible bucket on ${TEST_DB}`, () => {
  let s3: S3StandIn;
  let t: TestApp;
  let storage: StorageService;
  let client: S3Client;
  beforeAll(async () => {
    s3 = await startS3StandIn();
    t = await startTestApp({ ...s3.env, S3_PREFIX: 'platform-test' });
    storage = t.app.get(StorageService);
    client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    client.destroy();
    await t.close();
    await s3.stop();
  });

  const bucketObject = async (key: string) => {
    const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `platform-test/${key}` }));
    return Buffer.from(await object.Body!.transformToByteArray());
  };

  it('puts a commit into the bucket under its SHA-256 (below S3_PREFIX), once, and leaves nothing on local disk', async () => {
    const bytes = Buffer.from('%PDF-1.4 same content twice, in S3');
    const first = await (await storage.receive(Readable.from([bytes]), { maxBytes: 1024 })).commit();
    const second = await (await storage.receive(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), { maxBytes: 1024 })).commit();
    expect(second).toEqual(first);
    expect(first).toEqual({ key: `objects/${sha256(bytes).slice(0, 2)}/${sha256(bytes)}`, size: bytes.length, sha256: sha256(bytes) });
    expect((await bucketObject(first.key)).equals(bytes)).toBe(true);
    expect(await storage.exists(first.key)).toBe(true);
    expect((await storage.readBytes(first.key)).equals(bytes)).toBe(true);
    // Temp files go once committed; no objects/ folder is ever made on this instance's disk.
    expect(filesUnder(join(t.config.storage.dir, 'tmp'))).toEqual([]);
    expect(filesUnder(join(t.config.storage.dir, 'objects'))).toEqual([]);
  });

  it('streams a large file in parts and reads back the same bytes', async () => {
    // 20 MB: above the 8 MB part size, so a multipart upload (as a 50 MB PPT would be).
    const bytes = randomBytes(20 * 1024 * 1024);
    const stored = await (await storage.receive(Readable.from([bytes.subarray(0, 7_000_000), bytes.subarray(7_000_000)]), { maxBytes: 50 * 1024 * 1024 })).commit();
    expect(stored.sha256).toBe(sha256(bytes));
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `platform-test/${stored.key}` }));
    expect(head.ContentLength).toBe(bytes.length);
    const read = createHash('sha256');
    for await (const chunk of await storage.openRead(stored.key)) read.update(chunk as Buffer);
    expect(read.digest('hex')).toBe(stored.sha256);
  });

  it('serves a stored file through a signed link, and a missing object the way the local store does', async () => {
    const clock = t.app.get(Clock);
    clock.travelTo(new Date('2026-06-15T04:00:00Z'));
    const stored = await (await storage.receive(Readable.from([Buffer.from('photo bytes in s3')]), { maxBytes: 1024 })).commit();
    const ok = await t.app.inject({ method: 'GET', url: storage.signedUrl(stored.key, { mime: 'image/jpeg', filename: '班前会.jpg' }) });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('photo bytes in s3');
    expect(ok.headers['content-type']).toBe('image/jpeg');
    expect(ok.headers['content-length']).toBe(String('photo bytes in s3'.length));

    const lost = `objects/00/${'0'.repeat(64)}`;
    expect(await storage.exists(lost)).toBe(false);
    const gone = await t.app.inject({ method: 'GET', url: storage.signedUrl(lost, { mime: 'application/pdf' }) });
    expect(gone.statusCode).toBe(404);
    expect(JSON.parse(gone.body)).toMatchObject({ code: 'FILE_LINK_INVALID' });
    await expect(storage.readBytes(lost)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(storage.openRead(lost)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(storage.withLocalFile(lost, async () => 'never')).rejects.toMatchObject({ code: 'ENOENT' });
    clock.travelTo(null);
  });

  it('takes a material upload through the API into the bucket, and downloads it by its link', async () => {
    const d = await draftApplicationFactory(t.app);
    const deck = pptxFixture('钢筋班发布');
    const body = multipartBody([{ name: 'file', filename: '发布.pptx', content: deck }]);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${d.applicationId}/materials/ppt`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${d.token}` },
    });
    expect(reply.statusCode).toBe(201);
    const material = JSON.parse(reply.body) as { sha256: string; size: number; url: string };
    expect(material).toMatchObject({ sha256: sha256(deck), size: deck.length });
    expect((await bucketObject(`objects/${material.sha256.slice(0, 2)}/${material.sha256}`)).equals(deck)).toBe(true);
    const download = await t.app.inject({ method: 'GET', url: material.url });
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(material.sha256);
  });

  it('gives text extraction a local copy of a stored PDF, removed afterwards, and keeps extracted texts in the bucket', async () => {
    const pages = ['第一页：班组开展质量信得过活动的做法与成效，钢筋绑扎一次验收合格率显著提高。', '第二页：持续改进，总结经验，形成标准化作业指导书。'];
    const pdf = await (await storage.receive(Readable.from([await textPdfFixture(pages)]), { maxBytes: 1024 * 1024 })).commit();
    let copy = '';
    const extraction = await storage.withLocalFile(pdf.key, (path) => {
      copy = path;
      return extractText(path, 'application/pdf');
    });
    expect(extraction).toMatchObject({ ok: true, pages: [expect.stringContaining('第一页'), expect.stringContaining('第二页')] });
    expect(copy.startsWith(join(t.config.storage.dir, 'tmp'))).toBe(true);
    expect(filesUnder(join(t.config.storage.dir, 'tmp'))).toEqual([]);

    const textKey = await storeTexts(storage, ['甲', '乙']);
    expect(await loadTexts(storage, textKey)).toEqual(['甲', '乙']);
  });

  it('lists every object under S3_PREFIX in key order, names what is not a storage key, and removes one on request (backup, restore)', async () => {
    const stored = await (await storage.receive(Readable.from([Buffer.from('listed object')]), { maxBytes: 1024 })).commit();
    // Something else under the prefix's objects/ area: reported, never listed as an object.
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'platform-test/objects/zz/not-ours.txt', Body: 'x' }));
    const strays: string[] = [];
    const listed: Array<{ key: string; size: number }> = [];
    for await (const object of storage.store.list((stray) => strays.push(stray))) listed.push(object);
    expect(listed).toContainEqual({ key: stored.key, size: stored.size });
    expect(listed.map((o) => o.key)).toEqual([...listed.map((o) => o.key)].sort());
    expect(listed.every((o) => /^objects\/([0-9a-f]{2})\/\1[0-9a-f]{62}$/.test(o.key))).toBe(true);
    expect(strays).toEqual([`s3://${s3.bucket}/platform-test/objects/zz/not-ours.txt`]);
    await storage.store.remove(stored.key);
    expect(await storage.store.size(stored.key)).toBeNull();
    await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: 'platform-test/objects/zz/not-ours.txt' }));
  });

  it('refuses to start when the bucket does not exist', async () => {
    // The service alone, as the app would start it: a whole app failing its start would leave its database pool open.
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cacem-s3-nobucket-')), JWT_SECRET: 'x'.repeat(40), ...s3.env, S3_BUCKET: 'no-such-bucket' });
    const service = new StorageService(config, new Clock());
    try {
      await expect(service.onModuleInit()).rejects.toThrow(`无法访问文件存储 S3 存储桶 no-such-bucket（${s3.endpoint}）：存储桶不存在`);
    } finally {
      await service.onModuleDestroy();
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  });
});
