import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type DrawView, type PresentationSession, type SessionSlot } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Field } from '../console/filters';
import { ConsoleLayout } from '../console/layout';
import { StatusTag } from '../console/status-tag';
import { failure, fmtScore, NoticeLine, type Notice, PlainTable, statusLabel } from '../review-pages/parts';
import { moveItem, unscheduled } from '../review-pages/logic';
import '../review-pages/review-pages.scss';

interface Team {
  id: number;
  teamName: string;
}

const OUTCOME_TONE: Record<string, string> = { pending: 'orange', presented: 'green', absent: 'red', forfeited: 'gray' };
const INVITED_OR_LATER = new Set(['invited', 'presented', 'forfeited', 'graded', 'certified']);

/** Up/down buttons for one row of an ordered list. */
function OrderButtons({ index, length, onMove, testId }: { index: number; length: number; onMove: (dir: -1 | 1) => void; testId: string }) {
  return (
    <View className="rp-inline">
      <button type="button" className="qc-btn qc-btn--small" disabled={index === 0} onClick={() => onMove(-1)} data-testid={`${testId}-up`} aria-label="上移">
        ↑
      </button>
      <button type="button" className="qc-btn qc-btn--small" disabled={index === length - 1} onClick={() => onMove(1)} data-testid={`${testId}-down`} aria-label="下移">
        ↓
      </button>
    </View>
  );
}

function SessionCard({
  session,
  expertCount,
  onAbsent,
  onClose,
  onSaveOrder,
}: {
  session: PresentationSession;
  expertCount: number | null;
  onAbsent: (slot: SessionSlot) => void;
  onClose: () => void;
  onSaveOrder: (ids: number[]) => Promise<boolean>;
}) {
  const [order, setOrder] = useState<number[] | null>(null);
  const open = session.status !== 'closed';
  const slots = order ? order.map((id) => session.slots.find((s) => s.applicationId === id)!).filter(Boolean) : session.slots;
  const changed = order !== null && order.some((id, k) => session.slots[k]?.applicationId !== id);
  return (
    <View className="qc-card" data-testid="session-card" data-session={session.id} data-status={session.status}>
      <View className="rp-panel__head">
        <Text>
          {session.title} · {session.date} · {session.venue} · 第 {session.panelNo} 专家组
        </Text>
        <View className="rp-inline">
          <Text className={`qc-tag qc-tag--${open ? 'orange' : 'green'}`} data-testid="session-status">
            {session.statusLabel}
            {session.closedAt ? ` ${formatDateTime(session.closedAt)}` : ''}
          </Text>
          {open && changed && (
            <>
              <button type="button" className="qc-btn qc-btn--primary qc-btn--small" onClick={() => void onSaveOrder(order).then((ok) => ok && setOrder(null))} data-testid="session-save-order">
                保存顺序
              </button>
              <button type="button" className="qc-btn qc-btn--small" onClick={() => setOrder(null)}>
                撤销调整
              </button>
            </>
          )}
          {open && (
            <button type="button" className="qc-btn qc-btn--danger qc-btn--small" onClick={onClose} data-testid="session-close">
              闭会
            </button>
          )}
        </View>
      </View>
      <PlainTable
        testId="session-slots"
        colSpan={8}
        loading={false}
        error=""
        empty={slots.length === 0}
        head={
          <tr>
            <th style={{ width: '60px' }}>顺序</th>
            <th>班组名称</th>
            <th>申报企业</th>
            <th>申报状态</th>
            <th>结果</th>
            <th className="qc-table__num">已提交评分</th>
            <th className="qc-table__num">发布得分</th>
            <th>操作</th>
          </tr>
        }
      >
        {slots.map((s, k) => (
          <tr key={s.applicationId} data-testid="session-slot" data-key={s.applicationId} data-outcome={s.outcome}>
            <td>{k + 1}</td>
            <td>{s.teamName}</td>
            <td>{s.enterpriseName}</td>
            <td>{s.status ? <StatusTag status={s.status} label={statusLabel(s.status)} /> : '—'}</td>
            <td>
              <Text className={`qc-tag qc-tag--${OUTCOME_TONE[s.outcome] ?? 'gray'}`} data-testid="session-slot-outcome">
                {s.outcomeLabel}
              </Text>
            </td>
            <td className="qc-table__num" data-testid="session-slot-submitted">
              {s.submittedCount}
              {expertCount !== null ? ` / ${expertCount}` : ''}
            </td>
            <td className="qc-table__num">{fmtScore(s.score)}</td>
            <td>
              {open && (
                <View className="rp-inline">
                  <OrderButtons index={k} length={slots.length} testId="session-slot" onMove={(dir) => setOrder(moveItem(slots.map((x) => x.applicationId), k, dir))} />
                  {(s.outcome === 'pending' || s.outcome === 'absent') && (
                    <button type="button" className="qc-btn qc-btn--link" onClick={() => onAbsent(s)} data-testid="session-absent">
                      {s.outcome === 'absent' ? '撤销未到场' : '未到场'}
                    </button>
                  )}
                </View>
              )}
            </td>
          </tr>
        ))}
      </PlainTable>
    </View>
  );
}

/** 发布会: schedule sessions for a panel's invited teams in order; follow each session; 未到场 and 闭会. */
export default function SessionsPage() {
  const [sessions, setSessions] = useState<PresentationSession[] | null>(null);
  const [draw, setDraw] = useState<DrawView | null>(null);
  const [invited, setInvited] = useState<Set<number>>(new Set());
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [form, setForm] = useState({ title: '', date: '', venue: '', panelNo: '' });
  const [order, setOrder] = useState<Team[]>([]);
  const [creating, setCreating] = useState(false);
  const [formError, setFormError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [absent, setAbsent] = useState<{ session: PresentationSession; slot: SessionSlot } | null>(null);
  const [closing, setClosing] = useState<PresentationSession | null>(null);
  const [busy, setBusy] = useState(false);

  const loadSessions = useCallback(() => {
    setLoading(true);
    consoleReviewApi
      .sessions()
      .then((r) => {
        setSessions(r.items);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      })
      .finally(() => setLoading(false));
  }, []);

  useEffect(() => {
    loadSessions();
    consoleReviewApi
      .draws()
      .then((r) => {
        const latest = [...r.items].sort((a, b) => b.id - a.id)[0];
        return latest ? consoleReviewApi.draw(latest.id).then(setDraw) : undefined;
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setFormError(`读取专家组失败：${text}`);
      });
    consoleReviewApi
      .invitations()
      .then((r) => setInvited(new Set(r.items.filter((i) => INVITED_OR_LATER.has(i.status)).map((i) => i.applicationId))))
      .catch(() => setInvited(new Set()));
  }, [loadSessions]);

  const scheduled = new Set((sessions ?? []).flatMap((s) => s.slots.map((x) => x.applicationId)));
  const panel = draw?.panels.find((p) => String(p.panelNo) === form.panelNo) ?? null;

  const choosePanel = (panelNo: string) => {
    setForm({ ...form, panelNo });
    const p = draw?.panels.find((x) => String(x.panelNo) === panelNo);
    const teams = p ? unscheduled(p.applications, invited, scheduled).map((a) => ({ id: a.id, teamName: a.teamName ?? `申报 ${a.id}` })) : [];
    setOrder(teams);
  };

  const create = async () => {
    setNotice(null);
    if (!form.title.trim() || !form.date || !form.venue.trim() || !panel) {
      setFormError('请填写场次名称、日期、地点并选择专家组');
      return;
    }
    if (order.length === 0) {
      setFormError('该专家组没有尚未安排的受邀班组');
      return;
    }
    setFormError('');
    setCreating(true);
    try {
      const s = await consoleReviewApi.createSession({ title: form.title.trim(), date: form.date, venue: form.venue.trim(), panelNo: panel.panelNo, applicationIds: order.map((t) => t.id) });
      setNotice({ ok: true, text: `已安排「${s.title}」：${s.slots.length} 个班组。` });
      setForm({ title: '', date: '', venue: '', panelNo: '' });
      setOrder([]);
      loadSessions();
    } catch (e) {
      const text = failure(e);
      if (text !== null) setFormError(`安排失败：${text}`);
    } finally {
      setCreating(false);
    }
  };

  const replace = (next: PresentationSession) => setSessions((list) => (list ?? []).map((s) => (s.id === next.id ? next : s)));

  const saveOrder = async (session: PresentationSession, ids: number[]) => {
    try {
      replace(await consoleReviewApi.reorderSession(session.id, ids));
      setNotice({ ok: true, text: `「${session.title}」的发布顺序已保存。` });
      return true;
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `保存顺序失败：${text}` });
      return false;
    }
  };

  const markAbsent = async () => {
    if (!absent) return;
    const mark = absent.slot.outcome !== 'absent';
    setBusy(true);
    try {
      replace(await consoleReviewApi.markAbsent(absent.session.id, absent.slot.applicationId, mark));
      setNotice({ ok: true, text: mark ? `已标记「${absent.slot.teamName}」未到场。` : `已撤销「${absent.slot.teamName}」的未到场标记。` });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `操作失败：${text}` });
    } finally {
      setBusy(false);
      setAbsent(null);
    }
  };

  const closeSession = async () => {
    if (!closing) return;
    setBusy(true);
    try {
      const r = await consoleReviewApi.closeSession(closing.id);
      replace(r.session);
      setNotice({ ok: true, text: `「${closing.title}」已闭会：${r.presented.length} 个班组完成成果发布，${r.forfeited.length} 个视同放弃。` });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `闭会失败：${text}` });
    } finally {
      setBusy(false);
      setClosing(null);
    }
  };

  const expertCountOf = (s: PresentationSession) => {
    const p = draw && draw.id === s.drawId ? draw.panels.find((x) => x.panelNo === s.panelNo) : undefined;
    return p ? 1 + p.members.length : null;
  };
  const pendingOf = (s: PresentationSession) => s.slots.filter((x) => x.outcome === 'pending' && x.submittedCount === 0).length;

  return (
    <ConsoleLayout
      active="sessions"
      title="发布会"
      subtitle="安排成果发布会场次和发布顺序，跟进各班组的发布与评分"
      extra={
        <button type="button" className="qc-btn" onClick={loadSessions} data-testid="sessions-refresh">
          刷新
        </button>
      }
    >
      <NoticeLine notice={notice} testId="sessions-notice" onClose={() => setNotice(null)} />

      <View className="qc-card">
        <Text className="qc-card__title">安排场次</Text>
        <form
          className="rp-form"
          data-testid="session-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <Field label="场次名称">
            <input className="qc-input" value={form.title} maxLength={100} placeholder="如：第一场（土建）" onChange={(e) => setForm({ ...form, title: e.target.value })} data-testid="session-title" style={{ width: '220px' }} />
          </Field>
          <Field label="日期">
            <input className="qc-input" type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} data-testid="session-date" style={{ width: '160px' }} />
          </Field>
          <Field label="地点">
            <input className="qc-input" value={form.venue} maxLength={200} onChange={(e) => setForm({ ...form, venue: e.target.value })} data-testid="session-venue" style={{ width: '260px' }} />
          </Field>
          <Field label="专家组">
            <select className="qc-select" value={form.panelNo} onChange={(e) => choosePanel(e.target.value)} data-testid="session-panel" style={{ width: '200px' }}>
              <option value="">请选择</option>
              {(draw?.panels ?? []).map((p) => (
                <option key={p.panelNo} value={String(p.panelNo)}>
                  第 {p.panelNo} 组（组长 {p.leader.name ?? p.leader.id}）
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="qc-btn qc-btn--primary" disabled={creating} data-testid="session-create">
            {creating ? '安排中…' : '安排场次'}
          </button>
        </form>
        {formError && (
          <Text className="qc-alert qc-alert--error" style={{ marginTop: '12px' }} data-testid="session-form-error">
            {formError}
          </Text>
        )}
        {panel && (
          <View style={{ marginTop: '12px' }} data-testid="session-order">
            <Text className="qc-card__hint" style={{ display: 'block', marginBottom: '8px' }}>
              第 {panel.panelNo} 组评审的受邀班组（尚未安排场次的），按发布顺序排列；可上移、下移或移出本场。
            </Text>
            <PlainTable
              testId="session-order-table"
              colSpan={3}
              loading={false}
              error=""
              empty={order.length === 0}
              head={
                <tr>
                  <th style={{ width: '60px' }}>顺序</th>
                  <th>班组</th>
                  <th>调整</th>
                </tr>
              }
            >
              {order.map((t, k) => (
                <tr key={t.id} data-testid="session-order-row" data-key={t.id}>
                  <td>{k + 1}</td>
                  <td>
                    {t.teamName}（{t.id}）
                  </td>
                  <td>
                    <View className="rp-inline">
                      <OrderButtons index={k} length={order.length} testId="session-order" onMove={(dir) => setOrder(moveItem(order, k, dir))} />
                      <button type="button" className="qc-btn qc-btn--link" onClick={() => setOrder(order.filter((x) => x.id !== t.id))} data-testid="session-order-remove">
                        移出
                      </button>
                    </View>
                  </td>
                </tr>
              ))}
            </PlainTable>
          </View>
        )}
      </View>

      {error && (
        <Text className="qc-alert qc-alert--error" data-testid="sessions-error">
          加载失败：{error}
        </Text>
      )}
      {!error && sessions === null && loading && <Text className="qc-muted">加载中…</Text>}
      {sessions && sessions.length === 0 && (
        <View className="qc-card qc-table__state" data-testid="sessions-empty">
          尚未安排发布会场次
        </View>
      )}
      <View data-testid="sessions-list">
        {(sessions ?? []).map((s) => (
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

      <ConfirmDialog
        open={absent !== null}
        title={absent ? (absent.slot.outcome === 'absent' ? `撤销「${absent.slot.teamName}」的未到场标记？` : `标记「${absent.slot.teamName}」未到场？`) : ''}
        confirmText={absent?.slot.outcome === 'absent' ? '撤销标记' : '标记未到场'}
        danger={absent?.slot.outcome !== 'absent'}
        busy={busy}
        onCancel={() => setAbsent(null)}
        onConfirm={() => void markAbsent()}
        testId="session-absent-confirm"
      >
        <Text style={{ display: 'block' }}>
          {absent?.slot.outcome === 'absent' ? '撤销后该班组照常参加发布与评分。' : '标记未到场的班组在闭会时视同放弃，不参加等级评定；已有专家提交评分的班组不能标记。'}
        </Text>
      </ConfirmDialog>

      <ConfirmDialog
        open={closing !== null}
        title={closing ? `「${closing.title}」闭会？` : ''}
        confirmText="闭会"
        danger
        busy={busy}
        onCancel={() => setClosing(null)}
        onConfirm={() => void closeSession()}
        testId="session-close-confirm"
      >
        <Text style={{ display: 'block' }}>闭会后汇总发布评分：全部专家已评分的班组进入「已完成成果发布」，未到场或无人评分的班组视同放弃；此操作不能撤销。</Text>
        {closing && pendingOf(closing) > 0 && (
          <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="session-close-warning">
            尚有 {pendingOf(closing)} 个班组无人提交评分，闭会后将视同放弃。
          </Text>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
