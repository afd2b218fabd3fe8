export type DocumentType = 'pdf' | 'ppt' | 'pptx';

/** Browser: the signed address opens in a new tab, where the browser shows or saves the file. */
export function openDocument(url: string, _fileType: DocumentType): Promise<void> {
  window.open(url, '_blank', 'noopener');
  return Promise.resolve();
}
