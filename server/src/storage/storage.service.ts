/*
 * Files (PDF, PPT/PPTX, photos) live here, content-addressed by SHA-256 under config.storage.dir/objects.
 *
 * Receiving an upload in a controller/service (Fastify, multipart/form-data):
 *
 *   const upload = await this.storage.readUpload(request, { fileField: 'photo', maxBytes: config.storage.maxPhotoBytes, fields: ['photoKey'] });
 *   // upload.fields.photoKey, upload.filename (client's name), upload.file: ReceivedFile (bytes on disk in a temp file)
 *   try {
 *     const type = await this.storage.sniff(upload.file.tempPath);       // by content: { ext, mime } | null
 *     if (type?.mime !== 'image/jpeg') throw ...;                          // check before keeping it
 *     const stored = await upload.file.commit();                          // fsync + rename: { key, size, sha256 }
 *     ... insert the row with stored.key in a transaction ...
 *   } catch (e) { await upload.file.discard(); throw e; }                 // discard after commit is a no-op
 *
 * Errors are DomainExceptions: FILE_TOO_LARGE 413, UPLOAD_INCOMPLETE 400, UPLOAD_NOT_MULTIPART 415,
 * UPLOAD_FILE_MISSING 422, UPLOAD_TOO_MANY_PARTS 413. No temp file is left behind by a failed upload.
 *
 * Handing a file to a client: `this.storage.signedUrl(stored.key, { mime, filename })` → '/api/v1/files/<token>',
 * valid for 10 minutes by default, usable without an Authorization header (<img src>, wx.downloadFile).
 *
 * Committed objects live in an ObjectStore (object-store.ts): local files (STORAGE_DRIVER=local, the default) or an
 * S3-compatible bucket shared by several instances (STORAGE_DRIVER=s3). Uploads are always received into this
 * process's local temp folder first. Reading a stored object: `readBytes(key)` (whole file in memory), `openRead(key)`
 * (a stream), or `withLocalFile(key, path => …)` for code that needs a path (the local file itself, or a temp copy).
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { fileTypeFromFile } from 'file-type';
import { closeSocket } from '../common/body-drain.js';
import { Clock } from '../common/clock.js';
import { DomainException } from '../common/domain.exception.js';
import { requestContext } from '../common/request-context.js';
import { APP_CONFIG_TOKEN } from '../config/app-config.token.js';
import type { AppConfig } from '../config/app-config.js';
import { FileHasher } from './file-hasher.js';
import { FileLinks, type SignedFile } from './file-links.js';
import { FileSink } from './file-sink.js';
import { LocalObjectStore } from './local-object-store.js';
import { type MultipartBody, readMultipart, type Upload, type UploadOptions } from './multipart.js';
import { missingObject, type ObjectStore } from './object-store.js';
import type { ReceivedFile } from './received-file.js';
import { S3ObjectStore } from './s3-object-store.js';
import { ownTempDir, sweepTemp } from './temp-sweep.js';
import { type UploadPace, UploadWatch } from './upload-limits.js';
import { UploadSlots } from './upload-slots.js';

export type { ReceivedFile, StoredObject } from './received-file.js';

export interface SniffedType {
  ext: string;
  mime: string;
}

@Injectable()
export class StorageService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Storage');
  private readonly root: string;
  private readonly links: FileLinks;
  /** This process's own temp folder under tmp/. */
  private readonly tempDir: string;
  /** Where committed objects live (local files or an S3 bucket). */
  readonly store: ObjectStore;
  private readonly hasher = new FileHasher();
  /** How many uploads this instance reads at once (UPLOAD_CONCURRENCY), and one account at most (UPLOADS_PER_ACCOUNT). */
  readonly slots: UploadSlots;
  /** How slowly an upload body may arrive (UPLOAD_IDLE_SECONDS, UPLOAD_MIN_BYTES_PER_SECOND …). */
  private readonly pace: UploadPace;

  constructor(
    @Inject(APP_CONFIG_TOKEN) config: AppConfig,
    clock: Clock,
  ) {
    this.root = config.storage.dir;
    this.links = new FileLinks(config.jwt.secret, clock);
    this.tempDir = ownTempDir(this.root);
    this.slots = new UploadSlots(config.storage.uploadConcurrency, config.http.uploadsPerAccount);
    const { uploadIdleMs, uploadMinBytesPerSecond, uploadGraceMs, uploadRateWindowMs } = config.http;
    this.pace = { idleMs: uploadIdleMs, minBytesPerSecond: uploadMinBytesPerSecond, graceMs: uploadGraceMs, windowMs: uploadRateWindowMs };
    this.store = config.storage.driver === 's3' ? new S3ObjectStore(config.storage.s3!) : new LocalObjectStore(this.root);
  }

  async onModuleInit(): Promise<void> {
    // A bucket that cannot be reached stops the start: better than accepting logins and failing every upload.
    await this.store.check();
    try {
      const removed = await this.sweepTemp();
      if (removed > 0) this.logger.warn(`已清理上次异常退出留下的 ${removed} 个未完成上传的临时文件`);
    } catch (error) {
      // Leftovers only take space; they are never served. Starting matters more.
      this.logger.warn(`清理临时文件失败：${(error as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.store.close();
    await this.hasher.close();
  }

  /** Removes the temp files of uploads a killed process left behind (see temp-sweep.ts); how many went. */
  async sweepTemp(now = Date.now()): Promise<number> {
    return sweepTemp(this.root, this.tempDir, now);
  }

  /**
   * Streams to a temp file, counting on the way (FILE_TOO_LARGE past maxBytes), then hashes it on a worker thread;
   * never holds the whole file in memory.
   */
  async receive(source: Readable, { maxBytes }: { maxBytes: number }): Promise<ReceivedFile> {
    await mkdir(this.tempDir, { recursive: true });
    const tempPath = join(this.tempDir, randomUUID());
    const sink = new FileSink(tempPath, maxBytes);
    try {
      await pipeline(source, sink);
    } catch (error) {
      // pipeline can reject before the file is even opened; remove it only once the stream has let go of it.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(tempPath, { force: true });
      if (error instanceof DomainException) throw error;
      throw new DomainException('UPLOAD_INCOMPLETE', HttpStatus.BAD_REQUEST);
    }
    let sha256: string;
    try {
      sha256 = await this.hasher.sha256(tempPath);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return this.received(tempPath, sink.size, sha256);
  }

  /**
   * One multipart upload: small text fields and one file streamed through receive(). See the comment at the top. Waits
   * for one of the instance's upload slots first (UploadSlots): its body is not read until then.
   */
  async readUpload(request: MultipartBody, options: UploadOptions): Promise<Upload> {
    const upload = await this.receiveUpload(request, options);
    // An Idempotency-Key upload claims its key now, by the fields and the file's SHA-256 (IdempotencyInterceptor): a
    // retry is answered with the first answer, another file under the same key is refused; either way nothing is kept.
    const claimKey = requestContext()?.idempotentUpload;
    if (claimKey) {
      try {
        await claimKey({ fields: upload.fields, filename: upload.filename, size: upload.file.size, sha256: upload.file.sha256 });
      } catch (error) {
        await upload.file.discard();
        throw error;
      }
    }
    return upload;
  }

  private async receiveUpload(request: MultipartBody, options: UploadOptions): Promise<Upload> {
    const release = await this.slots.acquire(request.actor);
    const watch = new UploadWatch(request.raw, this.pace);
    const reading = readMultipart(request, options, (stream, maxBytes) => this.receive(stream, { maxBytes }));
    try {
      return await Promise.race([reading, watch.tripped]);
    } catch (error) {
      if (watch.hasTripped) {
        // Answered 408 with Connection: close (AllExceptionsFilter). Once the answer is out and the socket closed, the
        // request is ended too (Node no longer ties an answered request to its socket), which fails the reading, which
        // removes the temp file; only then is the slot free. Should the answer not get out, all is closed anyway.
        const raw = request.raw;
        const end = () => {
          if (!raw.destroyed) raw.destroy();
        };
        raw.socket?.once('close', end);
        setTimeout(() => {
          closeSocket(raw.socket);
          end();
        }, 2000).unref();
        void reading.then(
          (upload) => upload.file.discard(),
          () => undefined,
        ).finally(release);
      }
      throw error;
    } finally {
      watch.stop();
      if (!watch.hasTripped) release();
    }
  }

  /** The content type by magic bytes, whatever the file is called; null when unrecognisable. */
  async sniff(path: string): Promise<SniffedType | null> {
    const type = await fileTypeFromFile(path);
    return type ? { ext: type.ext, mime: type.mime } : null;
  }

  /** A stored object opened for streaming; ENOENT (as for a missing local file) when there is none. */
  async openRead(key: string): Promise<Readable> {
    const object = await this.store.open(key);
    if (!object) throw missingObject(key);
    return object.stream;
  }

  /** A stored object's bytes, whole (files read this way are at most an upload limit); ENOENT when there is none. */
  async readBytes(key: string): Promise<Buffer> {
    const path = this.store.localPath(key);
    if (path !== null) return readFile(path);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openRead(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Runs `use` with a path on this machine holding the object's bytes: the stored file itself with the local store,
   * otherwise a temp copy in this process's temp folder, removed afterwards (a crash leaves it to sweepTemp).
   * `use` must only read the file. ENOENT when there is no such object.
   */
  async withLocalFile<T>(key: string, use: (path: string) => Promise<T>): Promise<T> {
    const path = this.store.localPath(key);
    if (path !== null) return use(path);
    await mkdir(this.tempDir, { recursive: true });
    const copy = join(this.tempDir, `${randomUUID()}.copy`);
    try {
      await pipeline(await this.openRead(key), createWriteStream(copy, { flags: 'wx' }));
      return await use(copy);
    } finally {
      await rm(copy, { force: true });
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.store.size(key)) !== null;
  }

  /** The file a link points at, opened for streaming; FILE_LINK_INVALID when the object is gone. */
  async openLink(token: string): Promise<SignedFile & { size: number; stream: Readable }> {
    const file = this.verifyLink(token);
    const object = await this.store.open(file.key);
    if (!object) throw new DomainException('FILE_LINK_INVALID', HttpStatus.NOT_FOUND);
    return { ...file, ...object };
  }

  /** A short-lived link that needs no login: `/api/v1/files/<token>` (FileLinks). */
  signedUrl(key: string, options: { mime: string; filename?: string; ttlSeconds?: number }): string {
    return this.links.sign(key, options);
  }

  /** What a link grants, or FILE_LINK_INVALID (404) / FILE_LINK_EXPIRED (403). */
  verifyLink(token: string): SignedFile {
    return this.links.verify(token);
  }

  private received(tempPath: string, size: number, sha256: string): ReceivedFile {
    let settled = false;
    const key = `objects/${sha256.slice(0, 2)}/${sha256}`;
    return {
      tempPath,
      size,
      sha256,
      commit: async () => {
        if (settled) throw new Error('upload already committed or discarded');
        settled = true;
        try {
          await this.store.put(key, tempPath, size);
        } finally {
          // Renamed into place by the local store (then this removes nothing), copied by S3; failed either way.
          await rm(tempPath, { force: true });
        }
        return { key, size, sha256 };
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await rm(tempPath, { force: true });
      },
    };
  }
}
