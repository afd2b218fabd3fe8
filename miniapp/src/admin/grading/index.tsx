import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type GradingItem } from '../../api/console-review';
import { useLoaded } from '../../utils/use-request';
import { ConsoleLayout } from '../console/layout';
import { adjustedRows, boundaryTies } from '../review-pages/logic';
import { NoticeLine, type Notice } from '../review-pages/parts';
import { AdjustPanel } from './adjust-panel';
import { type GradingAction, GradingActionDialog, GradingButtons } from './grading-actions';
import { GradingSummary } from './grading-summary';
import { GradingTable } from './grading-table';
import '../review-pages/review-pages.scss';

/** 等级评定: the proposal ranked by total, ties at a boundary, slots against counts; adjust with a reason, confirm, publish. */
export default function GradingPage() {
  const loaded = useLoaded(() => consoleReviewApi.grading(), []);
  const [action, setAction] = useState<GradingAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<GradingItem | null>(null);

  const view = loaded.data;
  const items = view?.items ?? [];
  const ties = boundaryTies(items);
  const adjusted = adjustedRows(items);
  const confirmed = view?.confirmed ?? false;
  const published = view?.published ?? false;
  const rescore = view?.rescoreRequired ?? false;

  return (
    <ConsoleLayout
      active="grading"
      title="等级评定"
      subtitle="按资料审核与成果发布总分排名，在名额内评定卓越级、示范级、改进级"
      extra={<GradingButtons view={view} onAction={setAction} />}
    >
      <NoticeLine notice={notice} testId="grading-notice" onClose={() => setNotice(null)} />
      {loaded.error && (
        <Text className="qc-alert qc-alert--error" data-testid="grading-error">
          加载失败：{loaded.error}
        </Text>
      )}

      {rescore && (
        <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }} data-testid="grading-rescore">
          {confirmed
            ? `有班组的评分经秘书处决定已重新汇总（被取消资格专家的评分不予采用），现有等级未自动改变：请「重新确认等级」。${published ? '已公布的结果在重新确认前对班组和公众标注为复核中。' : ''}`
            : '有班组的评分经秘书处决定已重新汇总（被取消资格专家的评分不予采用）：请重新生成等级建议后再确认。'}
        </Text>
      )}
      {view && <GradingSummary view={view} tied={ties.size > 0} adjusted={adjusted.length} />}

      <View className="qc-card">
        <GradingTable items={items} ties={ties} confirmed={confirmed} loading={loaded.loading} error={loaded.error} onAdjust={setEditing} />
      </View>

      <AdjustPanel
        editing={editing}
        view={view}
        onClose={() => setEditing(null)}
        onSaved={(next, text) => {
          loaded.setData(next);
          setNotice({ ok: true, text });
          setEditing(null);
        }}
      />

      {action && (
        <GradingActionDialog
          key={action}
          action={action}
          view={view}
          tied={ties.size > 0}
          adjusted={adjusted}
          onNotice={setNotice}
          onView={loaded.setData}
          onClose={() => setAction(null)}
        />
      )}
    </ConsoleLayout>
  );
}
