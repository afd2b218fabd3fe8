// What an upload becomes: bytes in a temp file, hashed as they arrived, until committed under their content address.

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
