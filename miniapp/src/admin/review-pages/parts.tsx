import { useState } from 'react';
import { APPLICATION_STATUS_LABEL } from '@cacem/shared';
import { Text, View } from '@tarojs/components';
import { errorText } from '../../api';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { type DownloadProgress, downloadFile, progressPercent, progressText } from '../console/download';
import { Button } from '../console/kit';
import { fullErrorText } from './logic';

export interface Notice {
  ok: boolean;
  text: string;
}

/** A success or error line above the page's content. */
export function NoticeLine({ notice, testId, onClose }: { notice: Notice | null; testId: string; onClose?: () => void }) {
  if (!notice) return null;
  return (
    <View className={`qc-alert ${notice.ok ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid={testId} data-ok={notice.ok ? 'true' : 'false'}>
      <Text>{notice.text}</Text>
      {onClose && (
        <Button variant="link" onClick={onClose}>
          知道了
        </Button>
      )}
    </View>
  );
}

/** The text to show for a failed call, or null after a 401 (the person is sent to log in). */
export function failure(error: unknown): string | null {
  if (redirectIfUnauthenticated(error)) return null;
  return fullErrorText(error);
}

/** An Excel export with its progress bar and result line (the console's download helper, with the token). */
export function useExport(path: string, fallbackName: string) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = async (query: Record<string, string | number | undefined> = {}) => {
    setNotice(null);
    setProgress({ loaded: 0, total: null });
    try {
      const name = await downloadFile(path, query, fallbackName, setProgress);
      setNotice({ ok: true, text: `已下载「${name}」` });
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setNotice({ ok: false, text: `下载失败：${errorText(e)}` });
    } finally {
      setProgress(null);
    }
  };
  return { progress, notice, setNotice, run };
}

export function ProgressBar({ progress, testId }: { progress: DownloadProgress | null; testId: string }) {
  if (!progress) return null;
  const percent = progressPercent(progress);
  return (
    <View className="qc-progress" data-testid={testId}>
      <View className="qc-progress__track">
        <View className="qc-progress__bar" style={{ width: `${percent ?? 30}%` }} />
      </View>
      <Text>{progressText(progress)}</Text>
    </View>
  );
}

export const fmtScore = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));

const STATUS_LABEL: Record<string, string> = APPLICATION_STATUS_LABEL;
/** An application status's Chinese label. */
export const statusLabel = (status: string | null) => (status === null ? '—' : (STATUS_LABEL[status] ?? status));
