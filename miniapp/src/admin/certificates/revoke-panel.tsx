import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type CertificateItem, consoleReviewApi } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, TextArea } from '../console/kit';
import { SidePanel } from '../console/side-panel';
import { failure } from '../review-pages/parts';

export interface RevokePanelProps {
  /** The certificate being revoked; null: the panel is closed. */
  revoking: CertificateItem | null;
  onClose: () => void;
  /** The server revoked it: the sentence to show. */
  onRevoked: (text: string) => void;
}

/**
 * 撤销证书: the certificate's facts, the reason the public will see, and a last confirmation. The page mounts it anew
 * for each certificate (its key), so the reason starts empty.
 */
export function RevokePanel({ revoking, onClose, onRevoked }: RevokePanelProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);

  const ask = () => {
    if (!reason.trim()) {
      setError('请填写撤销原因');
      return;
    }
    setError('');
    setConfirming(true);
  };

  const revoke = useAction(async () => {
    if (!revoking) return;
    try {
      const r = await consoleReviewApi.revokeCertificate(revoking.certificateNo, reason.trim());
      onRevoked(`证书 ${r.certificateNo}（${r.team.name}）已撤销。`);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setError(text);
    } finally {
      setConfirming(false);
    }
  });

  return (
    <>
      <SidePanel open={revoking !== null} title={revoking ? `撤销证书 ${revoking.certificateNo}` : ''} onClose={onClose} testId="cert-revoke-panel">
        {revoking && (
          <View className="rp-stack">
            <View className="qc-desc">
              <Text className="qc-desc__label">班组</Text>
              <Text className="qc-desc__value">{revoking.team.name}</Text>
              <Text className="qc-desc__label">企业</Text>
              <Text className="qc-desc__value">{revoking.enterprise.name}</Text>
              <Text className="qc-desc__label">等级</Text>
              <Text className="qc-desc__value">{revoking.gradeLabel}</Text>
              <Text className="qc-desc__label">颁发</Text>
              <Text className="qc-desc__value">{formatDateTime(revoking.issuedAt)}</Text>
            </View>
            <View>
              <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
                撤销原因（必填，公众查验时可见）
              </Text>
              <TextArea className="rp-textarea" value={reason} maxLength={500} placeholder="如：经查实申报材料弄虚作假（第十五条）" onChange={setReason} data-testid="cert-revoke-reason" />
            </View>
            {error && (
              <Text className="qc-alert qc-alert--error" data-testid="cert-revoke-error">
                {error}
              </Text>
            )}
            <View className="rp-inline">
              <Button variant="danger" onClick={ask} data-testid="cert-revoke-submit">
                撤销证书
              </Button>
              <Button onClick={onClose}>取消</Button>
            </View>
          </View>
        )}
      </SidePanel>

      <ConfirmDialog
        open={confirming}
        title={revoking ? `撤销证书 ${revoking.certificateNo}？` : ''}
        confirmText="确认撤销"
        danger
        busy={revoke.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void revoke.run()}
        testId="cert-revoke-confirm"
      >
        <Text style={{ display: 'block' }}>撤销后公众查验该证书时显示「已撤销」及原因，证书 PDF 带“已撤销”标记；此操作不能撤销。</Text>
        <Text className="qc-muted" style={{ display: 'block', marginTop: '8px' }}>
          原因：{reason.trim()}
        </Text>
      </ConfirmDialog>
    </>
  );
}
