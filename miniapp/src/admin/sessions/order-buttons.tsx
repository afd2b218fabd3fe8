import { View } from '@tarojs/components';
import { Button } from '../console/kit';

/** Up/down buttons for one row of an ordered list. */
export function OrderButtons({ index, length, onMove, testId }: { index: number; length: number; onMove: (dir: -1 | 1) => void; testId: string }) {
  return (
    <View className="rp-inline">
      <Button small disabled={index === 0} onClick={() => onMove(-1)} data-testid={`${testId}-up`} aria-label="上移">
        ↑
      </Button>
      <Button small disabled={index === length - 1} onClick={() => onMove(1)} data-testid={`${testId}-down`} aria-label="下移">
        ↓
      </Button>
    </View>
  );
}
