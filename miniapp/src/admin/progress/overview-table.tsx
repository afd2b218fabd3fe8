import { Text, View } from '@tarojs/components';
import type { PanelOverview, ReviewOverview, ScoreKind } from '../../api/console-review';
import { Button } from '../console/kit';
import { PANEL_STATE_TEXT, panelState, sheetPercent } from '../review-pages/logic';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

const STATE_TONE = { empty: 'gray', scoring: 'orange', ready: 'blue', closed: 'green' } as const;

/** One kind's panels: who leads, how many sheets are in, whether the panel is closed, and its actions. */
export function OverviewTable({ kind, data, error, loading, onOpen, onClose }: { kind: ScoreKind; data: ReviewOverview | null; error: string; loading: boolean; onOpen: (p: PanelOverview) => void; onClose: (p: PanelOverview) => void }) {
  const panels = data?.panels ?? [];
  return (
    <PlainTable
      testId={`progress-${kind}`}
      colSpan={8}
      loading={loading}
      error={error}
      empty={panels.length === 0}
      head={
        <PlainRow>
          <PlainHeadCell style={{ width: '80px' }}>专家组</PlainHeadCell>
          <PlainHeadCell>组长</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">专家</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">申报</PlainHeadCell>
          <PlainHeadCell style={{ width: '280px' }}>已提交 / 应提交评分表</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">退回</PlainHeadCell>
          <PlainHeadCell>{kind === 'materials' ? '已结束' : '已闭会'}</PlainHeadCell>
          <PlainHeadCell>操作</PlainHeadCell>
        </PlainRow>
      }
    >
      {panels.map((p) => {
        const state = panelState(p);
        const percent = sheetPercent(p.submittedSheets, p.expectedSheets);
        return (
          <PlainRow key={p.panelNo} data-testid={`progress-${kind}-row`} data-panel={p.panelNo} data-state={state}>
            <PlainCell>第 {p.panelNo} 组</PlainCell>
            <PlainCell>{p.leader || <Text className="qc-muted">—</Text>}</PlainCell>
            <PlainCell className="qc-table__num">{p.expertCount}</PlainCell>
            <PlainCell className="qc-table__num">{p.applicationCount}</PlainCell>
            <PlainCell>
              <View className="qc-progress">
                <View className="qc-progress__track">
                  <View className="qc-progress__bar" style={{ width: `${percent}%` }} />
                </View>
                <Text data-testid="progress-sheets">
                  {p.submittedSheets} / {p.expectedSheets}
                </Text>
              </View>
            </PlainCell>
            <PlainCell className="qc-table__num">{p.returnedSheets ? <Text className="qc-tag qc-tag--red">{p.returnedSheets}</Text> : 0}</PlainCell>
            <PlainCell>
              <Text className={`qc-tag qc-tag--${STATE_TONE[state]}`} data-testid="progress-state">
                {PANEL_STATE_TEXT[state]}
              </Text>{' '}
              <Text className="qc-muted">
                {p.closedApplications} / {p.applicationCount}
              </Text>
            </PlainCell>
            <PlainCell>
              <Button variant="link" onClick={() => onOpen(p)} data-testid="progress-open">
                详情
              </Button>
              {kind === 'materials' && state !== 'closed' && state !== 'empty' && (
                <Button variant="link" onClick={() => onClose(p)} data-testid="progress-close-materials">
                  结束资料审核
                </Button>
              )}
            </PlainCell>
          </PlainRow>
        );
      })}
    </PlainTable>
  );
}
