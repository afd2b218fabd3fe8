import { useState } from 'react';
import { Text } from '@tarojs/components';
import { consoleReviewApi, type GradingItem, type GradingView } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, TextArea } from '../console/kit';
import { failure, type Notice } from '../review-pages/parts';

export type GradingAction = 'propose' | 'confirm' | 'publish' | 'reconfirm';

const TITLE: Record<GradingAction, string> = { propose: '生成等级建议？', confirm: '确认等级？', reconfirm: '重新确认等级？', publish: '公布评定结果？' };
const CONFIRM_TEXT: Record<GradingAction, string> = { propose: '生成', confirm: '确认等级', reconfirm: '重新确认', publish: '公布结果' };
const WHAT: Record<GradingAction, string> = { propose: '生成建议', confirm: '确认等级', reconfirm: '重新确认', publish: '公布结果' };

/** The header's buttons: only the next step the grading's state allows. */
export function GradingButtons({ view, onAction }: { view: GradingView | null; onAction: (action: GradingAction) => void }) {
  const proposed = view?.proposed ?? false;
  const confirmed = view?.confirmed ?? false;
  const rescore = view?.rescoreRequired ?? false;
  return (
    <>
      {!confirmed && (
        <Button disabled={!view} onClick={() => onAction('propose')} data-testid="grading-propose">
          {proposed ? '重新生成建议' : '生成等级建议'}
        </Button>
      )}
      {proposed && !confirmed && (
        <Button variant="primary" onClick={() => onAction('confirm')} data-testid="grading-confirm">
          确认等级
        </Button>
      )}
      {confirmed && rescore && (
        <Button variant="primary" onClick={() => onAction('reconfirm')} data-testid="grading-reconfirm">
          重新确认等级
        </Button>
      )}
      {confirmed && !view?.published && !rescore && (
        <Button variant="primary" onClick={() => onAction('publish')} data-testid="grading-publish">
          公布结果
        </Button>
      )}
    </>
  );
}

export interface GradingActionDialogProps {
  action: GradingAction;
  view: GradingView | null;
  tied: boolean;
  adjusted: GradingItem[];
  onNotice: (notice: Notice) => void;
  onView: (next: GradingView) => void;
  onClose: () => void;
}

/** Confirms one step of the grading (with the reason a re-confirmation needs) and runs it. */
export function GradingActionDialog({ action, view, tied, adjusted, onNotice, onView, onClose }: GradingActionDialogProps) {
  const [reason, setReason] = useState('');
  const proposed = view?.proposed ?? false;
  const published = view?.published ?? false;

  const send = () =>
    action === 'propose'
      ? consoleReviewApi.propose()
      : action === 'confirm'
        ? consoleReviewApi.confirmGrades()
        : action === 'reconfirm'
          ? consoleReviewApi.reconfirmGrades(reason.trim())
          : consoleReviewApi.publishGrades();

  const run = useAction(async () => {
    try {
      const next = await send();
      onView(next);
      onNotice({
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
      if (text !== null) onNotice({ ok: false, text: `${WHAT[action]}失败：${text}` });
    } finally {
      onClose();
    }
  });

  const confirm = () => {
    if (action === 'reconfirm' && !reason.trim()) {
      onNotice({ ok: false, text: '重新确认等级须填写理由' });
      return;
    }
    void run.run();
  };

  return (
    <ConfirmDialog
      open
      title={action === 'propose' && proposed ? '重新生成等级建议？' : TITLE[action]}
      confirmText={CONFIRM_TEXT[action]}
      danger={action !== 'propose' || adjusted.length > 0}
      busy={run.busy}
      onCancel={onClose}
      onConfirm={confirm}
      testId={`grading-${action}-confirm`}
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
          {tied && (
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
          <TextArea className="rp-textarea" value={reason} maxLength={500} onChange={setReason} data-testid="grading-reconfirm-reason" />
        </>
      )}
      {action === 'publish' && <Text style={{ display: 'block' }}>公布后各班组进入「已评定等级」，收到通知并可查看等级与说明，获奖名单在公开页面公布；此操作不能撤销。</Text>}
    </ConfirmDialog>
  );
}
