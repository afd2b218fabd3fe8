import type { MouseEvent } from 'react';
import { openDocument, type DocumentType } from '../utils/open-document';

export interface DocumentLinkProps {
  url: string;
  fileType: DocumentType;
  label: string;
  testId: string;
}

/** Browser: a real link to the signed address (readable by tests and "save link as"), opened in a new tab. */
export function DocumentLink({ url, fileType, label, testId }: DocumentLinkProps) {
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    void openDocument(url, fileType);
  };
  return (
    <a className="qt-doc-link" href={url} target="_blank" rel="noopener noreferrer" data-testid={testId} onClick={open}>
      {label}
    </a>
  );
}
