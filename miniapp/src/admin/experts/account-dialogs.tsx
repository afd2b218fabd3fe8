import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Expert, type ExpertAccount, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import type { Notice } from '../review-pages/parts';
import { Secret } from '../setup-pages/form-bits';
import { useFailureNotice } from '../console/failure-notice';

export interface AccountDialogsProps {
  /** The expert whose login is to be opened or reset; null: no question asked. */
  expert: Expert | null;
  onClose: () => void;
  /** The login exists now (the list shows 已开设). */
  onOpened: () => void;
  onNotice: (notice: Notice) => void;
}

/**
 * 开设账号 / 重置账号: asks first (a reset voids the old password at once), then shows the one-time password and bind
 * code once, to be copied down on the spot.
 */
export function AccountDialogs({ expert, onClose, onOpened, onNotice }: AccountDialogsProps) {
  const [account, setAccount] = useState<(ExpertAccount & { name: string }) | null>(null);
  const open = useAction((x: Expert) => setupApi.openExpertAccount(x.id));
  useFailureNotice(open.error, '开设账号失败', onNotice);

  const confirm = async (x: Expert) => {
    const opened = await open.run(x);
    if (opened) setAccount({ ...opened, name: x.name });
    onClose();
    if (opened) onOpened();
  };

  return (
    <>
      <ConfirmDialog
        open={expert !== null}
        title={expert?.userId ? `重置专家「${expert.name}」的登录账号？` : `为专家「${expert?.name ?? ''}」开设登录账号？`}
        confirmText={expert?.userId ? '重置' : '开设'}
        danger={Boolean(expert?.userId)}
        busy={open.busy}
        onCancel={onClose}
        onConfirm={() => expert && void confirm(expert)}
        testId="experts-account-confirm"
      >
        <Text style={{ display: 'block' }}>将生成一次性密码和微信绑定码（7 天有效），只显示这一次，请当场抄录并交给专家本人。</Text>
        {expert?.userId ? <Text style={{ display: 'block', marginTop: '8px' }}>原密码和绑定码将立即失效，此操作不能撤销。</Text> : null}
      </ConfirmDialog>

      <ConfirmDialog open={account !== null} title={`专家「${account?.name ?? ''}」的登录信息`} confirmText="我已抄录" onCancel={() => setAccount(null)} onConfirm={() => setAccount(null)} testId="experts-account-result">
        {account && (
          <View>
            <Secret label="用户名" value={account.username} testId="experts-account-username" />
            <Secret label="一次性密码" value={account.password} testId="experts-account-password" />
            <Secret label="微信绑定码" value={account.bindCode} testId="experts-account-bind-code" />
            <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }}>
              密码和绑定码只显示这一次，关闭后无法再次查看。绑定码有效期至 {account.bindCodeExpiresAt.slice(0, 10)}。
            </Text>
          </View>
        )}
      </ConfirmDialog>
    </>
  );
}
