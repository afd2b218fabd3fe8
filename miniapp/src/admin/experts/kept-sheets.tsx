import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type KeptSheetDecisionView, keptSheetsApi } from '../../api/kept-sheets';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, TextArea } from '../console/kit';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
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
  const pending = useLoaded(() => keptSheetsApi.list('pending').then((r) => r.items), [refreshKey]);
  const [deciding, setDeciding] = useState<{ item: KeptSheetDecisionView; choice: Choice } | null>(null);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<KeptSheetDecisionView | null>(null);
  const decision = useAction((d: { item: KeptSheetDecisionView; choice: Choice }, why: string) =>
    keptSheetsApi.decide(d.item.expert.id, { decision: d.choice, reason: why, version: d.item.version }),
  );
  const items = pending.data;

  const ask = (item: KeptSheetDecisionView, choice: Choice) => {
    setDeciding({ item, choice });
    setReason('');
    decision.setError('');
  };
  const decide = async () => {
    if (!deciding) return;
    if (reason.trim() === '') {
      decision.setError('请填写决定理由');
      return;
    }
    const done = await decision.run(deciding, reason.trim());
    if (!done) return;
    setResult(done);
    setDeciding(null);
    pending.reload();
  };

  if (pending.error) {
    return (
      <Text className="qc-alert qc-alert--error" data-testid="kept-sheets-error">
        保留评分的待决定事项加载失败：{pending.error}
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
          <Button variant="link" onClick={() => setResult(null)}>
            知道了
          </Button>
        </View>
      )}
      {(items ?? []).map((item) => (
        <View key={item.id} style={{ marginBottom: '16px' }} data-testid="kept-sheets-item" data-expert={item.expert.id}>
          <Text style={{ display: 'block' }}>
            专家「{item.expert.name}」于 {formatDateTime(item.expert.removedAt)} 被取消资格（{item.expert.removalReason ?? ''}）。当时相关评审阶段已结束，以下评分保留并已计入成绩；是否继续采用，由秘书处决定。
          </Text>
          <PlainTable
            testId="kept-sheets-table"
            colSpan={5}
            loading={false}
            error=""
            empty={false}
            head={
              <PlainRow>
                <PlainHeadCell>班组</PlainHeadCell>
                <PlainHeadCell>评审环节</PlainHeadCell>
                <PlainHeadCell className="qc-table__num">该专家总分</PlainHeadCell>
                <PlainHeadCell className="qc-table__num">专家组评分</PlainHeadCell>
                <PlainHeadCell>评分表</PlainHeadCell>
              </PlainRow>
            }
          >
            {item.sheets.map((s) => (
              <PlainRow key={s.sheetId} data-testid="kept-sheets-row">
                <PlainCell>{s.teamName}</PlainCell>
                <PlainCell>{s.kindLabel}</PlainCell>
                <PlainCell className="qc-table__num">{fmt(s.total)}</PlainCell>
                <PlainCell className="qc-table__num">{fmt(s.panelScore)}</PlainCell>
                <PlainCell>{SHEET_STATUS[s.status] ?? s.status}</PlainCell>
              </PlainRow>
            ))}
          </PlainTable>
          <View style={{ marginTop: '8px' }}>
            <Button onClick={() => ask(item, 'stand')} data-testid="kept-sheets-stand">
              评分维持有效
            </Button>
            <Button variant="danger" style={{ marginLeft: '8px' }} onClick={() => ask(item, 'exclude')} data-testid="kept-sheets-exclude">
              评分不予采用
            </Button>
          </View>
        </View>
      ))}

      <ConfirmDialog
        open={deciding !== null}
        title={deciding?.choice === 'exclude' ? `不予采用专家「${deciding.item.expert.name}」的评分？` : `专家「${deciding?.item.expert.name ?? ''}」的评分维持有效？`}
        confirmText={deciding?.choice === 'exclude' ? '不予采用' : '维持有效'}
        danger={deciding?.choice === 'exclude'}
        busy={decision.busy}
        onCancel={() => setDeciding(null)}
        onConfirm={() => void decide()}
        testId="kept-sheets-confirm"
      >
        <Text style={{ display: 'block' }}>
          {deciding?.choice === 'exclude'
            ? `这 ${deciding.item.sheets.length} 份评分表将作废，相关班组的专家组评分按其余专家的评分重新汇总；已生成的等级不会自动改变，须在「等级评定」页重新生成建议或重新确认，已公布的结果在重新确认前标注为复核中。决定后不能更改。`
            : '评分按已计入的分数维持有效，成绩不变。决定后不能更改。'}
        </Text>
        <FormRow label="理由（必填，记入审计日志）" problems={decision.error ? [decision.error] : undefined} wide>
          <TextArea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={setReason} data-testid="kept-sheets-reason" />
        </FormRow>
      </ConfirmDialog>
    </View>
  );
}
