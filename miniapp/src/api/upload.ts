import Taro from '@tarojs/taro';
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error';
import { apiBase, authHeader, ensureFreshSession } from './client';
import { withIdempotentRetries } from './idempotency';
import { UPLOAD_TIMEOUT_MS, assertWithinLimit, parseUploadAnswer, uploadHeaders, type UploadRequest } from './upload-common';

export type { UploadAnswer, UploadRequest } from './upload-common';
export { UPLOAD_MAX_BYTES } from './upload-common';

/** Mini-program upload: Taro.uploadFile from a local path, with progress; retried with its key after a lost answer. (H5: upload.h5.ts.) */
export function uploadFile<T>(req: UploadRequest): Promise<T> {
  return withIdempotentRetries(req.idempotencyKey, () => uploadOnce<T>(req));
}

/** A local file's size in bytes; undefined when WeChat cannot tell (the server then judges). */
async function localFileSize(filePath: string): Promise<number | undefined> {
  try {
    const info = await Taro.getFileInfo({ filePath });
    return 'size' in info && typeof info.size === 'number' ? info.size : undefined;
  } catch {
    return undefined;
  }
}

async function uploadOnce<T>(req: UploadRequest): Promise<T> {
  if (typeof req.file !== 'string') throw new Error('uploadFile in the mini-program needs a local file path');
  // Too large: said here, with the server's own words, without sending a byte.
  if (req.maxBytes !== undefined) assertWithinLimit(req, req.fileSize ?? (await localFileSize(req.file)));
  // An upload is not repeated after a refusal: the access token is renewed first if it is about to expire.
  await ensureFreshSession();
  let result: { statusCode: number; data: unknown };
  try {
    const task = Taro.uploadFile({
      url: `${apiBase()}${req.path}`,
      filePath: req.file,
      name: req.fileField,
      header: { ...authHeader(), ...uploadHeaders(req) },
      // WeChat names the file part after its temp file (tmp_….pdf): the name the person picked goes as a field.
      formData: { ...(req.fileName ? { fileName: req.fileName } : {}), ...(req.fields ?? {}) },
      timeout: UPLOAD_TIMEOUT_MS,
    });
    if (req.onProgress) {
      const report = req.onProgress;
      task.onProgressUpdate?.((p) => report(p.progress));
    }
    result = await task;
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK', message: NETWORK_ERROR_MESSAGE });
  }
  return parseUploadAnswer<T>(result.statusCode, result.data);
}
