import type { DocumentType } from './open-document';

/** WeChat's openDocument wants the type; take it from the original file name. */
export function documentTypeOf(fileName: string | undefined, fallback: DocumentType = 'pdf'): DocumentType {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  return ext === 'ppt' || ext === 'pptx' || ext === 'pdf' ? ext : fallback;
}
