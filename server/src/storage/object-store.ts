import type { Readable } from 'node:stream';

/**
 * Where committed objects live: the bytes behind a storage key (`objects/<aa>/<sha256>`). StorageService keeps
 * everything else (receiving uploads into a local temp file, hashing, sniffing, signed links) and hands a finished
 * temp file to a store. Objects are content-addressed and never change, so a store needs no locking: two instances
 * putting the same key write the same bytes.
 *
 *   LocalObjectStore   files under STORAGE_DIR/objects (one machine, or a volume every instance mounts);
 *   S3ObjectStore      an S3-compatible bucket (AWS S3, MinIO, OSS, COS …) that every instance shares.
 */
export interface ObjectStore {
  /** For logs and error messages: '本地目录 /srv/files' or 'S3 存储桶 cacem-files'. */
  readonly description: string;
  /** Checks the store can be reached (and, for S3, that the bucket exists); throws with a message for the operator. */
  check(): Promise<void>;
  /**
   * Makes the temp file's bytes durable under `key`. The temp file may be consumed (renamed into place); whatever is
   * left of it is the caller's to remove. An object already stored under the key with the same size is kept as it is.
   */
  put(key: string, tempPath: string, size: number): Promise<void>;
  /** The object's size, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** The object opened for streaming, or null when there is none. */
  open(key: string): Promise<{ size: number; stream: Readable } | null>;
  /**
   * Every object, in a stable order (the backup walks them). Anything in the store's objects/ area that is not a storage
   * key is passed to `onStray` (named as the operator would find it) and not listed.
   */
  list(onStray: (where: string) => void): AsyncIterable<{ key: string; size: number }>;
  /** Deletes an object (only a restore that failed takes back what it wrote; the platform never deletes one). */
  remove(key: string): Promise<void>;
  /** A path on this machine holding the object's bytes, when the store keeps them in files (local); null otherwise. */
  localPath(key: string): string | null;
  /** Lets go of connections (S3); the process can then exit. */
  close(): void;
}

export const KEY_PATTERN = /^objects\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export function assertKey(key: string): RegExpExecArray {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new Error(`not a storage key: ${key}`);
  return match;
}

/** ENOENT, as reading a missing local file fails: callers treat a missing object the same whichever store holds it. */
export function missingObject(key: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOENT: no such stored object '${key}'`);
  error.code = 'ENOENT';
  return error;
}
