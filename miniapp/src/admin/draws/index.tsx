import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type DrawPanel, type DrawSummary, type DrawView, type PanelExpert, type VerifyResult } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Field } from '../console/filters';
import { ConsoleLayout } from '../console/layout';
import { failure, NoticeLine, type Notice, PlainTable } from '../review-pages/parts';
import { differenceText, parseDrawForm } from '../review-pages/logic';
import '../review-pages/review-pages.scss';

const expertName = (e: PanelExpert) => `${e.name ?? `专家 ${e.id}`}${e.replacement ? '（替换）' : ''}`;

function PanelCard({ panel, replaced }: { panel: DrawPanel; replaced: number }) {
  return (
    <View className="rp-panel" data-testid="draw-panel" data-panel={panel.panelNo}>
      <View className="rp-panel__head">
        <Text>第 {panel.panelNo} 组</Text>
        <Text className="qc-muted">
          专家 {1 + panel.members.length} 人 · 申报 {panel.applications.length} 个{replaced ? ` · 替换 ${replaced} 次` : ''}
        </Text>
      </View>
      <Text className="rp-panel__line" data-testid="draw-panel-leader">
        组长：<Text className={panel.leader.replacement ? 'qc-tag qc-tag--orange' : ''}>{expertName(panel.leader)}</Text>
      </Text>
      <Text className="rp-panel__line" data-testid="draw-panel-members">
        组员：{panel.members.length ? panel.members.map(expertName).join('、') : <Text className="qc-muted">无</Text>}
      </Text>
      <Text className="rp-panel__line" data-testid="draw-panel-applications">
        评审申报：
        {panel.applications.length ? panel.applications.map((a) => `${a.teamName ?? `申报 ${a.id}`}（${a.id}）`).join('、') : <Text className="qc-muted">无</Text>}
      </Text>
    </View>
  );
}

/** 专家组抽取: draw the panels with a public seed, list the draws, show a draw's panels and re-run it to verify. */
export default function DrawsPage() {
  const [form, setForm] = useState({ panelCount: '', panelSize: '', seed: '' });
  const [formError, setFormError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [draws, setDraws] = useState<DrawSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [current, setCurrent] = useState<DrawView | null>(null);
  const [currentError, setCurrentError] = useState('');
  const [verify, setVerify] = useState<{ drawId: number; result: VerifyResult } | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const open = useCallback((id: number) => {
    setCurrentError('');
    setVerify(null);
    consoleReviewApi
      .draw(id)
      .then(setCurrent)
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setCurrentError(text);
      });
  }, []);

  const load = useCallback(
    (openLatest: boolean) => {
      setLoading(true);
      consoleReviewApi
        .draws()
        .then((r) => {
          setDraws(r.items);
          setError('');
          const latest = [...r.items].sort((a, b) => b.id - a.id)[0];
          if (openLatest && latest) open(latest.id);
        })
        .catch((e: unknown) => {
          const text = failure(e);
          if (text !== null) setError(text);
        })
        .finally(() => setLoading(false));
    },
    [open],
  );

  useEffect(() => load(true), [load]);

  const parsed = parseDrawForm(form);
  const ask = () => {
    setNotice(null);
    if (!parsed.ok) {
      setFormError(parsed.message);
      return;
    }
    setFormError('');
    setConfirming(true);
  };

  const draw = async () => {
    if (!parsed.ok) return;
    setBusy(true);
    try {
      const view = await consoleReviewApi.createDraw(parsed.value);
      setCurrent(view);
      setVerify(null);
      setNotice({ ok: true, text: `已抽取 ${view.panelCount} 个专家组（种子 ${view.seed}），结果已保存并公开。` });
      setForm({ panelCount: '', panelSize: '', seed: '' });
      load(false);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `抽取失败：${text}` });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const runVerify = async (id: number) => {
    setVerifying(true);
    setVerify(null);
    try {
      const result = await consoleReviewApi.verifyDraw(id);
      setVerify({ drawId: id, result });
      if (result.verified) load(false);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `复核失败：${text}` });
    } finally {
      setVerifying(false);
    }
  };

  const sorted = [...(draws ?? [])].sort((a, b) => b.id - a.id);

  return (
    <ConsoleLayout active="draws" title="专家组抽取" subtitle="按公开的种子从可抽取专家中随机组组（回避本企业、本推荐单位），分配初选合格的申报">
      <NoticeLine notice={notice} testId="draw-notice" onClose={() => setNotice(null)} />

      <View className="qc-card">
        <Text className="qc-card__title">新的抽取</Text>
        <form
          className="rp-form"
          data-testid="draw-form"
          onSubmit={(e) => {
            e.preventDefault();
            ask();
          }}
        >
          <Field label="专家组数">
            <input className="qc-input" type="number" min={1} max={100} value={form.panelCount} onChange={(e) => setForm({ ...form, panelCount: e.target.value })} data-testid="draw-panel-count" style={{ width: '120px' }} />
          </Field>
          <Field label="每组人数（含组长）">
            <input className="qc-input" type="number" min={1} max={50} value={form.panelSize} onChange={(e) => setForm({ ...form, panelSize: e.target.value })} data-testid="draw-panel-size" style={{ width: '120px' }} />
          </Field>
          <Field label="种子（可不填）">
            <input className="qc-input" value={form.seed} placeholder="不填则随机生成" maxLength={100} onChange={(e) => setForm({ ...form, seed: e.target.value })} data-testid="draw-seed" style={{ width: '320px' }} />
          </Field>
          <button type="submit" className="qc-btn qc-btn--primary" data-testid="draw-submit">
            抽取专家组
          </button>
        </form>
        {formError && (
          <Text className="qc-alert qc-alert--error" data-testid="draw-form-error" style={{ marginTop: '12px' }}>
            {formError}
          </Text>
        )}
      </View>

      <View className="qc-card">
        <Text className="qc-card__title">历次抽取</Text>
        <PlainTable
          testId="draw-list"
          colSpan={9}
          loading={loading}
          error={error}
          empty={sorted.length === 0}
          head={
            <tr>
              <th style={{ width: '70px' }}>编号</th>
              <th>抽取时间</th>
              <th>种子</th>
              <th className="qc-table__num">组数</th>
              <th className="qc-table__num">每组人数</th>
              <th className="qc-table__num">专家</th>
              <th className="qc-table__num">申报</th>
              <th>复核</th>
              <th>操作</th>
            </tr>
          }
        >
          {sorted.map((d) => (
            <tr key={d.id} data-testid="draw-row" data-key={d.id} className={current?.id === d.id ? 'qc-table__row--active' : undefined}>
              <td className="qc-mono">{d.id}</td>
              <td>{formatDateTime(d.drawnAt)}</td>
              <td className="qc-mono" style={{ wordBreak: 'break-all', maxWidth: '320px' }}>
                {d.seed}
              </td>
              <td className="qc-table__num">{d.panelCount}</td>
              <td className="qc-table__num">{d.panelSize}</td>
              <td className="qc-table__num">{d.expertCount}</td>
              <td className="qc-table__num">{d.applicationCount}</td>
              <td>{d.verifiedAt ? <Text className="qc-tag qc-tag--green">已复核 {formatDateTime(d.verifiedAt)}</Text> : <Text className="qc-muted">未复核</Text>}</td>
              <td>
                <button type="button" className="qc-btn qc-btn--link" onClick={() => open(d.id)} data-testid="draw-open">
                  查看
                </button>
                <button type="button" className="qc-btn qc-btn--link" disabled={verifying} onClick={() => void runVerify(d.id)} data-testid="draw-verify">
                  复核
                </button>
              </td>
            </tr>
          ))}
        </PlainTable>
      </View>

      {currentError && (
        <Text className="qc-alert qc-alert--error" data-testid="draw-detail-error">
          {currentError}
        </Text>
      )}

      {current && (
        <View className="qc-card" data-testid="draw-detail" data-draw={current.id}>
          <View className="rp-panel__head">
            <Text className="qc-card__title">
              第 {current.id} 次抽取 · {formatDateTime(current.drawnAt)}
            </Text>
            <button type="button" className="qc-btn" disabled={verifying} onClick={() => void runVerify(current.id)} data-testid="draw-detail-verify">
              {verifying ? '复核中…' : '复核'}
            </button>
          </View>
          <Text className="qc-card__hint" style={{ display: 'block', marginBottom: '12px' }}>
            种子 <Text className="qc-mono" data-testid="draw-detail-seed">{current.seed}</Text>：任何人可用此种子和保存的专家、申报名单重新抽取，结果应完全一致。
          </Text>
          {verify && verify.drawId === current.id && (
            <View className={`qc-alert ${verify.result.verified ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="draw-verify-result" data-verified={verify.result.verified ? 'true' : 'false'}>
              {verify.result.verified ? (
                <Text>复核一致：用保存的种子重新抽取，结果与保存的完全相同。</Text>
              ) : (
                <View>
                  <Text>复核不一致：</Text>
                  {(verify.result.differences ?? []).map((d, k) => (
                    <View key={k} data-testid="draw-verify-difference" className="qc-mono" style={{ wordBreak: 'break-all' }}>
                      · {differenceText(d)}
                    </View>
                  ))}
                </View>
              )}
            </View>
          )}
          <View className="rp-grid">
            {current.panels.map((p) => (
              <PanelCard key={p.panelNo} panel={p} replaced={current.replacements.filter((r) => r.panelNo === p.panelNo).length} />
            ))}
          </View>
          {current.replacements.length > 0 && (
            <View style={{ marginTop: '16px' }}>
              <Text className="qc-card__title">专家替换</Text>
              <PlainTable
                testId="draw-replacements"
                colSpan={6}
                loading={false}
                error=""
                empty={false}
                head={
                  <tr>
                    <th>组</th>
                    <th>退出专家</th>
                    <th>替换专家</th>
                    <th>原因</th>
                    <th>种子</th>
                    <th>时间</th>
                  </tr>
                }
              >
                {current.replacements.map((r) => (
                  <tr key={r.id} data-testid="draw-replacement">
                    <td>第 {r.panelNo} 组</td>
                    <td>{r.removedExpert.name ?? `专家 ${r.removedExpert.id}`}</td>
                    <td>{r.replacementExpert ? (r.replacementExpert.name ?? `专家 ${r.replacementExpert.id}`) : <Text className="qc-muted">无（本组减员）</Text>}</td>
                    <td>{r.reason}</td>
                    <td className="qc-mono">{r.seed}</td>
                    <td>{formatDateTime(r.replacedAt)}</td>
                  </tr>
                ))}
              </PlainTable>
            </View>
          )}
        </View>
      )}

      <ConfirmDialog
        open={confirming}
        title="确认抽取专家组？"
        confirmText="确认抽取"
        danger
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void draw()}
        testId="draw-confirm"
      >
        {parsed.ok && (
          <Text style={{ display: 'block' }}>
            抽取 {parsed.value.panelCount} 个专家组，每组 {parsed.value.panelSize} 人（含组长），种子：{parsed.value.seed ?? '由系统随机生成'}。
          </Text>
        )}
        <Text style={{ display: 'block', marginTop: '8px' }}>抽取结果连同种子、专家和申报名单一并保存并公开，任何人可据此复核；抽取后各专家即可看到所在的专家组。</Text>
        {sorted.length > 0 && (
          <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="draw-confirm-warning">
            本届已抽取过 {sorted.length} 次，新的抽取将成为最新的专家组。
          </Text>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
