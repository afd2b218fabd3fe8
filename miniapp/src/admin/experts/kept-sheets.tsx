import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { errorText } from '../../api';
import { type KeptSheetDecisionView, keptSheetsApi } from '../../api/kept-sheets';
import { formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { ConfirmDialog } from '../console/confirm-dialog';
import { FormRow } from '../setup-pages/form-bits';

const fmt = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const SHEET_STATUS: Record<string, string> = { submitted: '已提交', draft: '草稿', returned: '已退回', void: '已作废' };

type Choice = 'stand' | 'exclude';

/** What a decision did, in one line for the secretariat. */
function outcomeText(d: KeptSheetDecisionView): string {
  if (!d.decision) return '';
  if (d.decision.decision === 'stand') return `已决定专家「${d.expert.name}」的 ${d.sheets.length} 份保留评分维持有效，成绩不变。`;
  const e = d.decision.effects;
  const scores = (e?.scores ?? []).map((s) => `${s.teamName}${s.kind === 'materials' ? '资料审核' : '成果发布'} ${s.before.toFixed(2)} → ${s.after.toFixed(2)}`).join('；');
  const flagged = e?.gradingFlagged.length ? ` 有 ${e.gradingFlagged.length} 个班组的等级评定须在「等级评定」页重新生成建议或重新确认，此前公布的结果在重新确认前标注为复核中。` : '';
  return `已决定专家「${d.expert.name}」的评分不予采用：${e?.voidedSheetIds.length ?? 0} 份评分表作废${scores ? `，专家组评分重新汇总：${scores}` : ''}。${flagged}`;
}

/**
 * 待决定：被取消资格专家的保留评分. An expert removed after a review stage closed keeps their sheets of that stage with
 * the scores already used; each such removal waits here for the secretariat's decision — the scores stand, or they are
 * excluded (sheets voided, panel scores aggregated again, the grading flagged for re-confirmation) — with a reason.
 */
export function KeptSheetDecisions({ refreshKey }: { refreshKey: number }) {
  const [items, setItems] = useState<KeptSheetDecisionView[] | null>(null);
  const [error, setError] = useState('');
  const [deciding, setDeciding] = useState<{ item: KeptSheetDecisionView; choice: Choice } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<KeptSheetDecisionView | null>(null);

  const load = useCallback(() => {
    keptSheetsApi
      .list('pending')
      .then((r) => {
        setItems(r.items);
        setError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setError(errorText(e));
      });
  }, []);
  useEffect(load, [load, refreshKey]);

  const decide = async () => {
    if (!deciding) return;
    if (reason.trim() === '') {
      setReasonError('请填写决定理由');
      return;
    }
    setBusy(true);
    setReasonError('');
    try {
      const done = await keptSheetsApi.decide(deciding.item.expert.id, { decision: deciding.choice, reason: reason.trim(), version: deciding.item.version });
      setResult(done);
      setDeciding(null);
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setReasonError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (error) {
    return (
      <Text className="qc-alert qc-alert--error" data-testid="kept-sheets-error">
        保留评分的待决定事项加载失败：{error}
      </Text>
    );
  }
  if (!result && (!items || items.length === 0)) return null;

  return (
    <View className="qc-card" data-testid="kept-sheets">
      <Text className="qc-card__title">待决定：被取消资格专家的保留评分{items && items.length > 0 ? `（${items.length}）` : ''}</Text>
      {result && (
        <View className={`qc-alert ${result.decision?.decision === 'exclude' ? 'qc-alert--warning' : 'qc-alert--success'}`} data-testid="kept-sheets-result">
          <Text style={{ display: 'block' }}>{outcomeText(result)}</Text>
          <button type="button" className="qc-btn qc-btn--link" onClick={() => setResult(null)}>
            知道了
          </button>
        </View>
      )}
      {(items ?? []).map((item) => (
        <View key={item.id} style={{ marginBottom: '16px' }} data-testid="kept-sheets-item" data-expert={item.expert.id}>
          <Text style={{ display: 'block' }}>
            专家「{item.expert.name}」于 {formatDateTime(item.expert.removedAt)} 被取消资格（{item.expert.removalReason ?? ''}）。当时相关评审阶段已结束，以下评分保留并已计入成绩；是否继续采用，由秘书处决定。
          </Text>
          <table className="qc-table">
            <thead>
              <tr>
                <th>班组</th>
                <th>评审环节</th>
                <th className="qc-table__num">该专家总分</th>
                <th className="qc-table__num">专家组评分</th>
                <th>评分表</th>
              </tr>
            </thead>
            <tbody>
              {item.sheets.map((s) => (
                <tr key={s.sheetId} data-testid="kept-sheets-row">
                  <td>{s.teamName}</td>
                  <td>{s.kindLabel}</td>
                  <td className="qc-table__num">{fmt(s.total)}</td>
                  <td className="qc-table__num">{fmt(s.panelScore)}</td>
                  <td>{SHEET_STATUS[s.status] ?? s.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <View style={{ marginTop: '8px' }}>
            <button
              type="button"
              className="qc-btn"
              onClick={() => {
                setDeciding({ item, choice: 'stand' });
                setReason('');
                setReasonError('');
              }}
              data-testid="kept-sheets-stand"
            >
              评分维持有效
            </button>
            <button
              type="button"
              className="qc-btn qc-btn--danger"
              style={{ marginLeft: '8px' }}
              onClick={() => {
                setDeciding({ item, choice: 'exclude' });
                setReason('');
                setReasonError('');
              }}
              data-testid="kept-sheets-exclude"
            >
              评分不予采用
            </button>
          </View>
        </View>
      ))}

      <ConfirmDialog
        open={deciding !== null}
        title={deciding?.choice === 'exclude' ? `不予采用专家「${deciding.item.expert.name}」的评分？` : `专家「${deciding?.item.expert.name ?? ''}」的评分维持有效？`}
        confirmText={deciding?.choice === 'exclude' ? '不予采用' : '维持有效'}
        danger={deciding?.choice === 'exclude'}
        busy={busy}
        onCancel={() => setDeciding(null)}
        onConfirm={() => void decide()}
        testId="kept-sheets-confirm"
      >
        <Text style={{ display: 'block' }}>
          {deciding?.choice === 'exclude'
            ? `这 ${deciding.item.sheets.length} 份评分表将作废，相关班组的专家组评分按其余专家的评分重新汇总；已生成的等级不会自动改变，须在「等级评定」页重新生成建议或重新确认，已公布的结果在重新确认前标注为复核中。决定后不能更改。`
            : '评分按已计入的分数维持有效，成绩不变。决定后不能更改。'}
        </Text>
        <FormRow label="理由（必填，记入审计日志）" problems={reasonError ? [reasonError] : undefined} wide>
          <textarea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="kept-sheets-reason" />
        </FormRow>
      </ConfirmDialog>
    </View>
  );
}
