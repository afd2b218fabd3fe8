import { Text } from '@tarojs/components';

export interface StatusBadgeProps {
  status: string;
  label: string;
  testId: string;
}

export function StatusBadge({ status, label, testId }: StatusBadgeProps) {
  return (
    <Text className={`qt-rec__status qt-rec__status--${status}`} data-testid={testId} data-status={status}>
      {label}
    </Text>
  );
}
