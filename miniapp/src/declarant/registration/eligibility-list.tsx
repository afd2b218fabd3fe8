import { Text, View } from '@tarojs/components';
import type { EligibilityIssue } from '../../api';

export interface EligibilityListProps {
  problems: EligibilityIssue[];
}

/** Every condition of 第六条/第七条 still unmet, all at once, so nothing is discovered one refusal at a time. */
export function EligibilityList({ problems }: EligibilityListProps) {
  if (problems.length === 0) {
    return (
      <View className="qt-card qt-reg__eligible" data-testid="reg-eligibility-ok">
        <Text className="qt-reg__eligible-text">申报条件均已满足，可以提交。</Text>
      </View>
    );
  }
  return (
    <View className="qt-card qt-reg__problems" data-testid="reg-eligibility">
      <Text className="qt-reg__section-title">提交前还需完成（{problems.length} 项）</Text>
      {problems.map((p) => (
        <Text key={p.code} className="qt-reg__problem" data-testid="reg-eligibility-item" data-code={p.code}>
          · {p.message}
        </Text>
      ))}
    </View>
  );
}
