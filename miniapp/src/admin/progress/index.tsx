import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type PanelOverview, type PanelProgress, type ReviewOverview, type ScoreKind } from '../../api/console-review';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout } from '../console/layout';
import { SidePanel } from '../console/side-panel';
import { StatusTag } from '../console/status-tag';
import { failure, fmtScore, NoticeLine, type Notice, PlainTable, statusLabel } from '../review-pages/parts';
import { PANEL_STATE_TEXT, panelState, sheetPercent } from '../review-pages/logic';
import { ScoreChanges } from '../review-pages/score-changes';
import '../review-pages/review-pages.scss';

const KINDS: ScoreKind[] = ['materials', 'presentation'];
const KIND_TEXT: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };
const SHEET_TEXT: Record<string, string> = { none: '未开始', draft: '草稿', submitted: '已提交', returned: '已退回', void: '作废' };
const SHEET_TONE: Record<string, string> = { none: 'gray', draft: 'orange', submitted: 'green', returned: 'red', void: 'gray' };
const STATE_TONE = { empty: 'gray', scoring: 'orange', ready: 'blue', closed: 'green' } as const;

function OverviewTable({ kind, data, error, loading, onOpen, onClose }: { kind: ScoreKind; data: ReviewOverview | null; error: string; loading: boolean; onOpen: (p: PanelOverview) => void; onClose: (p: PanelOverview) => void }) {
  const panels = data?.panels ?? [];
  return (
    <PlainTable
      testId={`progress-${kind}`}
      colSpan={8}
      loading={loading}
      error={error}
      empty={panels.length === 0}
      head={
        <tr>
          <th style={{ width: '80px' }}>专家组</th>
          <th>组长</th>
          <th className="qc-table__num">专家</th>
          <th className="qc-table__num">申报</th>
          <th style={{ width: '280px' }}>已提交 / 应提交评分表</th>
          <th className="qc-table__num">退回</th>
          <th>{kind === 'materials' ? '已结束' : '已闭会'}</th>
          <th>操作</th>
        </tr>
      }
    >
      {panels.map((p) => {
        const state = panelState(p);
        const percent = sheetPercent(p.submittedSheets, p.expectedSheets);
        return (
          <tr key={p.panelNo} data-testid={`progress-${kind}-row`} data-panel={p.panelNo} data-state={state}>
            <td>第 {p.panelNo} 组</td>
            <td>{p.leader || <Text className="qc-muted">—</Text>}</td>
            <td className="qc-table__num">{p.expertCount}</td>
            <td className="qc-table__num">{p.applicationCount}</td>
            <td>
              <View className="qc-progress">
                <View className="qc-progress__track">
                  <View className="qc-progress__bar" style={{ width: `${percent}%` }} />
                </View>
                <Text data-testid="progress-sheets">
                  {p.submittedSheets} / {p.expectedSheets}
                </Text>
              </View>
            </td>
            <td className="qc-table__num">{p.returnedSheets ? <Text className="qc-tag qc-tag--red">{p.returnedSheets}</Text> : 0}</td>
            <td>
              <Text className={`qc-tag qc-tag--${STATE_TONE[state]}`} data-testid="progress-state">
                {PANEL_STATE_TEXT[state]}
              </Text>{' '}
              <Text className="qc-muted">
                {p.closedApplications} / {p.applicationCount}
              </Text>
            </td>
            <td>
              <button type="button" className="qc-btn qc-btn--link" onClick={() => onOpen(p)} data-testid="progress-open">
                详情
              </button>
              {kind === 'materials' && state !== 'closed' && state !== 'empty' && (
                <button type="button" className="qc-btn qc-btn--link" onClick={() => onClose(p)} data-testid="progress-close-materials">
                  结束资料审核
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </PlainTable>
  );
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
          <table className="qc-table">
            <thead>
              <tr>
                <th>专家</th>
                <th>状态</th>
                <th className="qc-table__num">总分</th>
                <th>退回原因</th>
              </tr>
            </thead>
            <tbody>
              {item.sheets.map((s) => (
                <tr key={s.expertId} data-testid="progress-detail-sheet">
                  <td>{s.expertName}</td>
                  <td>
                    <Text className={`qc-tag qc-tag--${SHEET_TONE[s.status] ?? 'gray'}`} data-status={s.status}>
                      {SHEET_TEXT[s.status] ?? s.status}
                    </Text>
                  </td>
                  <td className="qc-table__num">{s.total === null ? <Text className="qc-muted">—</Text> : fmtScore(s.total)}</td>
                  <td>{s.returnReason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
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

/** 评审进度: each panel's materials and presentation scoring, a panel's sheets in a side panel, and 结束资料审核. */
export default function ProgressPage() {
  const [data, setData] = useState<Record<ScoreKind, ReviewOverview | null>>({ materials: null, presentation: null });
  const [errors, setErrors] = useState<Record<ScoreKind, string>>({ materials: '', presentation: '' });
  const [loading, setLoading] = useState(false);
  const [detail, setDetail] = useState<{ panelNo: number; kind: ScoreKind } | null>(null);
  const [progress, setProgress] = useState<PanelProgress | null>(null);
  const [detailError, setDetailError] = useState('');
  const [closing, setClosing] = useState<PanelOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    void Promise.all(
      KINDS.map((kind) =>
        consoleReviewApi
          .overview(kind)
          .then((r) => {
            setData((d) => ({ ...d, [kind]: r }));
            setErrors((e) => ({ ...e, [kind]: '' }));
          })
          .catch((e: unknown) => {
            const text = failure(e);
            if (text !== null) setErrors((x) => ({ ...x, [kind]: text }));
          }),
      ),
    ).finally(() => setLoading(false));
  }, []);

  useEffect(load, [load]);

  const openDetail = useCallback((panelNo: number, kind: ScoreKind) => {
    setDetail({ panelNo, kind });
    setProgress(null);
    setDetailError('');
    consoleReviewApi
      .panelProgress(panelNo, kind)
      .then(setProgress)
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setDetailError(text);
      });
  }, []);

  const closeMaterials = async () => {
    if (!closing) return;
    setBusy(true);
    try {
      const r = await consoleReviewApi.closeMaterials(closing.panelNo);
      setNotice({ ok: true, text: `第 ${r.panelNo} 组资料审核已结束：${r.reviewed.length} 个申报得出资料审核得分。` });
      load();
      if (detail?.panelNo === closing.panelNo && detail.kind === 'materials') openDetail(closing.panelNo, 'materials');
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `结束资料审核失败：${text}` });
    } finally {
      setBusy(false);
      setClosing(null);
    }
  };

  return (
    <ConsoleLayout
      active="progress"
      title="评审进度"
      subtitle="各专家组资料审核与成果发布的评分进度"
      extra={
        <button type="button" className="qc-btn" onClick={load} data-testid="progress-refresh">
          刷新
        </button>
      }
    >
      <NoticeLine notice={notice} testId="progress-notice" onClose={() => setNotice(null)} />
      <ScoreChanges
        changes={KINDS.flatMap((kind) => (data[kind]?.panels ?? []).flatMap((p) => p.changes ?? []))}
        loading={loading}
        onDecided={(n) => {
          setNotice(n);
          load();
        }}
      />
      {KINDS.map((kind) => (
        <View className="qc-card" key={kind}>
          <Text className="qc-card__title">{KIND_TEXT[kind]}</Text>
          <OverviewTable kind={kind} data={data[kind]} error={errors[kind]} loading={loading} onOpen={(p) => openDetail(p.panelNo, kind)} onClose={(p) => setClosing(p)} />
        </View>
      ))}

      <SidePanel open={detail !== null} title={detail ? `第 ${detail.panelNo} 组 · ${KIND_TEXT[detail.kind]}` : ''} onClose={() => setDetail(null)} testId="progress-panel">
        {detailError && <Text className="qc-alert qc-alert--error">{detailError}</Text>}
        {!detailError && !progress && <Text className="qc-muted">加载中…</Text>}
        {progress && <Detail progress={progress} />}
      </SidePanel>

      <ConfirmDialog
        open={closing !== null}
        title={closing ? `结束第 ${closing.panelNo} 组的资料审核？` : ''}
        confirmText="结束资料审核"
        danger
        busy={busy}
        onCancel={() => setClosing(null)}
        onConfirm={() => void closeMaterials()}
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
