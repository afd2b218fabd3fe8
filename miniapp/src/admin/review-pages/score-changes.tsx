import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type ScoreChangeView } from '../../api/console-review';
import { changedItems, changeTotalText, formatScore } from '../../expert/score-sheet';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, TextArea } from '../console/kit';
import { failure, type Notice } from './parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

const CHANGE_TONE: Record<ScoreChangeView['status'], string> = { returned: 'orange', pending: 'red', approved: 'green', rejected: 'gray' };

/**
 * 评分更正审核: corrections by experts who had read their colleagues' sheets before their own was returned. The
 * secretariat sees every item before → after and the totals, and approves (the correction counts) or rejects it (the
 * scores before the return stay); until then the panel cannot close.
 */
export function ScoreChanges({ changes, loading, onDecided }: { changes: ScoreChangeView[]; loading: boolean; onDecided: (notice: Notice) => void }) {
  const [deciding, setDeciding] = useState<{ change: ScoreChangeView; decision: 'approved' | 'rejected' } | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  const open = (change: ScoreChangeView, decision: 'approved' | 'rejected') => {
    setDeciding({ change, decision });
    setNote('');
    setError('');
  };

  const decision = useAction(async () => {
    if (!deciding) return;
    try {
      const done = await consoleReviewApi.decideChange(deciding.change.id, deciding.decision, note.trim());
      onDecided({ ok: true, text: `${done.teamName} · ${done.expertName} 的${done.kindLabel}评分更正：${done.statusLabel}` });
      setDeciding(null);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setError(text);
    }
  });

  const pending = changes.filter((c) => c.status === 'pending').length;
  return (
    <View className="qc-card" data-testid="score-changes">
      <Text className="qc-card__title">评分更正审核{pending ? `（${pending} 项待审核）` : ''}</Text>
      <Text className="qc-muted" style={{ display: 'block', marginBottom: '8px' }}>
        专家看过同组评分后被退回并重新提交的评分，须经秘书处审核：同意则更正后的评分生效，不同意则维持退回前的评分。审核前本组不能结束评审。
      </Text>
      <PlainTable
        testId="score-changes-table"
        colSpan={7}
        loading={loading}
        error=""
        empty={changes.length === 0}
        head={
          <PlainRow>
            <PlainHeadCell style={{ width: '80px' }}>专家组</PlainHeadCell>
            <PlainHeadCell>班组 · 专家</PlainHeadCell>
            <PlainHeadCell>类别</PlainHeadCell>
            <PlainHeadCell>退回原因</PlainHeadCell>
            <PlainHeadCell>评分变化</PlainHeadCell>
            <PlainHeadCell>状态</PlainHeadCell>
            <PlainHeadCell>操作</PlainHeadCell>
          </PlainRow>
        }
      >
        {changes.map((c) => (
          <PlainRow key={c.id} data-testid="score-change-row" data-id={c.id} data-status={c.status}>
            <PlainCell>第 {c.panelNo} 组</PlainCell>
            <PlainCell>
              {c.teamName} · {c.expertName}
            </PlainCell>
            <PlainCell>{c.kindLabel}</PlainCell>
            <PlainCell>{c.returnReason}</PlainCell>
            <PlainCell>
              <Text style={{ display: 'block' }} data-testid="score-change-total">
                {changeTotalText(c)}
              </Text>
              {changedItems(c.items).map((i) => (
                <Text key={i.itemId} className="qc-muted" style={{ display: 'block' }}>
                  {i.text}
                </Text>
              ))}
            </PlainCell>
            <PlainCell>
              <Text className={`qc-tag qc-tag--${CHANGE_TONE[c.status]}`}>{c.statusLabel}</Text>
              {c.decisionNote && <Text className="qc-muted" style={{ display: 'block' }}>{c.decisionNote}</Text>}
            </PlainCell>
            <PlainCell>
              {c.status === 'pending' && (
                <>
                  <Button variant="link" onClick={() => open(c, 'approved')} data-testid="score-change-approve">
                    同意
                  </Button>
                  <Button variant="link" onClick={() => open(c, 'rejected')} data-testid="score-change-reject">
                    不同意
                  </Button>
                </>
              )}
            </PlainCell>
          </PlainRow>
        ))}
      </PlainTable>

      <ConfirmDialog
        open={deciding !== null}
        title={deciding ? `${deciding.decision === 'approved' ? '同意' : '不同意'} ${deciding.change.expertName} 对「${deciding.change.teamName}」的评分更正？` : ''}
        confirmText={deciding?.decision === 'approved' ? '同意更正' : '维持原评分'}
        danger={deciding?.decision === 'approved'}
        busy={decision.busy}
        onCancel={() => setDeciding(null)}
        onConfirm={() => {
          // Checked before the call, so that a second tap right after writing the note is not taken for a double tap.
          if (note.trim() === '') setError('请填写审核意见，专家与组长将看到');
          else void decision.run();
        }}
        testId="score-change-confirm"
      >
        {deciding && (
          <>
            <PlainTable
              testId="score-change-diff"
              colSpan={3}
              loading={false}
              error=""
              empty={false}
              head={
                <PlainRow>
                  <PlainHeadCell>评分项</PlainHeadCell>
                  <PlainHeadCell className="qc-table__num">退回前</PlainHeadCell>
                  <PlainHeadCell className="qc-table__num">更正后</PlainHeadCell>
                </PlainRow>
              }
            >
                {deciding.change.items.map((i) => (
                  <PlainRow key={i.itemId} className={i.before !== i.after ? 'rp-row--changed' : ''}>
                    <PlainCell>{i.title}</PlainCell>
                    <PlainCell className="qc-table__num">{formatScore(i.before)}</PlainCell>
                    <PlainCell className="qc-table__num">{formatScore(i.after)}</PlainCell>
                  </PlainRow>
                ))}
                <PlainRow>
                  <PlainCell>总分</PlainCell>
                  <PlainCell className="qc-table__num">{formatScore(deciding.change.before.total)}</PlainCell>
                  <PlainCell className="qc-table__num">{formatScore(deciding.change.after.total)}</PlainCell>
                </PlainRow>
            </PlainTable>
            <Text style={{ display: 'block', margin: '12px 0 4px' }}>审核意见（必填，专家与组长可见，记入审计日志）</Text>
            <TextArea className="rp-textarea" value={note} maxLength={500} onChange={setNote} data-testid="score-change-note" />
            {error && (
              <Text className="qc-alert qc-alert--error" style={{ display: 'block', marginTop: '8px' }} data-testid="score-change-error">
                {error}
              </Text>
            )}
          </>
        )}
      </ConfirmDialog>
    </View>
  );
}
