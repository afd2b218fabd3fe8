import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** A drawer from the right, over the page: details of one row without leaving the table. */
export function SidePanel({ open, title, onClose, children, testId = 'side-panel' }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode; testId?: string }) {
  if (!open) return null;
  return (
    <View>
      <View className="qc-drawer-mask" onClick={onClose} />
      <View className="qc-drawer" data-testid={testId}>
        <View className="qc-drawer__head">
          <Text>{title}</Text>
          <button type="button" className="qc-btn qc-btn--link" data-testid={`${testId}-close`} onClick={onClose}>
            关闭 ✕
          </button>
        </View>
        <View className="qc-drawer__body">{children}</View>
      </View>
    </View>
  );
}
