import { ApiError, NETWORK_ERROR_MESSAGE } from '../../api/api-error';
import { authHeader, buildUrl, toApiError } from '../../api/client';

export interface DownloadProgress {
  loaded: number;
  /** null while the server has not said how long the file is. */
  total: number | null;
}

/** The file name in a Content-Disposition header (RFC 5987 filename* first), or the fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1]!.trim() : fallback;
}

/** "1.2 MB / 3.4 MB", or just what arrived so far when the length is unknown. */
export function progressText(p: DownloadProgress): string {
  const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(0, Math.round(n / 1024))} KB`);
  return p.total ? `${mb(p.loaded)} / ${mb(p.total)}` : `已接收 ${mb(p.loaded)}`;
}

export const progressPercent = (p: DownloadProgress): number | null => (p.total ? Math.min(100, Math.round((p.loaded / p.total) * 100)) : null);

/**
 * Downloads a file the API makes (an XLSX workbook) with the Authorization header: XHR for progress, then saved
 * through an object URL. A failed answer is read as the server's JSON error and thrown as an ApiError.
 */
export function downloadFile(path: string, query: Record<string, string | number | undefined>, fallbackName: string, onProgress: (p: DownloadProgress) => void): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', buildUrl(path, query));
    xhr.responseType = 'blob';
    xhr.timeout = 120_000;
    for (const [key, value] of Object.entries(authHeader())) xhr.setRequestHeader(key, value);
    xhr.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    const fail = () => reject(new ApiError({ statusCode: 0, code: 'NETWORK', message: NETWORK_ERROR_MESSAGE }));
    xhr.onerror = fail;
    xhr.ontimeout = fail;
    xhr.onload = () => {
      const blob = xhr.response as Blob;
      if (xhr.status < 200 || xhr.status >= 300) {
        void blob
          .text()
          .then((text) => reject(toApiError(xhr.status, text)))
          .catch(() => reject(toApiError(xhr.status, null)));
        return;
      }
      const name = fileNameFromDisposition(xhr.getResponseHeader('Content-Disposition'), fallbackName);
      onProgress({ loaded: blob.size, total: blob.size });
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 30_000);
      resolve(name);
    };
    xhr.send();
  });
}
