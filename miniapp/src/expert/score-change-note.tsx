import { Text, View } from '@tarojs/components';
import type { ScoreChangeView } from '../api/review';
import { changedItems, changeTotalText } from './score-sheet';

/**
 * A correction held for the secretariat, on the leader's screen: the expert had read colleagues' sheets before their
 * sheet was returned, so the scores before the return keep counting until the secretariat decides.
 */
export function ScoreChangeNote({ change }: { change: ScoreChangeView }) {
  const items = changedItems(change.items);
  return (
    <View className="qt-exp__change" data-testid="exp-progress-change" data-status={change.status}>
      <Text className="qt-exp__change-title">
        {change.status === 'pending' ? '更正待秘书处审核' : change.statusLabel} · {changeTotalText(change)}
      </Text>
      {items.map((i) => (
        <Text key={i.itemId} className="qt-exp__change-item" data-testid="exp-progress-change-item">
          {i.text}
        </Text>
      ))}
      <Text className="qt-hint">该专家退回前已看过同组评分，审核通过前仍以退回前的评分为准，本组暂不能结束评审。</Text>
    </View>
  );
}
