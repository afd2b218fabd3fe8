import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmText?: string;
  /** Irreversible actions confirm with a red button. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** A modal confirmation for an action that cannot be undone; the cancel button and the mask close it unless busy. */
export function ConfirmDialog({ open, title, children, confirmText = '确定', danger, busy, onConfirm, onCancel, testId = 'confirm' }: ConfirmDialogProps) {
  if (!open) return null;
  return (
    // Plain elements: Taro's View listens natively, and stopping a click there would keep it from React's own handlers.
    <div
      className="qc-mask"
      data-testid={testId}
      onClick={(e) => {
        if (e.target === e.currentTarget && !busy) onCancel();
      }}
    >
      <div className="qc-modal" role="dialog" aria-modal="true">
        <View className="qc-modal__title">
          <Text className="qc-modal__icon">!</Text>
          <Text>{title}</Text>
        </View>
        <View className="qc-modal__body">{children}</View>
        <View className="qc-modal__footer">
          <button type="button" className="qc-btn" disabled={busy} data-testid={`${testId}-cancel`} onClick={onCancel}>
            取消
          </button>
          <button type="button" className={`qc-btn ${danger ? 'qc-btn--danger' : 'qc-btn--primary'}`} disabled={busy} data-testid={`${testId}-ok`} onClick={onConfirm}>
            {busy ? '处理中…' : confirmText}
          </button>
        </View>
      </div>
    </div>
  );
}
