import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditHead } from './audit-head.entity.js';
import { requestContext } from '../../common/request-context.js';
import { writeLock } from '../../common/unique-violation.js';
import { markIdempotentCommit } from '../idempotency/idempotency.service.js';

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

export type ChainBreak = 'modified' | 'link' | 'truncated';

export interface ChainVerification {
  intact: boolean;
  entries: number;
  /** The first entry that does not verify; for a truncated chain, the id after the last entry left. Null when intact. */
  firstBrokenId: number | null;
  /** modified: the entry's content no longer gives its hash; link: it does not follow the entry before it (an entry
   * before it was removed or altered); truncated: entries at the end were removed (the head names a later one). */
  reason: ChainBreak | null;
  /** What a person reads, in Chinese. */
  message: string;
}

const BREAK_MESSAGE: Record<ChainBreak, (id: number) => string> = {
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    await manager.upsert(AuditHead, { id: 1, hash: entry.hash }, ['id']);
    // Every change is audited in its own transaction, so this is where a retried request's claim commits with it.
    await markIdempotentCommit(manager);
    return entry;
  }

  /** Walks the chain from the start; returns the id of the first entry that does not verify, or null. */
  async findFirstBrokenLink(): Promise<number | null> {
    return (await this.verifyChain()).firstBrokenId;
  }

  /**
   * Verifies the whole chain in id order, a batch at a time: each entry's hash from its content and the hash before
   * it, each entry's link to the one before, and the head row against the last entry (so removing entries at the end
   * is caught too). Names the first broken link and why.
   */
  async verifyChain(): Promise<ChainVerification> {
    const repo = this.dataSource.getRepository(AuditEntry);
    let prevHash = GENESIS;
    let lastId = 0;
    let entries = 0;
    for (;;) {
      const batch = await repo.find({ where: { id: MoreThan(lastId) }, order: { id: 'ASC' }, take: VERIFY_BATCH });
      for (const entry of batch) {
        entries += 1;
        if (entry.prevHash !== prevHash) return broken('link', entry.id, entries);
        if (entry.hash !== digest(prevHash, entry)) return broken('modified', entry.id, entries);
        prevHash = entry.hash;
        lastId = entry.id;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    const head = await this.dataSource.getRepository(AuditHead).findOneBy({ id: 1 });
    if (head && head.hash !== prevHash) return broken('truncated', lastId + 1, entries);
    return { intact: true, entries, firstBrokenId: null, reason: null, message: `审计日志完整：共 ${entries} 条记录，哈希链逐条核对无误` };
  }
}

function broken(reason: ChainBreak, id: number, entries: number): ChainVerification {
  return { intact: false, entries, firstBrokenId: id, reason, message: BREAK_MESSAGE[reason](id) };
}
