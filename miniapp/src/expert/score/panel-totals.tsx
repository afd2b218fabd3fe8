import { Text, View } from '@tarojs/components';
import type { PanelSheets } from '../../api/review';
import { formatScore } from '../score-sheet';
import { SheetBadge } from '../sheet-badge';

/** After submitting: every panel member's sheet state and total, and the spread once all have submitted. */
export function PanelTotals({ data }: { data: PanelSheets }) {
  return (
    <View className="qt-card" data-testid="exp-panel-sheets">
      <Text className="qt-exp__card-title">同组专家评分</Text>
      {data.sheets.map((s) => (
        <View key={s.expertId} className="qt-exp__line" data-testid="exp-panel-sheet">
          <Text className="qt-exp__line-label">
            {s.expertName}
            {s.role === 'leader' && <Text className="qt-exp__tag">组长</Text>}
          </Text>
          <SheetBadge status={s.status} total={s.total} />
        </View>
      ))}
      {data.spread ? (
        <View className="qt-exp__spread" data-testid="exp-panel-spread">
          {[
            ['最高', data.spread.max],
            ['最低', data.spread.min],
            ['分差', data.spread.range],
            ['平均', data.spread.mean],
          ].map(([label, value]) => (
            <View key={label} className="qt-exp__spread-cell">
              <Text className="qt-exp__spread-value">{formatScore(value as number)}</Text>
              <Text className="qt-exp__spread-label">{label}</Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className="qt-hint">全部专家提交后显示分差。</Text>
      )}
    </View>
  );
}
