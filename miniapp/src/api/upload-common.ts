import { ApiError } from './api-error';
import type { Answer, PathOf } from './contract';
import { toApiError } from './client';
import { IDEMPOTENCY_HEADER } from './idempotency';
import { clearSession } from './session';

/** What an upload route answers, from the contract: `uploadFile<UploadAnswer<'/applications/{id}/materials/{kind}'>>(…)`. */
export type UploadAnswer<P extends PathOf<'POST'>> = Answer<'POST', P>;

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
  /** The route's file limit (UPLOAD_MAX_BYTES): a larger file is refused here, before a byte is sent. */
  maxBytes?: number;
  /** The file's size when the picker reported it (mini-program); otherwise it is looked up. */
  fileSize?: number;
}

const MB = 1024 * 1024;

/**
 * The server's limits as it ships them (UPLOAD_MAX_PDF_BYTES, …_PPT_…, …_PHOTO_…; the expert sheet's 5 MB). Checked
 * before sending, so a person with a 30 MB PDF on a building site's signal learns at once instead of after the upload;
 * the server stays the authority (a deployment with other limits answers 413 FILE_TOO_LARGE itself).
 */
export const UPLOAD_MAX_BYTES = { pdf: 20 * MB, ppt: 50 * MB, photo: 5 * MB, sheet: 5 * MB } as const;

/** The server's own refusal, word for word: 「文件超过 20 MB 的上限」. */
export function fileTooLargeError(maxBytes: number): ApiError {
  const mb = maxBytes / MB;
  const limit = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return new ApiError({ statusCode: 413, code: 'FILE_TOO_LARGE', message: `文件超过 ${limit} 的上限` });
}

/** Throws FILE_TOO_LARGE when a file of `size` bytes is over the request's limit (an unknown size is left to the server). */
export function assertWithinLimit(req: UploadRequest, size: number | undefined): void {
  if (req.maxBytes !== undefined && size !== undefined && size > req.maxBytes) throw fileTooLargeError(req.maxBytes);
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
