import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { similarityApi, type SimilarityPairDetail } from '../../api/console-similarity';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { TextArea } from '../console/kit';
import { failure } from '../review-pages/parts';

/** 核实无问题: the secretariat's finding that a pair is not copying, with the reason; shown afresh each time it opens. */
export function DismissDialog({ pair, onCancel, onDismissed }: { pair: SimilarityPairDetail; onCancel: () => void; onDismissed: (pair: SimilarityPairDetail) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  const dismiss = useAction(async (text: string) => {
    try {
      const updated = await similarityApi.dismiss(pair.id, text);
      onDismissed({ ...pair, ...updated, passages: pair.passages });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setError(message);
    }
  });

  // Checked before the call, so that a second tap right after filling the reason is not taken for a double tap.
  const confirm = () => {
    const text = reason.trim();
    setError(text === '' ? '请填写核实情况' : '');
    if (text !== '') void dismiss.run(text);
  };

  return (
    <ConfirmDialog open title="核实无问题" confirmText="确认" busy={dismiss.busy} onCancel={onCancel} onConfirm={confirm} testId="dismiss-dialog">
      <View>
        <Text style={{ display: 'block', marginBottom: '4PX' }}>核实情况（为什么不是抄袭，如同一企业往年材料、共同引用的标准）</Text>
        <TextArea className="sim-textarea" maxLength={500} value={reason} onChange={setReason} data-testid="dismiss-reason" />
        <Text className="qc-muted" style={{ display: 'block', fontSize: '12PX' }}>
          标记后该文件对默认不再列出，可随时撤销；操作记入审计日志。
        </Text>
        {error !== '' && (
          <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="dismiss-error">
            {error}
          </Text>
        )}
      </View>
    </ConfirmDialog>
  );
}
