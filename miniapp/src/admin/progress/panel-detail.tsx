import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type PanelProgress, type ScoreKind } from '../../api/console-review';
import { useLoaded } from '../../utils/use-request';
import { StatusTag } from '../console/status-tag';
import { fmtScore, statusLabel } from '../review-pages/parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

const SHEET_TEXT: Record<string, string> = { none: '未开始', draft: '草稿', submitted: '已提交', returned: '已退回', void: '作废' };
const SHEET_TONE: Record<string, string> = { none: 'gray', draft: 'orange', submitted: 'green', returned: 'red', void: 'gray' };

export interface DetailTarget {
  panelNo: number;
  kind: ScoreKind;
}

function Detail({ progress }: { progress: PanelProgress }) {
  const complete = progress.expectedSheets > 0 && progress.submittedSheets >= progress.expectedSheets;
  return (
    <View data-testid="progress-detail" data-panel={progress.panelNo} data-kind={progress.kind}>
      <View className="qc-desc">
        <Text className="qc-desc__label">组长</Text>
        <Text className="qc-desc__value">{progress.leader.name}</Text>
        <Text className="qc-desc__label">评分表</Text>
        <Text className="qc-desc__value" data-testid="progress-detail-sheets">
          {progress.submittedSheets} / {progress.expectedSheets}
          {complete ? '（已收齐）' : ''}
        </Text>
        <Text className="qc-desc__label">专家</Text>
        <Text className="qc-desc__value">{progress.experts.map((e) => `${e.name}${e.role === 'leader' ? '（组长）' : ''}`).join('、')}</Text>
        <Text className="qc-desc__label">状态</Text>
        <Text className="qc-desc__value">{progress.closed ? '资料审核已结束' : progress.kind === 'materials' ? '评分中' : '—'}</Text>
      </View>
      {progress.items.map((item) => (
        <View key={item.applicationId} className="qc-card" data-testid="progress-detail-item" data-key={item.applicationId}>
          <View className="rp-panel__head">
            <Text>
              {item.teamName}（{item.applicationId}）
            </Text>
            <Text className="qc-muted">
              已提交 {item.submittedCount} / {item.expertCount}
              {item.outcome ? ` · ${item.outcome === 'absent' ? '未到场' : item.outcome === 'presented' ? '已发布' : item.outcome === 'forfeited' ? '视同放弃' : '待发布'}` : ''}
            </Text>
          </View>
          <PlainTable
            testId="progress-detail-sheets-table"
            colSpan={4}
            loading={false}
            error=""
            empty={item.sheets.length === 0}
            head={
              <PlainRow>
                <PlainHeadCell>专家</PlainHeadCell>
                <PlainHeadCell>状态</PlainHeadCell>
                <PlainHeadCell className="qc-table__num">总分</PlainHeadCell>
                <PlainHeadCell>退回原因</PlainHeadCell>
              </PlainRow>
            }
          >
              {item.sheets.map((s) => (
                <PlainRow key={s.expertId} data-testid="progress-detail-sheet">
                  <PlainCell>{s.expertName}</PlainCell>
                  <PlainCell>
                    <Text className={`qc-tag qc-tag--${SHEET_TONE[s.status] ?? 'gray'}`} data-status={s.status}>
                      {SHEET_TEXT[s.status] ?? s.status}
                    </Text>
                  </PlainCell>
                  <PlainCell className="qc-table__num">{s.total === null ? <Text className="qc-muted">—</Text> : fmtScore(s.total)}</PlainCell>
                  <PlainCell>{s.returnReason ?? ''}</PlainCell>
                </PlainRow>
              ))}
          </PlainTable>
          <Text className="rp-panel__line" data-testid="progress-detail-spread" style={{ marginTop: '8px' }}>
            {item.spread
              ? `最高 ${fmtScore(item.spread.max)} · 最低 ${fmtScore(item.spread.min)} · 分差 ${fmtScore(item.spread.range)} · 平均 ${fmtScore(item.spread.mean)}`
              : '全部专家提交后显示各人总分与分差'}
            {item.score ? ` · 汇总得分 ${fmtScore(item.score.score)}${item.score.droppedExpertIds.length ? `（去掉 ${item.score.droppedExpertIds.length} 个极端分）` : ''}` : ''}
          </Text>
          <Text className="qc-muted">
            申报状态：<StatusTag status={item.status} label={statusLabel(item.status)} />
          </Text>
        </View>
      ))}
    </View>
  );
}

/** The side panel's content: one panel's sheets for one kind, loaded again whenever the page hands a new target. */
export function PanelDetail({ target }: { target: DetailTarget }) {
  const { data, error, loading } = useLoaded(() => consoleReviewApi.panelProgress(target.panelNo, target.kind), [target]);
  if (loading || (!data && !error)) return <Text className="qc-muted">加载中…</Text>;
  if (error) return <Text className="qc-alert qc-alert--error">{error}</Text>;
  return data ? <Detail progress={data} /> : null;
}
