import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { type Anchor, type CheckedAnchor, checkAnchor, signAnchor } from './audit-anchor.js';
import { type AnchorStore, anchorStoreFor } from './audit-anchor-store.js';
import { AuditHead } from './audit-head.entity.js';

/** After the count is reached, the anchor is written this long later: after the transaction that got there commits. */
const AFTER_COMMIT_MS = 1000;

/**
 * Writes the audit log's anchors (audit-anchor.ts) into the file store, off the request path: every
 * AUDIT_ANCHOR_EVERY_ENTRIES entries (a moment after the count is reached), every AUDIT_ANCHOR_INTERVAL_SECONDS when
 * the log grew, and at shutdown. An append only bumps a counter in memory (no lock, no query, no file); the anchor
 * reads the committed head row once. Best effort: a failed write is logged and the next one tries again. Also reads
 * the anchors back for verification.
 */
@Injectable()
export class AuditAnchorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditAnchor');
  private readonly store: AnchorStore;
  private readonly key: string;
  private readonly everyEntries: number;
  private readonly intervalMs: number;
  private appended = 0;
  private soon: NodeJS.Timeout | null = null;
  private ticker: NodeJS.Timeout | null = null;
  /** The head the last anchor this process wrote names: nothing is written again while it has not moved. */
  private lastWritten: { lastId: number; hash: string } | null = null;
  private writing: Promise<Anchor | null> = Promise.resolve(null);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) config: AppConfig,
  ) {
    this.store = anchorStoreFor(config);
    this.key = config.audit.anchorKey;
    this.everyEntries = config.audit.anchorEveryEntries;
    this.intervalMs = config.audit.anchorIntervalMs;
  }

  /** Whether anchors are written by themselves (both settings 0: only when asked, as the tests do). */
  get automatic(): boolean {
    return this.everyEntries > 0 || this.intervalMs > 0;
  }

  get description(): string {
    return this.store.description;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs > 0) {
      this.ticker = setInterval(() => void this.anchorNow(), this.intervalMs);
      this.ticker.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    if (this.soon) clearTimeout(this.soon);
    this.ticker = this.soon = null;
    // The database is still open here (TypeORM closes it at onApplicationShutdown): the last head goes out now.
    if (this.automatic) await this.anchorNow();
    this.store.close();
  }

  /** Called by AuditService.record for each entry (inside its transaction): counts, and schedules an anchor when due. */
  noteAppended(): void {
    if (this.everyEntries === 0) return;
    this.appended += 1;
    if (this.appended < this.everyEntries || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.anchorNow();
    }, AFTER_COMMIT_MS);
    this.soon.unref();
  }

  /**
   * Anchors the committed head now, unless the log is empty or (without `again`) this process anchored this very head
   * already. Never throws: a failure is logged (the anchor before it still stands). Returns the anchor written, if any.
   */
  anchorNow({ again = false }: { again?: boolean } = {}): Promise<Anchor | null> {
    this.writing = this.writing.then(() => this.write(again));
    return this.writing;
  }

  private async write(again: boolean): Promise<Anchor | null> {
    try {
      this.appended = 0;
      const head = await this.dataSource.getRepository(AuditHead).findOneBy({ id: 1 });
      if (!head || head.entries === 0) return null;
      if (!again && this.lastWritten && this.lastWritten.lastId === head.lastId && this.lastWritten.hash === head.hash) return null;
      const { name, body, anchor } = signAnchor({ lastId: head.lastId, hash: head.hash, entries: head.entries, at: new Date().toISOString() }, this.key);
      await this.store.write(name, body);
      this.lastWritten = { lastId: head.lastId, hash: head.hash };
      return anchor;
    } catch (error) {
      this.logger.warn(`审计日志锚点写入失败（${this.store.description}）：${error instanceof Error ? error.message : String(error)}；上一个锚点仍然有效，稍后再试`);
      return null;
    }
  }

  /** Every entry under anchors/, judged against this instance's key. */
  async readAll(): Promise<CheckedAnchor[]> {
    const checked: CheckedAnchor[] = [];
    for (const name of await this.store.names()) {
      const bytes = await this.store.read(name);
      if (bytes) checked.push(checkAnchor(name, bytes, this.key));
    }
    return checked;
  }

  /** Lets go of the store (the command-line check; the server does this at shutdown). */
  close(): void {
    this.store.close();
  }
}
