import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditAnchorService } from '../src/modules/audit/audit-anchor.service.js';
import { signAnchor } from '../src/modules/audit/audit-anchor.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditHead } from '../src/modules/audit/audit-head.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { GENESIS, removeFolders } from './support/audit-suites.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/* What the head row and the anchors outside the database catch that the chain alone cannot. */

/**
 * The hash chain as a tamperer with database access recomputes it: SHA-256 over the previous hash and the entry's fields,
 * as the README describes the chain. (Written out here, not imported: the test must not share the server's code.)
 */
function recomputed(prevHash: string, e: AuditEntry): string {
  const fields: unknown[] = [e.actor, e.action, e.entity, e.entityId, e.before ?? null, e.after ?? null, e.at];
  if (e.role != null || e.requestId != null) fields.push(e.role ?? null, e.requestId ?? null);
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

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
