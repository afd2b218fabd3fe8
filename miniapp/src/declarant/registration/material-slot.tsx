import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { applicationApi, errorText, newIdempotencyKey, UPLOAD_MAX_BYTES, uploadFile, type Material, type MaterialKind, type UploadAnswer } from '../../api';
import { UploadProgress } from '../../components/upload-progress';
import { formatDateTime, formatSize } from '../../utils/format';
import { MaterialPicker, type PickedFile } from './material-picker';

export interface MaterialSlotProps {
  applicationId: number | null;
  kind: MaterialKind;
  title: string;
  hint: string;
  current: Material | null;
  earlierVersions: number;
  editable: boolean;
  onUploaded: (material: Material) => void;
}

export function MaterialSlot({ applicationId, kind, title, hint, current, earlierVersions, editable, onUploaded }: MaterialSlotProps) {
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState('');

  const upload = async (picked: PickedFile) => {
    if (applicationId === null) return;
    setError('');
    setProgress({ name: picked.name, percent: 0 });
    try {
      const material = await uploadFile<UploadAnswer<'/applications/{id}/materials/{kind}'>>({
        path: applicationApi.materialPath(applicationId, kind),
        fileField: 'file',
        file: picked.file,
        fileName: picked.name,
        fileSize: picked.size,
        maxBytes: UPLOAD_MAX_BYTES[kind],
        // One key per picked file: if the answer is lost, the retry cannot store the file twice.
        idempotencyKey: newIdempotencyKey(),
        onProgress: (percent) => setProgress({ name: picked.name, percent }),
      });
      onUploaded(material);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <View className="qt-card qt-reg__material" data-testid={`reg-material-${kind}`}>
      <Text className="qt-reg__section-title">{title}</Text>
      <Text className="qt-hint">{hint}</Text>
      {current ? (
        <View className="qt-reg__material-current" data-testid={`reg-material-${kind}-current`}>
          <Text className="qt-reg__material-name">{current.originalName}</Text>
          <Text className="qt-hint">
            第 {current.version} 版 · {formatSize(current.size)} · {formatDateTime(current.uploadedAt)} 上传
            {earlierVersions > 0 ? ` · 另有 ${earlierVersions} 个早先版本` : ''}
          </Text>
        </View>
      ) : (
        <Text className="qt-reg__material-missing" data-testid={`reg-material-${kind}-missing`}>
          尚未上传
        </Text>
      )}
      {progress && <UploadProgress fileName={progress.name} percent={progress.percent} testId={`reg-material-${kind}-progress`} />}
      {error !== '' && (
        <Text className="qt-error" data-testid={`reg-material-${kind}-error`}>
          {error}
        </Text>
      )}
      {editable && (
        <MaterialPicker
          kind={kind}
          label={applicationId === null ? '请先保存报名表' : current ? '重新上传（保留旧版本）' : '选择文件上传'}
          disabled={applicationId === null || progress !== null}
          onPicked={(picked) => void upload(picked)}
        />
      )}
    </View>
  );
}
