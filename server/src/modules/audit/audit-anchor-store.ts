// Where the audit log's anchors live: beside the objects in the same file store — STORAGE_DIR/anchors/<name> (local) or
// <S3_PREFIX>anchors/<name> in the bucket (s3) — outside the database they guard, and in every backup (backup.ts).
// Anchors are small, named (not content-addressed) and written once each; nothing here ever changes or deletes one.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand, paginateListObjectsV2, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig, S3Config } from '../../config/app-config.js';
import { syncDirectory } from '../../storage/local-object-store.js';
import { s3Client } from '../../storage/s3-object-store.js';

/** An anchor's file name: <entries>-<last id>-<time>-<random>.json, so a listing sorts by the chain's length. */
export const ANCHOR_NAME = /^\d{12}-\d{12}-\d{8}T\d{9}Z-[0-9a-f]{8}\.json$/;
/** Anchors are a few hundred bytes; anything larger under anchors/ is not one and is not read whole. */
export const ANCHOR_MAX_BYTES = 4096;

export interface AnchorStore {
  /** For logs and messages: '本地目录 /srv/files/anchors' or 'S3 存储桶 b 的 anchors/'. */
  readonly description: string;
  /** Writes one anchor whole and durably (local: temp file, fsync, rename, fsync of the folder; S3: one atomic put). */
  write(name: string, body: Buffer): Promise<void>;
  /** Every name under anchors/ (anchors and anything else put there), sorted. */
  names(): Promise<string[]>;
  /** One entry's bytes (at most ANCHOR_MAX_BYTES + 1 of them), or null when there is none. */
  read(name: string): Promise<Buffer | null>;
  close(): void;
}

export function anchorStoreFor(config: AppConfig): AnchorStore {
  return config.storage.driver === 's3' ? new S3AnchorStore(config.storage.s3!) : new LocalAnchorStore(join(config.storage.dir, 'anchors'));
}

export class LocalAnchorStore implements AnchorStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `本地目录 ${dir}`;
  }

  async write(name: string, body: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // Hidden while incomplete: a dot-name is never listed, so a crash mid-write leaves no half anchor under a real name.
    const temp = join(this.dir, `.${name}.${randomUUID().slice(0, 8)}.partial`);
    try {
      const handle = await open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, join(this.dir, name));
      await syncDirectory(this.dir);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async names(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((n) => !n.startsWith('.')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async read(name: string): Promise<Buffer | null> {
    try {
      const handle = await open(join(this.dir, name), 'r');
      try {
        const buffer = Buffer.alloc(ANCHOR_MAX_BYTES + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  close(): void {
    // nothing held open
  }
}

export class S3AnchorStore implements AnchorStore {
  readonly description: string;
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly config: S3Config) {
    this.prefix = `${config.prefix}anchors/`;
    this.description = `S3 存储桶 ${config.bucket} 的 ${this.prefix}`;
    this.client = s3Client(config);
  }

  async write(name: string, body: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: `${this.prefix}${name}`, Body: body, ContentLength: body.length, ContentType: 'application/json' }));
  }

  async names(): Promise<string[]> {
    const names: string[] = [];
    for await (const page of paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.config.bucket, Prefix: this.prefix })) {
      for (const object of page.Contents ?? []) names.push((object.Key ?? '').slice(this.prefix.length));
    }
    return names.sort();
  }

  async read(name: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: `${this.prefix}${name}`, Range: `bytes=0-${ANCHOR_MAX_BYTES}` }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }
}
