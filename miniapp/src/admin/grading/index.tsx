import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Grade, GRADE_LABEL, GRADES } from '@cacem/shared';
import { consoleReviewApi, type GradingItem, type GradingView } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout } from '../console/layout';
import { SidePanel } from '../console/side-panel';
import { failure, fmtScore, NoticeLine, type Notice, PlainTable } from '../review-pages/parts';
import { adjustedRows, boundaryTies, capSummary, capWarning } from '../review-pages/logic';
import '../review-pages/review-pages.scss';

type Action = 'propose' | 'confirm' | 'publish' | 'reconfirm';

const GRADE_TONE: Record<Grade, string> = { excellent: 'green', exemplary: 'blue', improving: 'gray' };

function GradeTag({ grade, label, testId }: { grade: Grade; label: string; testId?: string }) {
  return (
    <Text className={`qc-tag qc-tag--${GRADE_TONE[grade]}`} data-testid={testId} data-grade={grade}>
      {label}
    </Text>
  );
}

/** 等级评定: the proposal ranked by total, ties at a boundary, slots against counts; adjust with a reason, confirm, publish. */
export default function GradingPage() {
  const [view, setView] = useState<GradingView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<GradingItem | null>(null);
  const [grade, setGrade] = useState<Grade>('improving');
  const [reason, setReason] = useState('');
  const [adjustError, setAdjustError] = useState('');
  const [saving, setSaving] = useState(false);
  const [reconfirmReason, setReconfirmReason] = useState('');

  const load = useCallback(() => {
    setLoading(true);
    consoleReviewApi
      .grading()
      .then((v) => {
        setView(v);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      })
      .finally(() => setLoading(false));
  }, []);
  useEffect(load, [load]);

  const items = view?.items ?? [];
  const ties = boundaryTies(items);
  const adjusted = adjustedRows(items);
  const caps = view ? capSummary(view.slots, view.counts) : [];
  const proposed = view?.proposed ?? false;
  const confirmed = view?.confirmed ?? false;
  const published = view?.published ?? false;
  const rescore = view?.rescoreRequired ?? false;

  const run = async () => {
    if (!action) return;
    if (action === 'reconfirm' && !reconfirmReason.trim()) {
      setNotice({ ok: false, text: '重新确认等级须填写理由' });
      return;
    }
    setBusy(true);
    try {
      const next =
        action === 'propose'
          ? await consoleReviewApi.propose()
          : action === 'confirm'
            ? await consoleReviewApi.confirmGrades()
            : action === 'reconfirm'
              ? await consoleReviewApi.reconfirmGrades(reconfirmReason.trim())
              : await consoleReviewApi.publishGrades();
      setView(next);
      setNotice({
        ok: true,
        text:
          action === 'propose'
            ? `已生成等级建议：${next.items.length} 个班组。`
            : action === 'confirm'
              ? '等级已确认，不能再调整。'
              : action === 'reconfirm'
                ? '已按重新汇总后的评分重新评定并确认等级。'
                : '评定结果已公布，各班组已收到通知。',
      });
    } catch (e) {
      const text = failure(e);
      const what = action === 'propose' ? '生成建议' : action === 'confirm' ? '确认等级' : action === 'reconfirm' ? '重新确认' : '公布结果';
      if (text !== null) setNotice({ ok: false, text: `${what}失败：${text}` });
    } finally {
      setBusy(false);
      setAction(null);
    }
  };

  const openAdjust = (item: GradingItem) => {
    setEditing(item);
    setGrade(item.grade);
    setReason(item.adjustmentReason ?? '');
    setAdjustError('');
  };

  const saveAdjust = async () => {
    if (!editing) return;
    if (!reason.trim()) {
      setAdjustError('调整等级须填写理由');
      return;
    }
    setSaving(true);
    setAdjustError('');
    try {
      const next = await consoleReviewApi.adjustGrade(editing.applicationId, { grade, reason: reason.trim(), version: editing.version });
      setView(next);
      setNotice({ ok: true, text: `已将「${editing.teamName}」调整为${GRADE_LABEL[grade]}。` });
      setEditing(null);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setAdjustError(text);
    } finally {
      setSaving(false);
    }
  };

  const warning = editing && view ? capWarning(items, view.slots, editing.applicationId, grade) : null;

  return (
    <ConsoleLayout
      active="grading"
      title="等级评定"
      subtitle="按资料审核与成果发布总分排名，在名额内评定卓越级、示范级、改进级"
      extra={
        <>
          {!confirmed && (
            <button type="button" className="qc-btn" disabled={!view} onClick={() => setAction('propose')} data-testid="grading-propose">
              {proposed ? '重新生成建议' : '生成等级建议'}
            </button>
          )}
          {proposed && !confirmed && (
            <button type="button" className="qc-btn qc-btn--primary" onClick={() => setAction('confirm')} data-testid="grading-confirm">
              确认等级
            </button>
          )}
          {confirmed && rescore && (
            <button
              type="button"
              className="qc-btn qc-btn--primary"
              onClick={() => {
                setReconfirmReason('');
                setAction('reconfirm');
              }}
              data-testid="grading-reconfirm"
            >
              重新确认等级
            </button>
          )}
          {confirmed && !published && !rescore && (
            <button type="button" className="qc-btn qc-btn--primary" onClick={() => setAction('publish')} data-testid="grading-publish">
              公布结果
            </button>
          )}
        </>
      }
    >
      <NoticeLine notice={notice} testId="grading-notice" onClose={() => setNotice(null)} />
      {error && (
        <Text className="qc-alert qc-alert--error" data-testid="grading-error">
          加载失败：{error}
        </Text>
      )}

      {rescore && (
        <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }} data-testid="grading-rescore">
          {confirmed
            ? `有班组的评分经秘书处决定已重新汇总（被取消资格专家的评分不予采用），现有等级未自动改变：请「重新确认等级」。${published ? '已公布的结果在重新确认前对班组和公众标注为复核中。' : ''}`
            : '有班组的评分经秘书处决定已重新汇总（被取消资格专家的评分不予采用）：请重新生成等级建议后再确认。'}
        </Text>
      )}
      {view && (
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
            {ties.size > 0 && (
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
              <Text className="qc-muted">已调整 {adjusted.length} 个</Text>
            </View>
          </View>
        </View>
      )}

      <View className="qc-card">
        <PlainTable
          testId="grading-table"
          colSpan={11}
          loading={loading}
          error={error}
          empty={items.length === 0}
          head={
            <tr>
              <th style={{ width: '56px' }}>排名</th>
              <th>班组名称</th>
              <th>申报企业</th>
              <th className="qc-table__num">资料审核</th>
              <th className="qc-table__num">成果发布</th>
              <th className="qc-table__num">总分</th>
              <th>建议等级</th>
              <th>决定等级</th>
              <th style={{ width: '280px' }}>说明</th>
              <th>调整理由</th>
              <th>操作</th>
            </tr>
          }
        >
          {items.map((r) => {
            const tied = ties.has(r.applicationId);
            return (
              <tr key={r.applicationId} className={tied ? 'rp-row-tie' : undefined} data-testid="grading-row" data-key={r.applicationId} data-tie={tied ? 'true' : 'false'}>
                <td>{r.rank}</td>
                <td>
                  {r.teamName}
                  {tied && (
                    <Text className="qc-tag qc-tag--orange" style={{ marginLeft: '6px' }} data-testid="grading-tie-tag">
                      边界并列
                    </Text>
                  )}
                </td>
                <td>{r.enterpriseName}</td>
                <td className="qc-table__num">{fmtScore(r.materialsScore)}</td>
                <td className="qc-table__num">{fmtScore(r.presentationScore)}</td>
                <td className="qc-table__num" data-testid="grading-total">
                  {fmtScore(r.total)}
                </td>
                <td>
                  <GradeTag grade={r.proposedGrade} label={r.proposedGradeLabel} />
                </td>
                <td>
                  <GradeTag grade={r.grade} label={r.gradeLabel} testId="grading-grade" />
                  {r.grade !== r.proposedGrade && <Text className="qc-muted">（已调整）</Text>}
                </td>
                <td className="qc-table__wrap">{r.explanation}</td>
                <td className="qc-table__wrap qc-table__wrap--short">
                  {r.adjustmentReason ?? ''}
                  {r.rescoreRequired && (
                    <Text className="qc-tag qc-tag--orange" style={{ display: 'block' }} data-testid="grading-rescore-tag">
                      评分已重新汇总，待重新{confirmed ? '确认' : '生成'}：{r.rescoreNote ?? ''}
                    </Text>
                  )}
                </td>
                <td>
                  {!confirmed && (
                    <button type="button" className="qc-btn qc-btn--link" onClick={() => openAdjust(r)} data-testid="grading-adjust">
                      调整
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </PlainTable>
      </View>

      <SidePanel open={editing !== null} title={editing ? `调整等级：${editing.teamName}` : ''} onClose={() => setEditing(null)} testId="grading-adjust-panel">
        {editing && (
          <View className="rp-stack">
            <View className="qc-desc">
              <Text className="qc-desc__label">排名</Text>
              <Text className="qc-desc__value">{editing.rank}</Text>
              <Text className="qc-desc__label">总分</Text>
              <Text className="qc-desc__value">{fmtScore(editing.total)}</Text>
              <Text className="qc-desc__label">建议等级</Text>
              <Text className="qc-desc__value">{editing.proposedGradeLabel}</Text>
              <Text className="qc-desc__label">当前等级</Text>
              <Text className="qc-desc__value">{editing.gradeLabel}</Text>
            </View>
            <Text className="qc-muted" style={{ display: 'block' }}>
              {editing.explanation}
            </Text>
            <View>
              <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
                决定的等级
              </Text>
              <View className="rp-inline">
                {GRADES.map((g) => (
                  <label key={g} className="rp-inline">
                    <input type="radio" name="grade" value={g} checked={grade === g} onChange={() => setGrade(g)} data-testid={`grading-adjust-grade-${g}`} />
                    <Text>{GRADE_LABEL[g]}</Text>
                  </label>
                ))}
              </View>
            </View>
            <View>
              <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
                理由（必填，记入审计日志）
              </Text>
              <textarea className="rp-textarea" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="grading-adjust-reason" />
            </View>
            {warning && (
              <Text className="qc-alert qc-alert--warning" data-testid="grading-adjust-warning">
                {warning}（服务器将拒绝）
              </Text>
            )}
            {adjustError && (
              <Text className="qc-alert qc-alert--error" data-testid="grading-adjust-error">
                {adjustError}
              </Text>
            )}
            <View className="rp-inline">
              <button type="button" className="qc-btn qc-btn--primary" disabled={saving} onClick={() => void saveAdjust()} data-testid="grading-adjust-submit">
                {saving ? '保存中…' : '保存调整'}
              </button>
              <button type="button" className="qc-btn" onClick={() => setEditing(null)}>
                取消
              </button>
            </View>
          </View>
        )}
      </SidePanel>

      <ConfirmDialog
        open={action !== null}
        title={action === 'propose' ? (proposed ? '重新生成等级建议？' : '生成等级建议？') : action === 'confirm' ? '确认等级？' : action === 'reconfirm' ? '重新确认等级？' : '公布评定结果？'}
        confirmText={action === 'propose' ? '生成' : action === 'confirm' ? '确认等级' : action === 'reconfirm' ? '重新确认' : '公布结果'}
        danger={action !== 'propose' || adjusted.length > 0}
        busy={busy}
        onCancel={() => setAction(null)}
        onConfirm={() => void run()}
        testId={`grading-${action ?? 'action'}-confirm`}
      >
        {action === 'propose' && (
          <>
            <Text style={{ display: 'block' }}>按资料审核与成果发布总分排名，在名额内给出建议等级；边界处并列的取较低等级并标出。</Text>
            {proposed && (
              <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="grading-propose-warning">
                重新生成会丢弃此前的全部调整{adjusted.length ? `（${adjusted.length} 个：${adjusted.map((a) => a.teamName).join('、')}）` : ''}。
              </Text>
            )}
          </>
        )}
        {action === 'confirm' && (
          <>
            <Text style={{ display: 'block' }}>
              确认 {view?.slots.graded ?? 0} 个班组的等级：卓越级 {view?.counts.excellent ?? 0} 个、示范级 {view?.counts.exemplary ?? 0} 个、改进级 {view?.counts.improving ?? 0} 个。确认后不能再调整或重新生成。
            </Text>
            {ties.size > 0 && (
              <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }}>
                仍有边界并列的班组，请确认已处理。
              </Text>
            )}
          </>
        )}
        {action === 'reconfirm' && (
          <>
            <Text style={{ display: 'block' }}>
              按重新汇总后的评分重新排名并在名额内评定等级，此前的调整将丢弃，结果直接确认；{published ? '已公布的结果以重新确认后的为准，班组看到新的分数与等级。' : '确认后可公布。'}
            </Text>
            <Text className="qc-filters__label" style={{ display: 'block', margin: '12px 0 6px' }}>
              理由（必填，记入审计日志）
            </Text>
            <textarea className="rp-textarea" value={reconfirmReason} maxLength={500} onChange={(e) => setReconfirmReason(e.target.value)} data-testid="grading-reconfirm-reason" />
          </>
        )}
        {action === 'publish' && <Text style={{ display: 'block' }}>公布后各班组进入「已评定等级」，收到通知并可查看等级与说明，获奖名单在公开页面公布；此操作不能撤销。</Text>}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
