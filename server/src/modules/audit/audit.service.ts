import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditHead } from './audit-head.entity.js';
import { writeLock } from '../../common/unique-violation.js';

export interface AuditRecord {
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);

function digest(prevHash: string, e: Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([e.actor, e.action, e.entity, e.entityId, e.before ?? null, e.after ?? null, e.at]);
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
    };
    const entry = await repo.save(repo.create({ ...fields, prevHash, hash: digest(prevHash, fields) }));
    await manager.upsert(AuditHead, { id: 1, hash: entry.hash }, ['id']);
    return entry;
  }

  /** Walks the chain from the start; returns the id of the first entry that does not verify, or null. */
  async findFirstBrokenLink(): Promise<number | null> {
    const entries = await this.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
    let prevHash = GENESIS;
    for (const entry of entries) {
      if (entry.prevHash !== prevHash || entry.hash !== digest(prevHash, entry)) return entry.id;
      prevHash = entry.hash;
    }
    return null;
  }
}
