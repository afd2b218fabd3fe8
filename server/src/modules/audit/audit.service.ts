import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import { AuditAnchorService } from './audit-anchor.service.js';
import type { Anchor, CheckedAnchor } from './audit-anchor.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditHead } from './audit-head.entity.js';
import { requestContext } from '../../common/request-context.js';
import { writeLock } from '../../common/unique-violation.js';
import { markIdempotentCommit } from '../idempotency/index.js';

export interface AuditRecord {
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);
/** Entries read per query while verifying: the chain is walked in id order without holding it all in memory. */
const VERIFY_BATCH = 1000;

export type ChainBreak =
  | 'modified'
  | 'link'
  | 'truncated'
  | 'head_missing'
  | 'head_rewound'
  | 'anchor_rewritten'
  | 'anchor_shorter'
  | 'anchor_forged';

/** The newest anchor that verified, as the check shows it. */
export interface AnchorSummary {
  lastId: number;
  entries: number;
  at: string;
}

export interface ChainVerification {
  intact: boolean;
  entries: number;
  /** The first entry that does not verify; for a chain cut short, the id after the last entry left. Null when intact,
   * and for a forged anchor (which names no entry of the chain). */
  firstBrokenId: number | null;
  /** Why it is broken; null when intact.
   *  modified: an entry's content no longer gives its hash; link: it does not follow the entry before it (an entry
   *  before it was removed or altered); truncated: entries at the end were removed (the head names a later one);
   *  head_missing: the head row is gone (the migration writes it, so only tampering removes it; the end may have been
   *  cut); head_rewound: the head names an earlier entry than the last, or fewer entries than there are;
   *  anchor_rewritten: an anchor names an entry the chain holds with another hash, or a different count up to it (the
   *  chain was rewritten); anchor_shorter: the chain is shorter than an anchor says it was (entries removed, the log
   *  emptied); anchor_forged: something under anchors/ is not an anchor made with this key's signature. */
  reason: ChainBreak | null;
  /** What a person reads, in Chinese. */
  message: string;
  /** The newest anchor made with this key that the chain matches; null when there is none yet. */
  anchor: AnchorSummary | null;
  /** Anchors found: valid (made with this key), otherKey (made with another key, not checkable here), forged. */
  anchors: { valid: number; otherKey: number; forged: number };
}

const BREAK_MESSAGE: Record<'modified' | 'link' | 'truncated', (id: number) => string> = {
  modified: (id) => `第 ${id} 条审计记录的内容被改动（与其哈希不符）`,
  link: (id) => `第 ${id} 条审计记录与前一条接不上：其前的记录被删除或改动`,
  truncated: (id) => `审计日志末尾的记录被删除：第 ${id} 条起缺失（链头指向的最后一条已不存在）`,
};

function digest(prevHash: string, e: Omit<AuditEntry, 'id' | 'hash' | 'prevHash' | 'role' | 'requestId'> & { role?: string | null; requestId?: string | null }): string {
  const fields: unknown[] = [e.actor, e.action, e.entity, e.entityId, e.before ?? null, e.after ?? null, e.at];
  // Role and request id joined the entry later: covered when present, so older entries keep their hashes.
  if (e.role != null || e.requestId != null) fields.push(e.role ?? null, e.requestId ?? null);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: AuditAnchorService,
  ) {}

  /** Appends within the caller's transaction, so the change and its audit record land together or not at all. */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntry> {
    const repo = manager.getRepository(AuditEntry);
    // SQLite transactions are serialized at the data source; MySQL/MariaDB take turns on the head row's lock.
    const head = await manager.findOne(AuditHead, { where: { id: 1 }, ...writeLock(manager) });
    const prevHash = head?.hash ?? GENESIS;
    const fields = {
      actor: record.actor,
      action: record.action,
      entity: record.entity,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
      at: new Date().toISOString(),
      role: requestContext()?.role ?? null,
      requestId: requestContext()?.requestId ?? null,
    };
    const entry = await repo.save(repo.create({ ...fields, prevHash, hash: digest(prevHash, fields) }));
    await manager.upsert(AuditHead, { id: 1, hash: entry.hash, lastId: entry.id, entries: (head?.entries ?? 0) + 1 }, ['id']);
    // Only a counter in memory: the anchor itself is written later, off the request path, from the committed head.
    this.anchors.noteAppended();
    // Every change is audited in its own transaction, so this is where a retried request's claim commits with it.
    await markIdempotentCommit(manager);
    return entry;
  }

  /**
   * Walks the chain from the start; null when it is intact, else the id of the first entry that does not verify — 0
   * when the problem names no entry (a forged anchor, a missing head on an empty log), so a broken log is never null.
   */
  async findFirstBrokenLink(): Promise<number | null> {
    const result = await this.verifyChain();
    return result.intact ? null : (result.firstBrokenId ?? 0);
  }

  /**
   * Verifies the whole chain in id order, a batch at a time: each entry's hash from its content and the hash before
   * it, each entry's link to the one before; then the chain against every anchor in the file store signed with this
   * key (the anchored entry is there with the anchored hash and count, and the chain is not shorter), then the head
   * row against the last entry (a missing head, one cut short or one rewound), then anything under anchors/ that is
   * not a valid anchor. Names the first problem and why.
   */
  async verifyChain(): Promise<ChainVerification> {
    const found = await this.anchors.readAll();
    const valid = found.filter((a): a is Extract<CheckedAnchor, { status: 'valid' }> => a.status === 'valid').map((a) => a.anchor);
    const counts = {
      valid: valid.length,
      otherKey: found.filter((a) => a.status === 'other_key').length,
      forged: found.filter((a) => a.status === 'forged').length,
    };
    const byLastId = new Map<number, Anchor[]>();
    for (const anchor of valid) byLastId.set(anchor.lastId, [...(byLastId.get(anchor.lastId) ?? []), anchor]);
    const matched = new Set<Anchor>();
    let anchorBreak: ChainVerification | null = null;
    const result = (reason: ChainBreak, id: number | null, entries: number, message: string): ChainVerification => ({
      intact: false,
      entries,
      firstBrokenId: id,
      reason,
      message,
      anchor: null,
      anchors: counts,
    });

    const repo = this.dataSource.getRepository(AuditEntry);
    let prevHash = GENESIS;
    let lastId = 0;
    let entries = 0;
    for (;;) {
      const batch = await repo.find({ where: { id: MoreThan(lastId) }, order: { id: 'ASC' }, take: VERIFY_BATCH });
      for (const entry of batch) {
        entries += 1;
        if (entry.prevHash !== prevHash) return result('link', entry.id, entries, BREAK_MESSAGE.link(entry.id));
        if (entry.hash !== digest(prevHash, entry)) return result('modified', entry.id, entries, BREAK_MESSAGE.modified(entry.id));
        for (const anchor of byLastId.get(entry.id) ?? []) {
          if (anchor.hash === entry.hash && anchor.entries === entries) matched.add(anchor);
          else anchorBreak ??= result('anchor_rewritten', entry.id, entries, `第 ${entry.id} 条审计记录与 ${anchor.at} 写下的锚点不符（锚点记其哈希为 ${anchor.hash.slice(0, 12)}…、为第 ${anchor.entries} 条，现为 ${entry.hash.slice(0, 12)}…、第 ${entries} 条）：此前的审计日志被整体改写过`);
        }
        prevHash = entry.hash;
        lastId = entry.id;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    if (anchorBreak) return anchorBreak;
    // An anchor whose entry the walk never met: the chain now ends before it, or was renumbered in a rewrite.
    for (const anchor of [...valid].sort((a, b) => a.lastId - b.lastId)) {
      if (matched.has(anchor)) continue;
      if (anchor.entries > entries || anchor.lastId > lastId) {
        return result('anchor_shorter', lastId + 1, entries, `审计日志比 ${anchor.at} 写下的锚点所记的短：锚定时共 ${anchor.entries} 条、最后一条为第 ${anchor.lastId} 条，现在只有 ${entries} 条${entries ? `、最后一条为第 ${lastId} 条` : ''}：记录被删除或日志被清空`);
      }
      return result('anchor_rewritten', anchor.lastId, entries, `${anchor.at} 写下的锚点所记的第 ${anchor.lastId} 条审计记录已不在链中：此前的审计日志被整体改写过`);
    }

    const head = await this.dataSource.getRepository(AuditHead).findOneBy({ id: 1 });
    if (!head) {
      return result('head_missing', entries ? lastId + 1 : null, entries, `审计日志的链头（audit_head）被删除：无法确认末尾的记录是否被截去（现有 ${entries} 条）`);
    }
    if (head.hash !== prevHash || head.lastId !== lastId || head.entries !== entries) {
      if (head.lastId > lastId || head.entries > entries) return result('truncated', lastId + 1, entries, BREAK_MESSAGE.truncated(lastId + 1));
      return result('head_rewound', head.lastId + 1, entries, `审计日志的链头被改回到较早的记录：链头指向第 ${head.lastId} 条（共 ${head.entries} 条），而链上最后一条是第 ${lastId} 条（共 ${entries} 条）`);
    }

    const forged = found.find((a): a is Extract<CheckedAnchor, { status: 'forged' }> => a.status === 'forged');
    if (forged) return result('anchor_forged', null, entries, `文件存储中的审计锚点 ${forged.name} 不是用本平台密钥签名的锚点（${forged.problem}）：锚点被伪造或改动，请核查文件存储`);

    const newest = [...matched].sort((a, b) => b.entries - a.entries || b.lastId - a.lastId)[0] ?? null;
    const anchorText = newest ? `；与 ${newest.at} 写下的锚点（第 ${newest.lastId} 条，共 ${newest.entries} 条）相符` : '；尚无锚点（日志写入后会定时生成）';
    const otherText = counts.otherKey ? `；另有 ${counts.otherKey} 个锚点由另一把密钥签名，本机无法核对` : '';
    return {
      intact: true,
      entries,
      firstBrokenId: null,
      reason: null,
      message: `审计日志完整：共 ${entries} 条记录，哈希链逐条核对无误${anchorText}${otherText}`,
      anchor: newest ? { lastId: newest.lastId, entries: newest.entries, at: newest.at } : null,
      anchors: counts,
    };
  }
}
