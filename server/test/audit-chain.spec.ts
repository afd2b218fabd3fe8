import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createConnection } from 'mysql2/promise';
import { Clock } from '../src/common/clock.js';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditAnchorService } from '../src/modules/audit/audit-anchor.service.js';
import { signAnchor } from '../src/modules/audit/audit-anchor.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditHead } from '../src/modules/audit/audit-head.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { submittedApplicationFactory } from './support/recommendation-factories.js';
import { type S3StandIn, startS3StandIn } from './support/s3-stand-in.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`audit chain under concurrent writes on ${TEST_DB}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
    removeFolders(t);
  });

  it('chains every entry once when many audited requests arrive together (the deadline rush)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const cards = [];
    for (let k = 0; k < 12; k++) {
      const reply = await call<{ cardNo: string; password: string }>(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `并发登录企业${k}` } });
      expect(reply.status).toBe(201);
      cards.push(reply.body);
    }
    // Card logins and card issues at once: each writes an audit entry in its own transaction.
    const replies = await Promise.all([
      ...cards.map((c) => call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: c.cardNo, password: c.password } })),
      ...Array.from({ length: 6 }, (_, k) => call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `并发发卡企业${k}` } })),
    ]);
    expect(replies.map((r) => r.status)).toEqual([...cards.map(() => 200), ...Array.from({ length: 6 }, () => 201)]);
    // Whole registrations side by side, as at the deadline: logins, credit codes, teams, forms, uploads, submissions.
    t.app.get(Clock).travelTo(new Date('2026-06-20T04:00:00Z'));
    const teams = await Promise.all(Array.from({ length: 8 }, (_, k) => submittedApplicationFactory(t.app, `并发申报班组${k}`)));
    expect(new Set(teams.map((x) => x.applicationId)).size).toBe(8);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('issues every card when many are issued at once (same serial, deadlocks on the unique keys are tried again)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, k) => call<{ cardNo: string }>(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `同时发卡企业${k}` } })),
    );
    expect(replies.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
    expect(new Set(replies.map((r) => r.body.cardNo)).size).toBe(40);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('records the caller\'s role and the request id with each entry, and answers with that id (or the proxy\'s)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registration-cards',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': 'proxy-req-0001' },
      payload: JSON.stringify({ enterpriseName: '请求编号企业' }),
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.headers['x-request-id']).toBe('proxy-req-0001');
    const entries = await dataSourceOf(t.app).getRepository(AuditEntry).findBy({ requestId: 'proxy-req-0001' });
    expect(entries.map((e) => [e.action, e.role])).toEqual([['registration_card.issue', 'secretariat']]);
    // An unsound id from outside is replaced, never stored.
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': '<script>' } });
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await call<{ items: Array<{ requestId: string | null; role: string | null }> }>(t.app, 'GET', '/api/v1/console/audit?pageSize=5', { token });
    expect(listed.body.items.some((i) => i.requestId === 'proxy-req-0001' && i.role === 'secretariat')).toBe(true);
    expect((await t.app.get(AuditService).verifyChain()).intact).toBe(true);
  });
  it('names the first broken link when an entry is altered, one is removed, or the end is cut off', async () => {
    const audit = t.app.get(AuditService);
    const dataSource = dataSourceOf(t.app);
    const token = await loginAccount(t.app, 'mishuchu');
    for (let k = 0; k < 5; k++) await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `篡改测试企业${k}` } });
    const intact = await audit.verifyChain();
    expect(intact).toMatchObject({ intact: true, firstBrokenId: null, reason: null });
    const ids = (await dataSource.getRepository(AuditEntry).find({ select: { id: true }, order: { id: 'ASC' } })).map((e) => e.id);
    expect(intact.entries).toBe(ids.length);
    const table = dataSource.getRepository(AuditEntry).metadata.tableName;
    const q = (name: string) => (dataSource.options.type === 'better-sqlite3' ? `"${name}"` : `\`${name}\``);
    const victim = ids[ids.length - 4]!;
    const original = await dataSource.getRepository(AuditEntry).findOneByOrFail({ id: victim });

    // Someone edits what an entry says (the SQL a tamperer would run, not the application).
    await dataSource.query(`UPDATE ${q(table)} SET ${q('after')} = ? WHERE id = ?`, [JSON.stringify({ enterpriseName: '改过的名字' }), victim]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: victim, reason: 'modified' });
    const secretariat = await call<{ intact: boolean; firstBrokenId: number; message: string }>(t.app, 'GET', '/api/v1/console/audit/verify', { token });
    expect(secretariat.body).toMatchObject({ intact: false, firstBrokenId: victim });
    expect(secretariat.body.message).toContain(`第 ${victim} 条`);
    await dataSource.query(`UPDATE ${q(table)} SET ${q('after')} = ? WHERE id = ?`, [JSON.stringify(original.after), victim]);
    expect((await audit.verifyChain()).intact).toBe(true);

    // Someone removes an entry from the middle: the next one no longer follows.
    const removed = await dataSource.getRepository(AuditEntry).findOneByOrFail({ id: victim });
    await dataSource.query(`DELETE FROM ${q(table)} WHERE id = ?`, [victim]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: ids[ids.length - 3], reason: 'link' });
    await dataSource.getRepository(AuditEntry).save(removed);
    expect((await audit.verifyChain()).intact).toBe(true);

    // Someone cuts off the last entries: the head still names the last one written.
    await dataSource.query(`DELETE FROM ${q(table)} WHERE id >= ?`, [ids[ids.length - 2]]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: ids[ids.length - 3]! + 1, reason: 'truncated' });
  });
});

/** What startTestApp leaves in the temp folder: the data folder and, on SQLite, the database's folder. */
function removeFolders(t: TestApp | undefined): void {
  if (!t) return;
  rmSync(t.config.dataDir, { recursive: true, force: true });
  if (t.config.database.type === 'sqlite' && t.config.database.sqlitePath !== ':memory:') rmSync(dirname(t.config.database.sqlitePath), { recursive: true, force: true });
}

/**
 * The hash chain as a tamperer with database access recomputes it: SHA-256 over the previous hash and the entry's fields,
 * as the README describes the chain. (Written out here, not imported: the test must not share the server's code.)
 */
function recomputed(prevHash: string, e: AuditEntry): string {
  const fields: unknown[] = [e.actor, e.action, e.entity, e.entityId, e.before ?? null, e.after ?? null, e.at];
  if (e.role != null || e.requestId != null) fields.push(e.role ?? null, e.requestId ?? null);
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

const GENESIS = '0'.repeat(64);

describe(`the audit chain's limits on ${TEST_DB}: the head row, and anchors outside the database`, () => {
  let t: TestApp;
  let token: string;
  let saved: { entries: AuditEntry[]; head: AuditHead };
  let anchorsDir: string;
  const audit = () => t.app.get(AuditService);
  const anchors = () => t.app.get(AuditAnchorService);
  const entries = () => dataSourceOf(t.app).getRepository(AuditEntry);
  const heads = () => dataSourceOf(t.app).getRepository(AuditHead);
  const ids = async () => (await entries().find({ select: { id: true }, order: { id: 'ASC' } })).map((e) => e.id);
  const anchorFiles = () => (existsSync(anchorsDir) ? readdirSync(anchorsDir).filter((n) => !n.startsWith('.')).sort() : []);
  const issueCards = async (n: number, label: string) => {
    for (let k = 0; k < n; k++) {
      const reply = await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `${label}${k}` } });
      expect(reply.status).toBe(201);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    anchorsDir = join(t.config.storage.dir, 'anchors');
    token = await loginAccount(t.app, 'mishuchu');
    await issueCards(6, '锚点测试企业');
    saved = { entries: await entries().find({ order: { id: 'ASC' } }), head: await heads().findOneByOrFail({ id: 1 }) };
    expect(saved.entries.length).toBeGreaterThanOrEqual(6);
    expect(saved.head).toMatchObject({ hash: saved.entries.at(-1)!.hash, lastId: saved.entries.at(-1)!.id, entries: saved.entries.length });
  });

  // Each case tampers with the log its own way; the log as it was and no anchor are put back after it.
  afterEach(async () => {
    await entries().createQueryBuilder().delete().execute();
    await heads().createQueryBuilder().delete().execute();
    await entries().save(saved.entries.map((e) => entries().create(e)));
    await heads().insert(saved.head);
    rmSync(anchorsDir, { recursive: true, force: true });
    expect((await audit().verifyChain()).intact).toBe(true);
  });

  afterAll(async () => {
    await t?.close();
    removeFolders(t);
  });

  it('finds a deleted head then a cut tail broken (head_missing), where the head row alone said nothing before', async () => {
    const all = await ids();
    await heads().delete({ id: 1 });
    expect(await audit().verifyChain()).toMatchObject({ intact: false, reason: 'head_missing', firstBrokenId: all.at(-1)! + 1 });
    await entries().createQueryBuilder().delete().where('id >= :id', { id: all.at(-2) }).execute();
    const result = await audit().verifyChain();
    expect(result).toMatchObject({ intact: false, reason: 'head_missing', firstBrokenId: all.at(-3)! + 1, entries: all.length - 2 });
    expect(result.message).toContain('链头（audit_head）被删除');
  });

  it('finds a head rewound to an earlier entry broken (head_rewound); a rewind with the tail cut to match is caught only by an anchor', async () => {
    const all = await ids();
    const earlier = saved.entries.at(-3)!;
    await heads().update({ id: 1 }, { hash: earlier.hash, lastId: earlier.id, entries: saved.entries.length - 2 });
    const rewound = await audit().verifyChain();
    expect(rewound).toMatchObject({ intact: false, reason: 'head_rewound', firstBrokenId: earlier.id + 1 });
    expect(rewound.message).toContain(`链头指向第 ${earlier.id} 条`);

    // The tail cut to match the rewound head: consistent in the database, so only the anchor written before shows it.
    await entries().createQueryBuilder().delete().where('id > :id', { id: earlier.id }).execute();
    expect(await audit().verifyChain()).toMatchObject({ intact: true, entries: all.length - 2 });
    await heads().update({ id: 1 }, { hash: saved.head.hash, lastId: saved.head.lastId, entries: saved.head.entries });
    await entries().save(saved.entries.slice(-2).map((e) => entries().create(e)));
    const anchor = await anchors().anchorNow({ again: true });
    expect(anchor).toMatchObject({ lastId: saved.head.lastId, entries: saved.head.entries, hash: saved.head.hash });
    await entries().createQueryBuilder().delete().where('id > :id', { id: earlier.id }).execute();
    await heads().update({ id: 1 }, { hash: earlier.hash, lastId: earlier.id, entries: saved.entries.length - 2 });
    expect(await audit().verifyChain()).toMatchObject({ intact: false, reason: 'anchor_shorter', firstBrokenId: earlier.id + 1 });
  });

  it('finds both tables emptied after an anchor broken against the anchor (anchor_shorter), also with a fresh head put back', async () => {
    // (again: each case starts from the same log, which this process may have anchored in an earlier case.)
    const anchor = await anchors().anchorNow({ again: true });
    expect(anchor).not.toBeNull();
    expect(anchorFiles()).toHaveLength(1);
    // Nothing new since: no second anchor.
    expect(await anchors().anchorNow()).toBeNull();
    expect(anchorFiles()).toHaveLength(1);
    const before = await audit().verifyChain();
    expect(before).toMatchObject({ intact: true, anchor: { lastId: saved.head.lastId, entries: saved.head.entries }, anchors: { valid: 1, otherKey: 0, forged: 0 } });
    expect(before.message).toContain('锚点');

    await entries().createQueryBuilder().delete().execute();
    await heads().createQueryBuilder().delete().execute();
    const emptied = await audit().verifyChain();
    expect(emptied).toMatchObject({ intact: false, reason: 'anchor_shorter', entries: 0, firstBrokenId: 1 });
    expect(emptied.message).toContain(`锚定时共 ${saved.head.entries} 条`);
    // As a fresh install looks: the head the migration writes, genesis and nothing.
    await heads().insert({ id: 1, hash: GENESIS, lastId: 0, entries: 0 });
    expect(await audit().verifyChain()).toMatchObject({ intact: false, reason: 'anchor_shorter', entries: 0 });
  });

  it('finds a chain rewritten whole and consistently (every hash recomputed, head moved along) broken against the anchor (anchor_rewritten)', async () => {
    expect(await anchors().anchorNow({ again: true })).not.toBeNull();
    // The tamperer changes what the second entry says and recomputes every hash after it, and the head.
    let prevHash = GENESIS;
    const rewritten = saved.entries.map((e, index) => {
      const after = index === 1 ? { ...(e.after as object), enterpriseName: '改写过的企业' } : e.after;
      const hash = recomputed(prevHash, { ...e, after } as AuditEntry);
      const row = { id: e.id, after, prevHash, hash };
      prevHash = hash;
      return row;
    });
    for (const row of rewritten) await entries().update({ id: row.id }, { after: row.after as object, prevHash: row.prevHash, hash: row.hash });
    const last = rewritten.at(-1)!;
    await heads().update({ id: 1 }, { hash: last.hash, lastId: last.id, entries: rewritten.length });
    // Consistent in itself: without the anchor nothing would show (this is what an unkeyed chain cannot prove).
    const aside = `${anchorsDir}-aside`;
    renameSync(anchorsDir, aside);
    try {
      expect(await audit().verifyChain()).toMatchObject({ intact: true, anchor: null });
    } finally {
      renameSync(aside, anchorsDir);
    }
    const result = await audit().verifyChain();
    expect(result).toMatchObject({ intact: false, reason: 'anchor_rewritten', firstBrokenId: last.id });
    expect(result.message).toContain('被整体改写过');
  });

  it('reports an anchor with a bad signature (anchor_forged) and one edited after signing; counts one made with another key without failing', async () => {
    expect(await anchors().anchorNow({ again: true })).not.toBeNull();
    const [real] = anchorFiles();
    const body = JSON.parse(readFileSync(join(anchorsDir, real!), 'utf8')) as Record<string, unknown>;

    // Made with another key (another instance's generated key, or a key since changed): not checkable here, not a break.
    const other = signAnchor({ lastId: saved.head.lastId, hash: saved.head.hash, entries: saved.head.entries, at: new Date().toISOString() }, 'another-key-another-key-another-key-0');
    writeFileSync(join(anchorsDir, other.name), other.body);
    expect(await audit().verifyChain()).toMatchObject({ intact: true, anchors: { valid: 1, otherKey: 1, forged: 0 } });
    rmSync(join(anchorsDir, other.name));

    // A forger without the key claims a shorter chain under this key's id: the signature gives it away.
    const forgedName = real!.replace(/^\d{12}-\d{12}/, `${String(2).padStart(12, '0')}-${String(saved.entries[1]!.id).padStart(12, '0')}`);
    writeFileSync(join(anchorsDir, forgedName), JSON.stringify({ ...body, entries: 2, lastId: saved.entries[1]!.id, hash: saved.entries[1]!.hash }));
    const forged = await audit().verifyChain();
    expect(forged).toMatchObject({ intact: false, reason: 'anchor_forged', firstBrokenId: null, anchors: { valid: 1, forged: 1 } });
    expect(forged.message).toContain(forgedName);
    expect(forged.message).toContain('签名不符');
    // The other suites' one-line check (findFirstBrokenLink() is null) does not take this for intact either.
    expect(await audit().findFirstBrokenLink()).toBe(0);
    rmSync(join(anchorsDir, forgedName));

    // The real anchor edited in place (its time moved): no longer what was signed.
    writeFileSync(join(anchorsDir, real!), JSON.stringify({ ...body, at: '2020-01-01T00:00:00.000Z' }));
    expect(await audit().verifyChain()).toMatchObject({ intact: false, reason: 'anchor_forged', anchors: { valid: 0, forged: 1 } });
  });
});

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
