import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatScore } from '../score-sheet';

export interface ScoreBarProps {
  error: string;
  savedAt: string;
  total: number;
  scored: number;
  items: number;
  max: number;
  saving: boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
}

/** The bar fixed at the bottom while scoring: the running total, the count scored, 保存草稿 and 提交评分. */
export function ScoreBar({ error, savedAt, total, scored, items, max, saving, busy, onSave, onSubmit }: ScoreBarProps) {
  return (
    <View className="qt-exp-score__bar" data-testid="exp-score-bar">
      {/* In the fixed bar, so the refusal is seen next to the button that caused it. */}
      {error !== '' && (
        <Text className="qt-error qt-exp-score__bar-error" data-testid="exp-score-error">
          {error}
        </Text>
      )}
      {savedAt !== '' && (
        <Text className="qt-exp-score__saved" data-testid="exp-score-saved">
          草稿已保存（{savedAt}）
        </Text>
      )}
      <View className="qt-exp-score__bar-total">
        <Text className="qt-exp-score__bar-sum">
          合计
          <Text className="qt-exp-score__bar-value" data-testid="exp-score-running-total">
            {formatScore(total)}
          </Text>
          / {formatScore(max)} 分
        </Text>
        <Text className="qt-exp-score__bar-count" data-testid="exp-score-count">
          已评 {scored}/{items} 项
        </Text>
      </View>
      <View className="qt-exp-score__bar-buttons">
        <Button size="large" loading={saving} disabled={busy} data-testid="exp-score-save" onClick={onSave}>
          保存草稿
        </Button>
        <Button type="primary" size="large" disabled={busy} data-testid="exp-score-submit" onClick={onSubmit}>
          提交评分
        </Button>
      </View>
    </View>
  );
}
