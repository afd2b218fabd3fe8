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
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromFile } from 'file-type';
import { closeSocket } from '../common/body-drain.js';
import { Clock } from '../common/clock.js';
import { DomainException } from '../common/domain.exception.js';
import { requestContext } from '../common/request-context.js';
import { APP_CONFIG_TOKEN } from '../config/app-config.token.js';
import { actorOf, type Principal } from '../modules/auth/principal.js';
import type { AppConfig } from '../config/app-config.js';
import { FileHasher } from './file-hasher.js';
import { FileSink } from './file-sink.js';
import { LocalObjectStore } from './local-object-store.js';
import { readMultipart, type Upload, type UploadOptions } from './multipart.js';
import { KEY_PATTERN, missingObject, type ObjectStore } from './object-store.js';
import { S3ObjectStore } from './s3-object-store.js';
import { type UploadPace, UploadWatch } from './upload-limits.js';
import { UploadSlots } from './upload-slots.js';

export interface StoredObject {
  /** Storage key, `objects/<aa>/<sha256>`: what a database row keeps. */
  key: string;
  size: number;
  sha256: string;
}

export interface ReceivedFile {
  tempPath: string;
  size: number;
  sha256: string;
  /** Makes the bytes durable under their content address; an identical object already stored is reused. */
  commit(): Promise<StoredObject>;
  /** Deletes the temp file; safe to call more than once and after commit. */
  discard(): Promise<void>;
}

export interface SniffedType {
  ext: string;
  mime: string;
}

export interface SignedFile {
  key: string;
  mime: string;
  filename: string | null;
}

/** tmp/<host>-<pid>-<random>: whose temp files these are, so a restart can tell a dead process's leftovers from live uploads. */
const TEMP_FOLDER = /^(.+)-(\d+)-[0-9a-f]{8}$/;
/** A temp file untouched this long belongs to no upload in progress (bytes arriving keep touching it). */
const STALE_TEMP_MS = 3600_000;
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
export const FILES_ROUTE = '/api/v1/files';

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

@Injectable()
export class StorageService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Storage');
  private readonly root: string;
  private readonly linkKey: Buffer;
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
    private readonly clock: Clock,
  ) {
    this.root = config.storage.dir;
    // A key of its own, so a file link can never pass for an access token or the other way round.
    this.linkKey = createHmac('sha256', config.jwt.secret).update('cacem:file-links').digest();
    this.tempDir = join(this.root, 'tmp', `${HOST}-${process.pid}-${randomUUID().slice(0, 8)}`);
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

  /**
   * Removes temp files a killed process left behind (a half-received upload, or one received but not yet committed);
   * nothing there is ever served, objects/ only holds committed files. Storage may be shared by several instances
   * (scale-out on a shared volume), so each process receives into a folder of its own named by host and pid, and
   * a starting process removes
   *   - the folders of processes on this host that are no longer running (the SIGKILLed or crashed predecessor);
   *   - any other temp file not written to for an hour, whoever left it: no live upload sits idle that long, since
   *     arriving bytes keep touching the file and a commit takes milliseconds.
   * Another host's folder is not removed while anything is written in it within a day, only its stale files go. (If two hosts
   * shared the same host name and pid numbering, the pid check could misjudge; the worst case is that one
   * upload in progress fails and is sent again, nothing stored is touched.)
   */
  async sweepTemp(now = Date.now()): Promise<number> {
    const tmpRoot = join(this.root, 'tmp');
    let entries;
    try {
      entries = await readdir(tmpRoot, { withFileTypes: true });
    } catch {
      return 0;
    }
    let removed = 0;
    const removeIfStale = async (path: string) => {
      try {
        if (now - (await stat(path)).mtimeMs < STALE_TEMP_MS) return;
        await rm(path, { force: true });
        removed++;
      } catch {
        // gone already
      }
    };
    for (const entry of entries) {
      const path = join(tmpRoot, entry.name);
      if (path === this.tempDir) continue;
      if (!entry.isDirectory()) {
        await removeIfStale(path);
        continue;
      }
      const owner = TEMP_FOLDER.exec(entry.name);
      if (owner && owner[1] === HOST && !isRunning(Number(owner[2]))) {
        removed += (await readdir(path)).length;
        await rm(path, { recursive: true, force: true });
        continue;
      }
      // Judged before its stale files go (removing them touches the folder): a folder nobody wrote in for a day.
      const abandoned = now - (await stat(path)).mtimeMs >= 24 * STALE_TEMP_MS;
      for (const file of await readdir(path)) await removeIfStale(join(path, file));
      // rmdir takes only an empty folder; should its owner still be alive, it makes the folder again on its next upload.
      if (abandoned) await rmdir(path).catch(() => undefined);
    }
    return removed;
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
  async readUpload(request: FastifyRequest, options: UploadOptions): Promise<Upload> {
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

  private async receiveUpload(request: FastifyRequest, options: UploadOptions): Promise<Upload> {
    const release = await this.slots.acquire(uploaderOf(request));
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

  /** A short-lived link that needs no login: `/api/v1/files/<token>`, the token an HMAC over key, type, name and expiry. */
  signedUrl(key: string, { mime, filename, ttlSeconds = 600 }: { mime: string; filename?: string; ttlSeconds?: number }): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${key}`);
    const exp = Math.floor(this.clock.now().getTime() / 1000) + ttlSeconds;
    const payload = base64url(JSON.stringify({ k: key, m: mime, n: filename ?? null, e: exp }));
    return `${FILES_ROUTE}/${payload}.${this.sign(payload)}`;
  }

  /** What a link grants, or FILE_LINK_INVALID (404) / FILE_LINK_EXPIRED (403). */
  verifyLink(token: string): SignedFile {
    const invalid = () => new DomainException('FILE_LINK_INVALID', HttpStatus.NOT_FOUND);
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) throw invalid();
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    let claims: { k?: unknown; m?: unknown; n?: unknown; e?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw invalid();
    }
    if (typeof claims.k !== 'string' || !KEY_PATTERN.test(claims.k) || typeof claims.m !== 'string' || typeof claims.e !== 'number') throw invalid();
    if (claims.e * 1000 <= this.clock.now().getTime()) throw new DomainException('FILE_LINK_EXPIRED', HttpStatus.FORBIDDEN);
    return { key: claims.k, mime: claims.m, filename: typeof claims.n === 'string' ? claims.n : null };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.linkKey).update(payload).digest('base64url');
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

/** Whose upload this is, for the per-account cap: the login's card, member or account (every upload route needs one). */
function uploaderOf(request: FastifyRequest): string | undefined {
  const principal = (request as FastifyRequest & { principal?: Principal }).principal;
  return principal ? actorOf(principal) : undefined;
}

/** Whether a process of this host with that pid is alive (EPERM: alive, another user's). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
