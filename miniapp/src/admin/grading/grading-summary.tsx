import { Text, View } from '@tarojs/components';
import { GRADE_LABEL } from '@cacem/shared';
import type { GradingView } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { capSummary } from '../review-pages/logic';

/** Where the grading stands, and each grade's count against its slots (over the cap in red). */
export function GradingSummary({ view, tied, adjusted }: { view: GradingView; tied: boolean; adjusted: number }) {
  const { proposed, confirmed, published } = view;
  const caps = capSummary(view.slots, view.counts);
  return (
    <View className="qc-card" data-testid="grading-summary">
      <View className="rp-form" style={{ marginBottom: '12px' }}>
        <Text data-testid="grading-state" data-state={published ? 'published' : confirmed ? 'confirmed' : proposed ? 'proposed' : 'none'}>
          状态：{published ? `已公布（${formatDateTime(view.publishedAt)}）` : confirmed ? '已确认，待公布' : proposed ? '建议已生成，可调整' : '尚未生成建议'}
        </Text>
        <Text>已完成成果发布 {view.presented} 个</Text>
        {view.waitingPresentations > 0 && (
          <Text className="qc-tag qc-tag--orange" data-testid="grading-waiting">
            尚有 {view.waitingPresentations} 个受邀班组未结束发布
          </Text>
        )}
        {tied && (
          <Text className="qc-tag qc-tag--orange" data-testid="grading-ties">
            边界并列 {view.ties.length} 处，需打破并列
          </Text>
        )}
      </View>
      <View className="rp-summary">
        {caps.map((c) => (
          <View key={c.grade} className={`rp-summary__item${c.over ? ' rp-summary__item--over' : ''}`} data-testid={`grading-cap-${c.grade}`} data-over={c.over ? 'true' : 'false'}>
            <Text className="qc-muted">
              {GRADE_LABEL[c.grade]}
              {c.grade === 'excellent' ? `（≤ ${view.caps.excellentMax}%）` : c.grade === 'exemplary' ? `（≤ ${view.caps.exemplaryMax}%）` : `（≥ ${view.caps.improvingMin}%）`}
            </Text>
            <Text className="rp-summary__value">
              {c.count}
              {c.slots !== null ? ` / ${c.slots}` : ''}
            </Text>
            <Text className="qc-muted">{c.slots === null ? '其余班组' : c.over ? '超出名额' : `名额余 ${c.free} 个`}</Text>
          </View>
        ))}
        <View className="rp-summary__item">
          <Text className="qc-muted">评定班组</Text>
          <Text className="rp-summary__value">{view.slots.graded}</Text>
          <Text className="qc-muted">已调整 {adjusted} 个</Text>
        </View>
      </View>
    </View>
  );
}
