import { Text } from '@tarojs/components';
import { consoleReviewApi, type PresentationSession, type SessionSlot } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { useFailureNotice } from '../console/failure-notice';
import type { Notice } from '../review-pages/parts';

export interface AbsentTarget {
  session: PresentationSession;
  slot: SessionSlot;
}

interface DialogProps {
  /** The session changed: its new state and the sentence for the notice line. */
  onDone: (session: PresentationSession, notice: string) => void;
  onCancel: () => void;
  onNotice: (notice: Notice) => void;
}

/** 未到场 / 撤销未到场 for one team of an open session; the dialog closes whatever the answer. */
export function AbsentDialog({ target, onDone, onCancel, onNotice }: DialogProps & { target: AbsentTarget | null }) {
  const mark = useAction((t: AbsentTarget, absent: boolean) => consoleReviewApi.markAbsent(t.session.id, t.slot.applicationId, absent));
  useFailureNotice(mark.error, '操作失败', onNotice);
  const undo = target?.slot.outcome === 'absent';

  const confirm = async (t: AbsentTarget) => {
    const session = await mark.run(t, !undo);
    if (session) onDone(session, undo ? `已撤销「${t.slot.teamName}」的未到场标记。` : `已标记「${t.slot.teamName}」未到场。`);
    onCancel();
  };

  return (
    <ConfirmDialog
      open={target !== null}
      title={target ? (undo ? `撤销「${target.slot.teamName}」的未到场标记？` : `标记「${target.slot.teamName}」未到场？`) : ''}
      confirmText={undo ? '撤销标记' : '标记未到场'}
      danger={!undo}
      busy={mark.busy}
      onCancel={onCancel}
      onConfirm={() => target && void confirm(target)}
      testId="session-absent-confirm"
    >
      <Text style={{ display: 'block' }}>{undo ? '撤销后该班组照常参加发布与评分。' : '标记未到场的班组在闭会时视同放弃，不参加等级评定；已有专家提交评分的班组不能标记。'}</Text>
    </ConfirmDialog>
  );
}

/** Teams nobody has scored yet: closing now makes them 视同放弃. */
const unscored = (s: PresentationSession) => s.slots.filter((x) => x.outcome === 'pending' && x.submittedCount === 0).length;

/** 闭会: the presentation scores are totalled and the teams not scored are taken as withdrawn; it cannot be undone. */
export function CloseSessionDialog({ session, onDone, onCancel, onNotice }: DialogProps & { session: PresentationSession | null }) {
  const close = useAction((s: PresentationSession) => consoleReviewApi.closeSession(s.id));
  useFailureNotice(close.error, '闭会失败', onNotice);

  const confirm = async (s: PresentationSession) => {
    const closed = await close.run(s);
    if (closed) onDone(closed.session, `「${s.title}」已闭会：${closed.presented.length} 个班组完成成果发布，${closed.forfeited.length} 个视同放弃。`);
    onCancel();
  };

  return (
    <ConfirmDialog
      open={session !== null}
      title={session ? `「${session.title}」闭会？` : ''}
      confirmText="闭会"
      danger
      busy={close.busy}
      onCancel={onCancel}
      onConfirm={() => session && void confirm(session)}
      testId="session-close-confirm"
    >
      <Text style={{ display: 'block' }}>闭会后汇总发布评分：全部专家已评分的班组进入「已完成成果发布」，未到场或无人评分的班组视同放弃；此操作不能撤销。</Text>
      {session && unscored(session) > 0 && (
        <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="session-close-warning">
          尚有 {unscored(session)} 个班组无人提交评分，闭会后将视同放弃。
        </Text>
      )}
    </ConfirmDialog>
  );
}
