import { Text, View } from '@tarojs/components';
import type { RegistrationCard } from '../../api';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Secret } from '../setup-pages/form-bits';

export interface ResetResult {
  cardNo: string;
  password: string;
  enterpriseName: string;
}

export interface ResetDialogsProps {
  /** The card whose password is about to be reset; null: not asking. */
  resetting: RegistrationCard | null;
  busy: boolean;
  /** The new password, shown once; null: nothing to show. */
  result: ResetResult | null;
  onConfirm: () => void;
  onCancel: () => void;
  onDone: () => void;
}

/** 重置密码: the confirmation (the old password stops working), then the new one-time password, shown this once. */
export function ResetDialogs({ resetting, busy, result, onConfirm, onCancel, onDone }: ResetDialogsProps) {
  return (
    <>
      <ConfirmDialog
        open={resetting !== null}
        title={`重置报名卡 ${resetting?.cardNo ?? ''} 的密码？`}
        confirmText="重置密码"
        danger
        busy={busy}
        onCancel={onCancel}
        onConfirm={onConfirm}
        testId="cards-reset-confirm"
      >
        <Text style={{ display: 'block' }}>将为「{resetting?.enterpriseName ?? ''}」生成新的一次性密码，原密码立即失效，此操作不能撤销。</Text>
      </ConfirmDialog>
      <ConfirmDialog open={result !== null} title={`报名卡 ${result?.cardNo ?? ''} 的新密码`} confirmText="我已抄录" onCancel={onDone} onConfirm={onDone} testId="cards-reset-result">
        {result && (
          <View>
            <Text style={{ display: 'block' }}>企业：{result.enterpriseName}</Text>
            <Secret label="新的一次性密码" value={result.password} testId="cards-reset-password" />
            <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }}>
              密码只显示这一次，关闭后无法再次查看。请立即抄录并交给企业。
            </Text>
          </View>
        )}
      </ConfirmDialog>
    </>
  );
}
