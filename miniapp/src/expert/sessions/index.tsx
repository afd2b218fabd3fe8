import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { errorText, isApiError } from '../../api';
import { PANEL_ROLE_TEXT, sessionApi, type PresentationSession, type SessionSlot } from '../../api/review';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../confirm-dialog';
import { progressUrl, scoreUrl } from '../routes';
import { formatScore } from '../score-sheet';
import { SheetBadge } from '../sheet-badge';
import './index.scss';

type Pending = { action: 'absent'; session: PresentationSession; slot: SessionSlot; absent: boolean } | { action: 'close'; session: PresentationSession };

export default function ExpertSessionsPage() {
  const loaded = useLoaded(async () => (await sessionApi.mine()).items, []);
  useReloadOnShow(loaded);
  const { data: items, error, reload: load } = loaded;
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialogError, setDialogError] = useState('');
  const [busy, setBusy] = useState(false);

  const ask = (p: Pending) => {
    setDialogError('');
    setPending(p);
  };

  // Not useAction: the refusal is shown in the dialog with its first problems one per line.
  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.action === 'absent') await sessionApi.markAbsent(pending.session.id, pending.slot.applicationId, pending.absent);
      else await sessionApi.close(pending.session.id);
      void Taro.showToast({ title: pending.action === 'close' ? '已闭会' : '已更新', icon: 'success' });
      setPending(null);
      load();
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      const problems = isApiError(e) ? e.problems.map((p) => p.message) : [];
      setDialogError([errorText(e), ...problems.slice(0, 5)].join('\n'));
    } finally {
      setBusy(false);
    }
  };

  const dialog =
    pending?.action === 'close'
      ? {
          title: '闭会',
          message: `结束「${pending.session.title}」：汇总发布评分，已发布的班组进入「已完成成果发布」，标记未到场或未发布的班组视同放弃。闭会后不能再评分。确定闭会？`,
          confirmText: '确认闭会',
        }
      : pending?.action === 'absent'
        ? pending.absent
          ? {
              title: '标记未到场',
              message: `将「${pending.slot.teamName}」标记为未到场？闭会时视同放弃；班组到场后可撤销标记。`,
              confirmText: '确认未到场',
            }
          : { title: '撤销未到场', message: `「${pending.slot.teamName}」已到场，撤销未到场标记？`, confirmText: '确认撤销' }
        : null;

  return (
    <View className="qt-page qt-exp-sessions" data-testid="exp-sessions">
      <Text className="qt-page__title">发布会场次</Text>
      {error !== '' && (
        <Text className="qt-error" data-testid="exp-sessions-error">
          {error}
        </Text>
      )}
      {items === null && error === '' && <Text className="qt-hint">正在加载…</Text>}
      {items?.length === 0 && (
        <Text className="qt-exp__empty" data-testid="exp-sessions-empty">
          暂无发布会场次。{'\n'}秘书处安排后，本组的场次和发布顺序会出现在这里。
        </Text>
      )}
      {items?.map((session) => {
        const leader = session.role === 'leader';
        const open = session.status === 'scheduled';
        return (
          <View key={session.id} className="qt-card" data-testid="exp-session" data-session-id={String(session.id)}>
            <View className="qt-exp-sessions__head">
              <Text className="qt-exp-sessions__title">{session.title}</Text>
              <Text className={`qt-exp-sessions__status qt-exp-sessions__status--${session.status}`} data-testid="exp-session-status">
                {session.statusLabel}
              </Text>
            </View>
            <View className="qt-exp__line">
              <Text className="qt-exp__line-label">日期</Text>
              <Text className="qt-exp__line-value">{session.date}</Text>
            </View>
            <View className="qt-exp__line">
              <Text className="qt-exp__line-label">地点</Text>
              <Text className="qt-exp__line-value">{session.venue}</Text>
            </View>
            <View className="qt-exp__line">
              <Text className="qt-exp__line-label">评审组</Text>
              <Text className="qt-exp__line-value">
                第 {session.panelNo} 组{session.role ? ` · 我是${PANEL_ROLE_TEXT[session.role]}` : ''}
              </Text>
            </View>
            <Text className="qt-exp__group-title">发布顺序（点班组进入评分）</Text>
            {session.slots.map((slot) => (
              <View key={slot.applicationId} className={`qt-exp-sessions__slot qt-exp-sessions__slot--${slot.outcome}`} data-testid="exp-session-slot">
                <Text className="qt-exp-sessions__pos" data-testid="exp-session-pos">
                  {slot.position}
                </Text>
                <View
                  className="qt-exp-sessions__slot-main"
                  data-testid="exp-session-slot-open"
                  onClick={() => void Taro.navigateTo({ url: scoreUrl(slot.applicationId, 'presentation') })}
                >
                  <Text className="qt-exp-sessions__slot-name">{slot.teamName}</Text>
                  <Text className="qt-exp-sessions__slot-meta">{slot.enterpriseName}</Text>
                  <View className="qt-exp-sessions__slot-facts">
                    <Text className={`qt-exp-sessions__outcome qt-exp-sessions__outcome--${slot.outcome}`} data-testid="exp-session-outcome">
                      {slot.outcomeLabel}
                    </Text>
                    <Text className="qt-exp-sessions__slot-meta">
                      {slot.submittedCount} 位专家已提交
                      {slot.score !== null ? ` · 得分 ${formatScore(slot.score)}` : ''}
                    </Text>
                  </View>
                </View>
                <View className="qt-exp-sessions__slot-side">
                  {slot.mySheet && <SheetBadge status={slot.mySheet.status} total={slot.mySheet.total} />}
                  {leader && open && (slot.outcome === 'pending' || slot.outcome === 'absent') && (
                    <Button
                      className="qt-exp-sessions__absent"
                      fill="outline"
                      type={slot.outcome === 'absent' ? 'default' : 'danger'}
                      data-testid="exp-session-absent"
                      onClick={() => ask({ action: 'absent', session, slot, absent: slot.outcome !== 'absent' })}
                    >
                      {slot.outcome === 'absent' ? '撤销未到场' : '未到场'}
                    </Button>
                  )}
                </View>
              </View>
            ))}
            {leader && (
              <View className="qt-actions">
                <Button size="large" block onClick={() => void Taro.navigateTo({ url: progressUrl(session.panelNo, 'presentation') })}>
                  本组发布评分进度
                </Button>
                {open && (
                  <Button type="primary" size="large" block data-testid="exp-session-close" onClick={() => ask({ action: 'close', session })}>
                    闭会
                  </Button>
                )}
              </View>
            )}
          </View>
        );
      })}

      <ConfirmDialog
        visible={pending !== null}
        title={dialog?.title ?? ''}
        message={dialog?.message ?? ''}
        confirmText={dialog?.confirmText ?? '确定'}
        danger={pending?.action === 'absent' && pending.absent}
        busy={busy}
        error={dialogError}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        testId="exp-session-confirm"
      />
    </View>
  );
}
