import { useState } from 'react';
import { Text } from '@tarojs/components';
import { type Expert, type RemovalResult, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { TextArea } from '../console/kit';
import { FormRow } from '../setup-pages/form-bits';

/** 取消资格: removing an expert for misconduct, with the reason, after saying what follows; it cannot be undone. */
export function RemoveDialog({ expert, onClose, onRemoved }: { expert: Expert; onClose: () => void; onRemoved: (result: RemovalResult) => void }) {
  const [reason, setReason] = useState('');
  const remove = useAction((why: string) => setupApi.removeExpert(expert.id, why));

  const confirm = async () => {
    if (reason.trim() === '') {
      remove.setError('请填写取消专家资格的原因');
      return;
    }
    const result = await remove.run(reason.trim());
    if (result) onRemoved(result);
  };

  return (
    <ConfirmDialog open title={`取消专家「${expert.name}」的资格？`} confirmText="取消资格" danger busy={remove.busy} onCancel={onClose} onConfirm={() => void confirm()} testId="experts-remove-confirm">
      <Text style={{ display: 'block' }}>专家将停用并不能再登录，专家记录保留。如所在专家组尚有评审工作，将随机抽取替换专家，其尚未结束的评审阶段的评分表作废；已结束阶段的评分保留，是否继续采用由秘书处另行决定。此操作不能撤销。</Text>
      <FormRow label="原因（必填）" problems={remove.error ? [remove.error] : undefined} wide>
        <TextArea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={setReason} data-testid="experts-remove-reason" />
      </FormRow>
    </ConfirmDialog>
  );
}
