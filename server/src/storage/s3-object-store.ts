import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, paginateListObjectsV2, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Config } from '../config/app-config.js';
import { assertKey, KEY_PATTERN, type ObjectStore } from './object-store.js';

/** Above this an upload goes in parts (S3's minimum part is 5 MB); a 50 MB PPT is 7 parts, 4 in flight. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NotFound' || error.name === 'NoSuchKey');

/** The platform's client for its bucket (the object store's and the audit anchors'). */
export function s3Client(config: S3Config): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Newer SDKs add CRC32 trailers (aws-chunked bodies) to every upload, which several S3-compatible services do not
    // understand; ask for checksums only where S3 requires them. Integrity is checked by size after each put, and
    // every object's name is its SHA-256 (the backup and audit tools re-hash).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

/**
 * Objects in an S3-compatible bucket under `<S3_PREFIX>objects/<aa>/<sha256>`, shared by every instance. A key is
 * written once with its whole content (S3 puts are atomic: a reader sees all of it or nothing), and two instances
 * storing the same content write the same bytes, so no coordination is needed.
 */
export class S3ObjectStore implements ObjectStore {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.description = `S3 存储桶 ${config.bucket}${config.endpoint ? `（${config.endpoint}）` : ''}`;
    this.client = s3Client(config);
  }

  private objectKey(key: string): string {
    assertKey(key);
    return `${this.config.prefix}${key}`;
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      const why = status === 404 ? '存储桶不存在' : status === 403 ? '无权访问（请检查 S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY）' : (error as Error).message;
      throw new Error(`无法访问文件存储 ${this.description}：${why}`, { cause: error });
    }
  }

  localPath(): null {
    return null;
  }

  async put(key: string, tempPath: string, size: number): Promise<void> {
    const existing = await this.size(key);
    if (existing === size) return;
    // A different size under a content address is a torn or foreign object: write ours over it.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: this.objectKey(key), Body: createReadStream(tempPath), ContentLength: size, ContentType: 'application/octet-stream' },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    await upload.done();
    const stored = await this.size(key);
    if (stored !== size) throw new Error(`文件写入 ${this.description} 后大小不符：应为 ${size} 字节，实为 ${stored ?? '无'}（${key}）`);
  }

  async size(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async open(key: string): Promise<{ size: number; stream: Readable } | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      const body = object.Body;
      if (!(body instanceof Readable)) throw new Error(`unexpected S3 body for ${key}`);
      return { size: object.ContentLength ?? 0, stream: body };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** The bucket's keys under `<S3_PREFIX>objects/`, in S3's order (by key, the same on every listing). */
  async *list(onStray: (where: string) => void): AsyncIterable<{ key: string; size: number }> {
    const Prefix = `${this.config.prefix}objects/`;
    for await (const page of paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.config.bucket, Prefix })) {
      for (const object of page.Contents ?? []) {
        const key = (object.Key ?? '').slice(this.config.prefix.length);
        const match = KEY_PATTERN.exec(key);
        if (!match || !match[2]!.startsWith(match[1]!)) onStray(`s3://${this.config.bucket}/${object.Key ?? ''}`);
        else yield { key, size: object.Size ?? 0 };
      }
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  close(): void {
    this.client.destroy();
  }
}
