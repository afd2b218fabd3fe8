import { toApiError } from './client';
import { IDEMPOTENCY_HEADER } from './idempotency';
import { clearSession } from './session';

export interface UploadRequest {
  /** API path, e.g. `/applications/3/materials/pdf`. */
  path: string;
  /** Name of the multipart file field. */
  fileField: string;
  /** Mini-program: a local file path. H5: a File/Blob, or a data:/blob: URL. */
  file: string | Blob;
  fileName?: string;
  /** Text fields, sent before the file (the server reads idempotency keys first). */
  fields?: Record<string, string>;
  onProgress?: (percent: number) => void;
  /** The upload's key (newIdempotencyKey(), made when the file is picked): a lost answer is retried without storing twice. */
  idempotencyKey?: string;
}

/** Headers of an upload besides Authorization. */
export function uploadHeaders(req: UploadRequest): Record<string, string> {
  return req.idempotencyKey === undefined ? {} : { [IDEMPOTENCY_HEADER]: req.idempotencyKey };
}

/** Uploads may run for a while on a building site's signal; WeChat caps every request at 60 s. */
export const UPLOAD_TIMEOUT_MS = 60000;

/** The server's answer to a multipart upload, as JSON on success or an ApiError. */
export function parseUploadAnswer<T>(statusCode: number, data: unknown): T {
  let body: unknown = data;
  if (typeof data === 'string') {
    try {
      body = data === '' ? null : JSON.parse(data);
    } catch {
      body = data;
    }
  }
  if (statusCode >= 200 && statusCode < 300) return body as T;
  if (statusCode === 401) clearSession();
  throw toApiError(statusCode, body);
}
