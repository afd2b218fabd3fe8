import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { PresentationSession, SessionSlot } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { Button } from '../console/kit';
import { StatusTag } from '../console/status-tag';
import { moveItem } from '../review-pages/logic';
import { fmtScore, statusLabel } from '../review-pages/parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { OrderButtons } from './order-buttons';

const OUTCOME_TONE: Record<string, string> = { pending: 'orange', presented: 'green', absent: 'red', forfeited: 'gray' };

export interface SessionCardProps {
  session: PresentationSession;
  /** The panel's size (leader and members), for "submitted / expected"; null when the panel's draw is not loaded. */
  expertCount: number | null;
  onAbsent: (slot: SessionSlot) => void;
  onClose: () => void;
  /** Saves the new order; resolves true when saved (the card then shows the session's own order again). */
  onSaveOrder: (ids: number[]) => Promise<boolean>;
}

/** One session: its teams in order with each one's outcome and scores; while open, reorder, 未到场 and 闭会. */
export function SessionCard({ session, expertCount, onAbsent, onClose, onSaveOrder }: SessionCardProps) {
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
              <Button variant="primary" small onClick={() => void onSaveOrder(order).then((ok) => ok && setOrder(null))} data-testid="session-save-order">
                保存顺序
              </Button>
              <Button small onClick={() => setOrder(null)}>
                撤销调整
              </Button>
            </>
          )}
          {open && (
            <Button variant="danger" small onClick={onClose} data-testid="session-close">
              闭会
            </Button>
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
          <PlainRow>
            <PlainHeadCell style={{ width: '60px' }}>顺序</PlainHeadCell>
            <PlainHeadCell>班组名称</PlainHeadCell>
            <PlainHeadCell>申报企业</PlainHeadCell>
            <PlainHeadCell>申报状态</PlainHeadCell>
            <PlainHeadCell>结果</PlainHeadCell>
            <PlainHeadCell className="qc-table__num">已提交评分</PlainHeadCell>
            <PlainHeadCell className="qc-table__num">发布得分</PlainHeadCell>
            <PlainHeadCell>操作</PlainHeadCell>
          </PlainRow>
        }
      >
        {slots.map((s, k) => (
          <PlainRow key={s.applicationId} data-testid="session-slot" data-key={s.applicationId} data-outcome={s.outcome}>
            <PlainCell>{k + 1}</PlainCell>
            <PlainCell>{s.teamName}</PlainCell>
            <PlainCell>{s.enterpriseName}</PlainCell>
            <PlainCell>{s.status ? <StatusTag status={s.status} label={statusLabel(s.status)} /> : '—'}</PlainCell>
            <PlainCell>
              <Text className={`qc-tag qc-tag--${OUTCOME_TONE[s.outcome] ?? 'gray'}`} data-testid="session-slot-outcome">
                {s.outcomeLabel}
              </Text>
            </PlainCell>
            <PlainCell className="qc-table__num" data-testid="session-slot-submitted">
              {s.submittedCount}
              {expertCount !== null ? ` / ${expertCount}` : ''}
            </PlainCell>
            <PlainCell className="qc-table__num">{fmtScore(s.score)}</PlainCell>
            <PlainCell>
              {open && (
                <View className="rp-inline">
                  <OrderButtons index={k} length={slots.length} testId="session-slot" onMove={(dir) => setOrder(moveItem(slots.map((x) => x.applicationId), k, dir))} />
                  {(s.outcome === 'pending' || s.outcome === 'absent') && (
                    <Button variant="link" onClick={() => onAbsent(s)} data-testid="session-absent">
                      {s.outcome === 'absent' ? '撤销未到场' : '未到场'}
                    </Button>
                  )}
                </View>
              )}
            </PlainCell>
          </PlainRow>
        ))}
      </PlainTable>
    </View>
  );
}
