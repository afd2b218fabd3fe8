import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type PanelOverview, type ScoreKind } from '../../api/console-review';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { SidePanel } from '../console/side-panel';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { ScoreChanges } from '../review-pages/score-changes';
import { OverviewTable } from './overview-table';
import { type DetailTarget, PanelDetail } from './panel-detail';
import '../review-pages/review-pages.scss';

const KINDS: ScoreKind[] = ['materials', 'presentation'];
const KIND_TEXT: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };

/** 评审进度: each panel's materials and presentation scoring, a panel's sheets in a side panel, and 结束资料审核. */
export default function ProgressPage() {
  const overviews = {
    materials: useLoaded(() => consoleReviewApi.overview('materials'), []),
    presentation: useLoaded(() => consoleReviewApi.overview('presentation'), []),
  };
  const loading = overviews.materials.loading || overviews.presentation.loading;
  const load = () => KINDS.forEach((kind) => overviews[kind].reload());
  const [detail, setDetail] = useState<DetailTarget | null>(null);
  const [closing, setClosing] = useState<PanelOverview | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const closeMaterials = useAction(async () => {
    if (!closing) return;
    try {
      const r = await consoleReviewApi.closeMaterials(closing.panelNo);
      setNotice({ ok: true, text: `第 ${r.panelNo} 组资料审核已结束：${r.reviewed.length} 个申报得出资料审核得分。` });
      load();
      // A new target object loads the open side panel again.
      if (detail?.panelNo === closing.panelNo && detail.kind === 'materials') setDetail({ ...detail });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `结束资料审核失败：${text}` });
    } finally {
      setClosing(null);
    }
  });

  return (
    <ConsoleLayout
      active="progress"
      title="评审进度"
      subtitle="各专家组资料审核与成果发布的评分进度"
      extra={
        <Button onClick={load} data-testid="progress-refresh">
          刷新
        </Button>
      }
    >
      <NoticeLine notice={notice} testId="progress-notice" onClose={() => setNotice(null)} />
      <ScoreChanges
        changes={KINDS.flatMap((kind) => (overviews[kind].data?.panels ?? []).flatMap((p) => p.changes ?? []))}
        loading={loading}
        onDecided={(n) => {
          setNotice(n);
          load();
        }}
      />
      {KINDS.map((kind) => (
        <View className="qc-card" key={kind}>
          <Text className="qc-card__title">{KIND_TEXT[kind]}</Text>
          <OverviewTable kind={kind} data={overviews[kind].data} error={overviews[kind].error} loading={loading} onOpen={(p) => setDetail({ panelNo: p.panelNo, kind })} onClose={(p) => setClosing(p)} />
        </View>
      ))}

      <SidePanel open={detail !== null} title={detail ? `第 ${detail.panelNo} 组 · ${KIND_TEXT[detail.kind]}` : ''} onClose={() => setDetail(null)} testId="progress-panel">
        {detail && <PanelDetail target={detail} />}
      </SidePanel>

      <ConfirmDialog
        open={closing !== null}
        title={closing ? `结束第 ${closing.panelNo} 组的资料审核？` : ''}
        confirmText="结束资料审核"
        danger
        busy={closeMaterials.busy}
        onCancel={() => setClosing(null)}
        onConfirm={() => void closeMaterials.run()}
        testId="progress-close-confirm"
      >
        <Text style={{ display: 'block' }}>系统按评分规则汇总本组每个申报的资料审核得分，申报进入「资料审核已完成」；此操作不能撤销。</Text>
        {closing && closing.submittedSheets < closing.expectedSheets && (
          <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="progress-close-warning">
            本组评分表尚未收齐（{closing.submittedSheets} / {closing.expectedSheets}），服务器将拒绝结束并列出未提交的专家。
          </Text>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
