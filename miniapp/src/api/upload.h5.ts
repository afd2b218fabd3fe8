import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error';
import { apiBase, authHeader, ensureFreshSession } from './client';
import { withIdempotentRetries } from './idempotency';
import { UPLOAD_TIMEOUT_MS, assertWithinLimit, parseUploadAnswer, uploadHeaders, type UploadRequest } from './upload-common';

export type { UploadAnswer, UploadRequest } from './upload-common';
export { UPLOAD_MAX_BYTES } from './upload-common';

async function toBlob(file: string | Blob): Promise<Blob> {
  if (typeof file !== 'string') return file;
  const response = await fetch(file);
  return response.blob();
}

/** H5 upload: XMLHttpRequest, for real upload progress and the Authorization header; retried with its key after a lost answer. */
export function uploadFile<T>(req: UploadRequest): Promise<T> {
  return withIdempotentRetries(req.idempotencyKey, () => uploadOnce<T>(req));
}

async function uploadOnce<T>(req: UploadRequest): Promise<T> {
  const blob = await toBlob(req.file);
  // Too large: said here, with the server's own words, without sending a byte.
  assertWithinLimit(req, blob.size);
  // An upload is not repeated after a refusal: the access token is renewed first if it is about to expire.
  await ensureFreshSession();
  const form = new FormData();
  for (const [key, value] of Object.entries(req.fields ?? {})) form.append(key, value);
  const name = req.fileName ?? (blob instanceof File ? blob.name : 'upload.jpg');
  form.append(req.fileField, blob, name);

  const { statusCode, data } = await new Promise<{ statusCode: number; data: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase()}${req.path}`);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    for (const [key, value] of Object.entries({ ...authHeader(), ...uploadHeaders(req) })) xhr.setRequestHeader(key, value);
    xhr.setRequestHeader('Accept', 'application/json');
    if (req.onProgress) {
      const report = req.onProgress;
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) report(Math.round((e.loaded / e.total) * 100));
      };
    }
    xhr.onload = () => resolve({ statusCode: xhr.status, data: xhr.responseText });
    const fail = () => reject(new ApiError({ statusCode: 0, code: 'NETWORK', message: NETWORK_ERROR_MESSAGE }));
    xhr.onerror = fail;
    xhr.ontimeout = fail;
    xhr.send(form);
  });
  return parseUploadAnswer<T>(statusCode, data);
}
