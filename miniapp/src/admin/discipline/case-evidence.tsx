import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { absoluteFileUrl } from '../../api';
import { type CaseDetail, type Evidence, setupApi } from '../../api/console-setup';
import { formatDateTime, formatSize } from '../../utils/format';
import { useAction } from '../../utils/use-request';
import { FileButton } from '../console/kit';
import { PlainCell, PlainRow, PlainTable } from '../console/plain-table';

const EVIDENCE_TYPES = '.pdf,.jpg,.jpeg,.png,.webp,.gif,.bmp,.tif,.tiff,.heic,.docx,.xlsx,.pptx,.doc,.xls,.ppt';

/** 证据材料: the files attached to a case, each with its hash; while the case is open, more can be uploaded. */
export function CaseEvidence({ detail, onAdded }: { detail: CaseDetail; onAdded: (evidence: Evidence) => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useAction(async (file: File) => {
    setProgress(0);
    try {
      return await setupApi.uploadEvidence(detail.id, file, file.name, setProgress);
    } finally {
      setProgress(null);
    }
  });

  return (
    <>
      <Text className="qc-card__title">证据材料（{detail.evidence.length}）</Text>
      <PlainTable testId="case-evidence" colSpan={4} loading={false} error="" empty={false} head={null}>
        {detail.evidence.map((ev) => (
          <PlainRow key={ev.id} data-testid="case-evidence-row">
            <PlainCell>
              <a href={absoluteFileUrl(ev.url)} target="_blank" rel="noreferrer">
                {ev.fileName}
              </a>
            </PlainCell>
            <PlainCell>{formatSize(ev.size)}</PlainCell>
            <PlainCell>{formatDateTime(ev.uploadedAt)}</PlainCell>
            <PlainCell className="qc-mono" title={ev.sha256}>
              {ev.sha256.slice(0, 12)}…
            </PlainCell>
          </PlainRow>
        ))}
        {detail.evidence.length === 0 && (
          <PlainRow>
            <PlainCell className="qc-muted">尚无证据材料</PlainCell>
          </PlainRow>
        )}
      </PlainTable>
      {detail.status === 'open' && (
        <View style={{ marginTop: '8px' }}>
          <FileButton accept={EVIDENCE_TYPES} disabled={progress !== null} onFile={(file) => void upload.run(file).then((ev) => ev && onAdded(ev))} data-testid="case-evidence-upload" inputTestId="case-evidence-input">
            {progress !== null ? `上传中… ${progress}%` : '上传证据材料'}
          </FileButton>
          <Text className="qs-hint">PDF、图片或 Office 文档</Text>
          {upload.error !== '' && (
            <Text className="qc-alert qc-alert--error" data-testid="case-evidence-error">
              {upload.error}
            </Text>
          )}
        </View>
      )}
    </>
  );
}
