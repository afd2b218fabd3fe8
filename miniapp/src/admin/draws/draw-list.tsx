import { Text } from '@tarojs/components';
import type { DrawSummary } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { Button } from '../console/kit';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

export interface DrawListProps {
  /** Newest first. */
  draws: DrawSummary[];
  currentId: number | null;
  loading: boolean;
  error: string;
  verifying: boolean;
  onOpen: (id: number) => void;
  onVerify: (id: number) => void;
}

/** 历次抽取: every draw of the season with its seed and sizes, whether it was verified, 查看 and 复核. */
export function DrawList({ draws, currentId, loading, error, verifying, onOpen, onVerify }: DrawListProps) {
  return (
    <PlainTable
      testId="draw-list"
      colSpan={9}
      loading={loading}
      error={error}
      empty={draws.length === 0}
      head={
        <PlainRow>
          <PlainHeadCell style={{ width: '70px' }}>编号</PlainHeadCell>
          <PlainHeadCell>抽取时间</PlainHeadCell>
          <PlainHeadCell>种子</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">组数</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">每组人数</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">专家</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">申报</PlainHeadCell>
          <PlainHeadCell>复核</PlainHeadCell>
          <PlainHeadCell>操作</PlainHeadCell>
        </PlainRow>
      }
    >
      {draws.map((d) => (
        <PlainRow key={d.id} data-testid="draw-row" data-key={d.id} className={currentId === d.id ? 'qc-table__row--active' : undefined}>
          <PlainCell className="qc-mono">{d.id}</PlainCell>
          <PlainCell>{formatDateTime(d.drawnAt)}</PlainCell>
          <PlainCell className="qc-mono" style={{ wordBreak: 'break-all', maxWidth: '320px' }}>
            {d.seed}
          </PlainCell>
          <PlainCell className="qc-table__num">{d.panelCount}</PlainCell>
          <PlainCell className="qc-table__num">{d.panelSize}</PlainCell>
          <PlainCell className="qc-table__num">{d.expertCount}</PlainCell>
          <PlainCell className="qc-table__num">{d.applicationCount}</PlainCell>
          <PlainCell>{d.verifiedAt ? <Text className="qc-tag qc-tag--green">已复核 {formatDateTime(d.verifiedAt)}</Text> : <Text className="qc-muted">未复核</Text>}</PlainCell>
          <PlainCell>
            <Button variant="link" onClick={() => onOpen(d.id)} data-testid="draw-open">
              查看
            </Button>
            <Button variant="link" disabled={verifying} onClick={() => onVerify(d.id)} data-testid="draw-verify">
              复核
            </Button>
          </PlainCell>
        </PlainRow>
      ))}
    </PlainTable>
  );
}
