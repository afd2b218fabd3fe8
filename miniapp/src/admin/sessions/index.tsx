import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type PresentationSession } from '../../api/console-review';
import { useAction, useLoaded } from '../../utils/use-request';
import { Button } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { useFailureNotice } from '../console/failure-notice';
import { type Notice, NoticeLine } from '../review-pages/parts';
import { type AbsentTarget, AbsentDialog, CloseSessionDialog } from './session-dialogs';
import { SessionCard } from './session-card';
import { SessionForm } from './session-form';
import '../review-pages/review-pages.scss';

const INVITED_OR_LATER = new Set(['invited', 'presented', 'forfeited', 'graded', 'certified']);

/** The latest draw, whose panels the sessions are for; null before any draw. */
async function latestDraw() {
  const draws = await consoleReviewApi.draws();
  const latest = [...draws.items].sort((a, b) => b.id - a.id)[0];
  return latest ? consoleReviewApi.draw(latest.id) : null;
}

/** 发布会: schedule sessions for a panel's invited teams in order; follow each session; 未到场 and 闭会. */
export default function SessionsPage() {
  const sessions = useLoaded(() => consoleReviewApi.sessions().then((r) => r.items), []);
  const draw = useLoaded(latestDraw, []);
  // Only narrows the teams offered; unreadable, it offers none.
  const invited = useLoaded(() => consoleReviewApi.invitations().then((r) => new Set(r.items.filter((i) => INVITED_OR_LATER.has(i.status)).map((i) => i.applicationId))), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [absent, setAbsent] = useState<AbsentTarget | null>(null);
  const [closing, setClosing] = useState<PresentationSession | null>(null);
  const reorder = useAction((s: PresentationSession, ids: number[]) => consoleReviewApi.reorderSession(s.id, ids));
  useFailureNotice(reorder.error, '保存顺序失败', setNotice);

  const list = sessions.data;
  // An answer replaces its session in the list as it is when the answer arrives, not as it was when the tap was made.
  const shown = useRef(list);
  shown.current = list;
  const scheduled = new Set((list ?? []).flatMap((s) => s.slots.map((x) => x.applicationId)));
  const replace = (next: PresentationSession) => sessions.setData((shown.current ?? []).map((s) => (s.id === next.id ? next : s)));
  const done = (next: PresentationSession, text: string) => {
    replace(next);
    setNotice({ ok: true, text });
  };

  const saveOrder = async (session: PresentationSession, ids: number[]) => {
    const saved = await reorder.run(session, ids);
    if (saved) done(saved, `「${session.title}」的发布顺序已保存。`);
    return saved !== undefined;
  };
  const expertCountOf = (s: PresentationSession) => {
    const p = draw.data && draw.data.id === s.drawId ? draw.data.panels.find((x) => x.panelNo === s.panelNo) : undefined;
    return p ? 1 + p.members.length : null;
  };

  return (
    <ConsoleLayout
      active="sessions"
      title="发布会"
      subtitle="安排成果发布会场次和发布顺序，跟进各班组的发布与评分"
      extra={
        <Button onClick={sessions.reload} data-testid="sessions-refresh">
          刷新
        </Button>
      }
    >
      <NoticeLine notice={notice} testId="sessions-notice" onClose={() => setNotice(null)} />

      <SessionForm
        draw={draw.data}
        drawError={draw.error}
        invited={invited.data ?? new Set()}
        scheduled={scheduled}
        onStart={() => setNotice(null)}
        onCreated={(s) => {
          setNotice({ ok: true, text: `已安排「${s.title}」：${s.slots.length} 个班组。` });
          sessions.reload();
        }}
      />

      {sessions.error && (
        <Text className="qc-alert qc-alert--error" data-testid="sessions-error">
          加载失败：{sessions.error}
        </Text>
      )}
      {!sessions.error && list === null && sessions.loading && <Text className="qc-muted">加载中…</Text>}
      {list && list.length === 0 && (
        <View className="qc-card qc-table__state" data-testid="sessions-empty">
          尚未安排发布会场次
        </View>
      )}
      <View data-testid="sessions-list">
        {(list ?? []).map((s) => (
          <SessionCard
            key={`${s.id}-${s.version}`}
            session={s}
            expertCount={expertCountOf(s)}
            onAbsent={(slot) => setAbsent({ session: s, slot })}
            onClose={() => setClosing(s)}
            onSaveOrder={(ids) => saveOrder(s, ids)}
          />
        ))}
      </View>

      <AbsentDialog target={absent} onDone={done} onCancel={() => setAbsent(null)} onNotice={setNotice} />
      <CloseSessionDialog session={closing} onDone={done} onCancel={() => setClosing(null)} onNotice={setNotice} />
    </ConsoleLayout>
  );
}
