import { Text } from '@tarojs/components';
import type { SheetStatus } from '../api/review';
import { formatScore } from './score-sheet';

const TEXT: Record<SheetStatus, string> = { none: '未评分', draft: '草稿', submitted: '已提交', returned: '已退回', void: '已作废' };

export interface SheetBadgeProps {
  status: SheetStatus;
  total?: number | null;
  testId?: string;
}

/** A sheet's state as a coloured tag; a submitted one shows its total when known. */
export function SheetBadge({ status, total, testId }: SheetBadgeProps) {
  const text = status === 'submitted' && total !== null && total !== undefined ? `已提交 ${formatScore(total)} 分` : TEXT[status];
  return (
    <Text className={`qt-exp__badge qt-exp__badge--${status}`} data-testid={testId} data-status={status}>
      {text}
    </Text>
  );
}
