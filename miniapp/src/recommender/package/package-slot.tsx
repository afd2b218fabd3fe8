import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { errorText, newIdempotencyKey, UPLOAD_MAX_BYTES, uploadFile, type PackageFile, type PackageView } from '../../api';
import { PdfPicker, type PickedPdf } from '../../components/pdf-picker';
import { UploadProgress } from '../../components/upload-progress';
import { formatDateTime, formatSize } from '../../utils/format';

export interface PackageSlotProps {
  /** `letter` (推荐函) or `excellent-list` (优秀名单公布通知): also the test id stem `pkg-<slot>`. */
  slot: 'letter' | 'excellent-list';
  title: string;
  hint: string;
  path: string;
  current: PackageFile | null;
  onUploaded: (answer: Partial<PackageView>) => void;
}

/** One PDF of the recommendation package, uploaded with progress; the server checks it really is a PDF. */
export function PackageSlot({ slot, title, hint, path, current, onUploaded }: PackageSlotProps) {
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState('');
  const testId = `pkg-${slot}`;

  const upload = async (picked: PickedPdf) => {
    setError('');
    setProgress({ name: picked.name, percent: 0 });
    try {
      const answer = await uploadFile<Partial<PackageView>>({
        path,
        fileField: 'file',
        file: picked.file,
        fileName: picked.name,
        fileSize: picked.size,
        maxBytes: UPLOAD_MAX_BYTES.pdf,
        // One key per picked file: if the answer is lost, the retry cannot store the file twice.
        idempotencyKey: newIdempotencyKey(),
        onProgress: (percent) => setProgress({ name: picked.name, percent }),
      });
      onUploaded(answer);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <View className="qt-card" data-testid={testId}>
      <Text className="qt-rec__section-title">{title}</Text>
      <Text className="qt-hint">{hint}</Text>
      {current ? (
        <View className="qt-pkg__file" data-testid={`${testId}-current`}>
          <Text className="qt-pkg__file-name">{current.originalName}</Text>
          <Text className="qt-hint">
            {formatSize(current.size)}
            {` · ${formatDateTime(current.uploadedAt)} 上传`}
          </Text>
        </View>
      ) : (
        <Text className="qt-pkg__missing" data-testid={`${testId}-missing`}>
          尚未上传
        </Text>
      )}
      {progress && <UploadProgress fileName={progress.name} percent={progress.percent} testId={`${testId}-progress`} />}
      {error !== '' && (
        <Text className="qt-error" data-testid={`${testId}-error`}>
          {error}
        </Text>
      )}
      <PdfPicker label={current ? '重新上传 PDF' : '选择 PDF 上传'} disabled={progress !== null} testId={testId} onPicked={(p) => void upload(p)} />
    </View>
  );
}
