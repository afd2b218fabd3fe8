export type DocumentType = 'pdf' | 'ppt' | 'pptx';

/** Browser: the signed address opens in a new tab, where the browser shows or saves the file. */
export function openDocument(url: string, _fileType: DocumentType): Promise<void> {
  window.open(url, '_blank', 'noopener');
  return Promise.resolve();
}

/**
 * Browser: a file that needs the login (e.g. the team's certificate): fetched with the token, then saved through a
 * download link — a new tab could not carry the Authorization header, and a pop-up after an await would be blocked.
 */
export async function downloadAuthorized(url: string, filename: string, authorization: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers: authorization });
  if (!response.ok) throw new Error(response.status === 403 || response.status === 404 ? '没有找到可下载的文件' : '文件下载失败，请稍后重试');
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
