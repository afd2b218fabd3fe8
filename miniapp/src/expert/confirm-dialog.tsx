import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Dialog } from '@nutui/nutui-react-taro';

export interface ConfirmDialogProps {
  visible: boolean;
  title: string;
  /** The consequence, in one or two plain sentences. */
  message: ReactNode;
  confirmText: string;
  danger?: boolean;
  busy?: boolean;
  /** Shown inside the dialog (e.g. the server's refusal), so it is not hidden behind the overlay. */
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Test ids `<testId>`, `<testId>-ok`, `<testId>-cancel`, `<testId>-error`. */
  testId: string;
  children?: ReactNode;
}

/** A confirmation with two big buttons, stacked for thumbs. */
export function ConfirmDialog({ visible, title, message, confirmText, danger, busy, error, onConfirm, onCancel, testId, children }: ConfirmDialogProps) {
  return (
    <Dialog
      visible={visible}
      title={title}
      className="qt-exp-dialog"
      onCancel={onCancel}
      onClose={onCancel}
      closeOnOverlayClick={!busy}
      footer={
        <View className="qt-exp-dialog__footer">
          <Button type={danger ? 'danger' : 'primary'} size="large" block loading={busy} disabled={busy} data-testid={`${testId}-ok`} onClick={onConfirm}>
            {confirmText}
          </Button>
          <Button size="large" block disabled={busy} data-testid={`${testId}-cancel`} onClick={onCancel}>
            取消
          </Button>
        </View>
      }
    >
      <View className="qt-exp-dialog__body" data-testid={testId}>
        <Text className="qt-exp-dialog__message">{message}</Text>
        {children}
        {error ? (
          <Text className="qt-error" data-testid={`${testId}-error`}>
            {error}
          </Text>
        ) : null}
      </View>
    </Dialog>
  );
}
