import { useState } from 'react';
import { Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { openDocument, type DocumentType } from '../utils/open-document';

export interface DocumentLinkProps {
  /** The signed address the server handed out. */
  url: string;
  fileType: DocumentType;
  label: string;
  testId: string;
}

/** Mini-program: a big button that downloads the file and opens it in WeChat's viewer (H5: document-link.h5.tsx). */
export function DocumentLink({ url, fileType, label, testId }: DocumentLinkProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const open = async () => {
    setBusy(true);
    setError('');
    try {
      await openDocument(url, fileType);
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : '文件打开失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="large" block loading={busy} disabled={busy} data-testid={testId} onClick={() => void open()}>
        {label}
      </Button>
      {error !== '' && (
        <Text className="qt-error" data-testid={`${testId}-error`}>
          {error}
        </Text>
      )}
    </>
  );
}
