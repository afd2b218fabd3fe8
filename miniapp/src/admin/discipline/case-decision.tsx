import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CaseDetail, setupApi } from '../../api/console-setup';
import { todayInBeijing } from '../../utils/format';
import type { Action } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, Check, TextArea, TextInput } from '../console/kit';
import { FormRow } from '../setup-pages/form-bits';

export type DecideInput = Parameters<typeof setupApi.decideCase>[1];
type Decision = DecideInput['decision'];

const UPHELD_EFFECTS = ['取消该申报的活动资格（状态变为「取消资格」，班组收到通知和理由）', '向其推荐单位发出警示', '如已颁发证书，撤销证书'];

/**
 * 处理决定 of an open case: 经查实 or 不予认定 with a reason and a date, confirmed in a dialog that says what follows
 * (the decision closes the case for good). The panel owns `decide`, so it cannot be closed while the decision is sent.
 */
export function CaseDecision({ caseId, decide, onDecided }: { caseId: number; decide: Action<[DecideInput], CaseDetail>; onDecided: (decided: CaseDetail) => void }) {
  const [decision, setDecision] = useState<Decision>('upheld');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(() => todayInBeijing());
  const [confirming, setConfirming] = useState(false);
  const upheld = decision === 'upheld';

  const ask = () => {
    if (reason.trim() === '') {
      decide.setError('处理决定须填写理由');
      return;
    }
    decide.setError('');
    setConfirming(true);
  };
  const confirm = async () => {
    const decided = await decide.run({ decision, reason: reason.trim(), decidedOn });
    setConfirming(false);
    if (decided) onDecided(decided);
  };

  return (
    <View style={{ marginTop: '20px' }} data-testid="case-decision-form">
      <Text className="qc-card__title">处理决定</Text>
      <FormRow label="决定">
        <Check radio name="decision" checked={upheld} onChange={() => setDecision('upheld')} label="经查实" data-testid="case-decision-upheld" />
        <Check radio name="decision" checked={!upheld} onChange={() => setDecision('dismissed')} label="不予认定" data-testid="case-decision-dismissed" />
      </FormRow>
      <FormRow label="处理理由（必填，经查实时班组可看到）" wide>
        <TextArea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={setReason} data-testid="case-reason" />
      </FormRow>
      <FormRow label="决定日期">
        <TextInput type="date" className="qs-input--date" value={decidedOn} onChange={setDecidedOn} data-testid="case-decided-on" />
      </FormRow>
      {decide.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="case-decide-error">
          {decide.error}
        </Text>
      )}
      <View className="qs-actions">
        <Button variant={upheld ? 'danger' : 'primary'} onClick={ask} data-testid="case-decide">
          作出决定
        </Button>
      </View>

      <ConfirmDialog
        open={confirming}
        title={upheld ? `认定案件 ${caseId} 经查实？` : `对案件 ${caseId} 不予认定？`}
        confirmText={upheld ? '经查实' : '不予认定'}
        danger={upheld}
        busy={decide.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
        testId="case-decide-confirm"
      >
        {upheld ? (
          <View>
            <Text style={{ display: 'block' }}>经查实后将立即：</Text>
            <View className="qs-list">
              {UPHELD_EFFECTS.map((t) => (
                <Text key={t} style={{ display: 'block' }}>
                  · {t}
                </Text>
              ))}
            </View>
          </View>
        ) : (
          <Text style={{ display: 'block' }}>不予认定后案件结案，申报状态不变。</Text>
        )}
        <Text style={{ display: 'block', marginTop: '8px' }}>决定日期 {decidedOn}；案件结案后不能再上传证据或改变决定，此操作不能撤销。</Text>
      </ConfirmDialog>
    </View>
  );
}
