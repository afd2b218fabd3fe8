import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createConnection } from 'mysql2/promise';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditAnchorService } from '../src/modules/audit/audit-anchor.service.js';
import { AuditHead } from '../src/modules/audit/audit-head.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { type S3StandIn, startS3StandIn } from './support/s3-stand-in.js';
import { GENESIS, removeFolders } from './support/audit-suites.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/* Anchors the app writes by itself, to its file store or an S3 bucket. */

describe(`audit anchors written by themselves on ${TEST_DB}`, () => {
  let t: TestApp | undefined;

  afterEach(() => removeFolders(t));

  it('finds a fresh install with no entries and no anchor intact, and writes no anchor for an empty log', async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
    try {
      const result = await t.app.get(AuditService).verifyChain();
      expect(result).toMatchObject({ intact: true, entries: 0, reason: null, anchor: null, anchors: { valid: 0, otherKey: 0, forged: 0 } });
      expect(await dataSourceOf(t.app).getRepository(AuditHead).findOneBy({ id: 1 })).toEqual({ id: 1, hash: GENESIS, lastId: 0, entries: 0 });
      expect(await t.app.get(AuditAnchorService).anchorNow()).toBeNull();
      expect(existsSync(join(t.config.storage.dir, 'anchors'))).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('anchors after every N entries, off the request path, and once more at shutdown; the chain verifies against them', async () => {
    t = await startTestApp({ AUDIT_ANCHOR_EVERY_ENTRIES: '3' });
    const anchorsDir = join(t.config.storage.dir, 'anchors');
    const files = () => (existsSync(anchorsDir) ? readdirSync(anchorsDir).filter((n) => !n.startsWith('.')).sort() : []);
    const head = () => dataSourceOf(t!.app).getRepository(AuditHead).findOneByOrFail({ id: 1 });
    let closed = false;
    try {
      const token = await loginAccount(t.app, 'mishuchu');
      for (let k = 0; k < 3; k++) expect((await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `自动锚点企业${k}` } })).status).toBe(201);
      // The answer did not wait for the anchor: it comes a moment after the commit.
      const deadline = Date.now() + 10_000;
      while (files().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(files()).toHaveLength(1);
      const first = JSON.parse(readFileSync(join(anchorsDir, files()[0]!), 'utf8')) as { lastId: number; entries: number; hash: string };
      const atFirst = await head();
      expect(first).toMatchObject({ lastId: atFirst.lastId, entries: atFirst.entries, hash: atFirst.hash });
      expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ intact: true, anchor: { lastId: atFirst.lastId } });

      expect((await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: '关机前企业' } })).status).toBe(201);
      const last = await head();
      // Shutdown with the database kept (TestApp.close drops a MariaDB database first, which the last anchor must read).
      await t.app.close();
      closed = true;
      expect(files()).toHaveLength(2);
      const final = JSON.parse(readFileSync(join(anchorsDir, files().at(-1)!), 'utf8')) as { lastId: number; entries: number; hash: string };
      expect(final).toMatchObject({ lastId: last.lastId, entries: last.entries, hash: last.hash });
    } finally {
      if (!closed) await t.close();
      else if (t.config.database.type !== 'sqlite') {
        const { host, port, username, password, database } = t.config.database;
        const admin = await createConnection({ host, port, user: username, password });
        await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
        await admin.end();
      }
    }
  });
});

describe(`audit anchors in an S3 bucket (STORAGE_DRIVER=s3) on ${TEST_DB}`, () => {
  let s3: S3StandIn | undefined;
  let t: TestApp | undefined;

  afterAll(async () => {
    await t?.close();
    removeFolders(t);
    await s3?.stop();
  });

  it('writes the anchor under <S3_PREFIX>anchors/, checks the chain against it, and reports a forged one put into the bucket', async () => {
    s3 = await startS3StandIn('cacem-anchors');
    t = await startTestApp({ ...s3.env, S3_PREFIX: 'platform-test' });
    const token = await loginAccount(t.app, 'mishuchu');
    expect((await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: 'S3锚点企业' } })).status).toBe(201);
    const anchor = await t.app.get(AuditAnchorService).anchorNow();
    const head = await dataSourceOf(t.app).getRepository(AuditHead).findOneByOrFail({ id: 1 });
    expect(anchor).toMatchObject({ lastId: head.lastId, entries: head.entries, hash: head.hash });
    expect(existsSync(join(t.config.storage.dir, 'anchors'))).toBe(false);
    const checked = await t.app.get(AuditAnchorService).readAll();
    expect(checked.map((a) => a.status)).toEqual(['valid']);
    expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ intact: true, anchor: { lastId: head.lastId, entries: head.entries }, anchors: { valid: 1 } });

    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    try {
      const forged = { ...anchor!, entries: head.entries + 5, lastId: head.lastId + 5 };
      const name = checked[0]!.name.replace(/^\d{12}-\d{12}/, `${String(forged.entries).padStart(12, '0')}-${String(forged.lastId).padStart(12, '0')}`);
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `platform-test/anchors/${name}`, Body: JSON.stringify(forged) }));
    } finally {
      client.destroy();
    }
    expect(await t.app.get(AuditService).verifyChain()).toMatchObject({ intact: false, reason: 'anchor_forged', anchors: { valid: 1, forged: 1 } });
  });
});
