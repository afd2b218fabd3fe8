import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';

export const DECLINE_REASON_MAX = 500;

export type Decision = 'recommend' | 'decline';

export interface DecisionPanelProps {
  busy: boolean;
  onDecide: (decision: Decision, reason: string) => void;
}

/** 推荐 / 不推荐 with an inline confirmation; 不推荐 needs the reason the team will read. */
export function DecisionPanel({ busy, onDecide }: DecisionPanelProps) {
  const [confirming, setConfirming] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');

  const confirm = () => {
    if (confirming === 'decline') {
      const text = reason.trim();
      if (text === '') {
        setReasonError('请填写不推荐的理由，班组将在进度和消息中看到');
        return;
      }
      if (text.length > DECLINE_REASON_MAX) {
        setReasonError(`理由不超过 ${DECLINE_REASON_MAX} 个字`);
        return;
      }
      onDecide('decline', text);
    } else if (confirming === 'recommend') {
      onDecide('recommend', '');
    }
  };

  const open = (decision: Decision) => {
    setConfirming(decision);
    setReasonError('');
  };

  if (!confirming) {
    return (
      <View className="qt-actions">
        <Button type="primary" size="large" block data-testid="rec-recommend" onClick={() => open('recommend')}>
          推荐
        </Button>
        <Button type="danger" fill="outline" size="large" block data-testid="rec-decline" onClick={() => open('decline')}>
          不推荐
        </Button>
      </View>
    );
  }

  return (
    <View className="qt-card qt-rec__confirm" data-testid="rec-confirm">
      <Text className="qt-rec__confirm-text">
        {confirming === 'recommend' ? '确定推荐该班组参加本届活动？' : '确定不推荐该班组？请填写理由，班组将看到这一理由。'}
      </Text>
      {confirming === 'decline' && (
        <View className="qt-rec-detail__reason">
          <TextArea
            value={reason}
            maxLength={DECLINE_REASON_MAX}
            showCount
            autoSize
            placeholder="不推荐的理由"
            onChange={(v: string) => {
              setReason(v);
              setReasonError('');
            }}
            data-testid="rec-decline-reason"
          />
        </View>
      )}
      {reasonError !== '' && (
        <Text className="qt-error" data-testid="rec-decline-reason-error">
          {reasonError}
        </Text>
      )}
      <View className="qt-actions">
        <Button
          type={confirming === 'recommend' ? 'primary' : 'danger'}
          size="large"
          block
          loading={busy}
          disabled={busy}
          data-testid="rec-confirm-ok"
          onClick={confirm}
        >
          {confirming === 'recommend' ? '确认推荐' : '确认不推荐'}
        </Button>
        <Button size="large" block data-testid="rec-confirm-cancel" onClick={() => setConfirming(null)}>
          取消
        </Button>
      </View>
    </View>
  );
}
