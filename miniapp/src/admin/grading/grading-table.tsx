import { Text } from '@tarojs/components';
import type { Grade } from '@cacem/shared';
import type { GradingItem } from '../../api/console-review';
import { Button } from '../console/kit';
import { fmtScore } from '../review-pages/parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

const GRADE_TONE: Record<Grade, string> = { excellent: 'green', exemplary: 'blue', improving: 'gray' };

function GradeTag({ grade, label, testId }: { grade: Grade; label: string; testId?: string }) {
  return (
    <Text className={`qc-tag qc-tag--${GRADE_TONE[grade]}`} data-testid={testId} data-grade={grade}>
      {label}
    </Text>
  );
}

export interface GradingTableProps {
  items: GradingItem[];
  /** Application ids tied at a grade boundary. */
  ties: ReadonlyMap<number, number>;
  confirmed: boolean;
  loading: boolean;
  error: string;
  onAdjust: (item: GradingItem) => void;
}

/** The teams ranked by total: proposed and decided grade, why, the adjustment's reason, and 调整 until confirmed. */
export function GradingTable({ items, ties, confirmed, loading, error, onAdjust }: GradingTableProps) {
  return (
    <PlainTable
      testId="grading-table"
      colSpan={11}
      loading={loading}
      error={error}
      empty={items.length === 0}
      head={
        <PlainRow>
          <PlainHeadCell style={{ width: '56px' }}>排名</PlainHeadCell>
          <PlainHeadCell>班组名称</PlainHeadCell>
          <PlainHeadCell>申报企业</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">资料审核</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">成果发布</PlainHeadCell>
          <PlainHeadCell className="qc-table__num">总分</PlainHeadCell>
          <PlainHeadCell>建议等级</PlainHeadCell>
          <PlainHeadCell>决定等级</PlainHeadCell>
          <PlainHeadCell style={{ width: '280px' }}>说明</PlainHeadCell>
          <PlainHeadCell>调整理由</PlainHeadCell>
          <PlainHeadCell>操作</PlainHeadCell>
        </PlainRow>
      }
    >
      {items.map((r) => {
        const tied = ties.has(r.applicationId);
        return (
          <PlainRow key={r.applicationId} className={tied ? 'rp-row-tie' : undefined} data-testid="grading-row" data-key={r.applicationId} data-tie={tied ? 'true' : 'false'}>
            <PlainCell>{r.rank}</PlainCell>
            <PlainCell>
              {r.teamName}
              {tied && (
                <Text className="qc-tag qc-tag--orange" style={{ marginLeft: '6px' }} data-testid="grading-tie-tag">
                  边界并列
                </Text>
              )}
            </PlainCell>
            <PlainCell>{r.enterpriseName}</PlainCell>
            <PlainCell className="qc-table__num">{fmtScore(r.materialsScore)}</PlainCell>
            <PlainCell className="qc-table__num">{fmtScore(r.presentationScore)}</PlainCell>
            <PlainCell className="qc-table__num" data-testid="grading-total">
              {fmtScore(r.total)}
            </PlainCell>
            <PlainCell>
              <GradeTag grade={r.proposedGrade} label={r.proposedGradeLabel} />
            </PlainCell>
            <PlainCell>
              <GradeTag grade={r.grade} label={r.gradeLabel} testId="grading-grade" />
              {r.grade !== r.proposedGrade && <Text className="qc-muted">（已调整）</Text>}
            </PlainCell>
            <PlainCell className="qc-table__wrap">{r.explanation}</PlainCell>
            <PlainCell className="qc-table__wrap qc-table__wrap--short">
              {r.adjustmentReason ?? ''}
              {r.rescoreRequired && (
                <Text className="qc-tag qc-tag--orange" style={{ display: 'block' }} data-testid="grading-rescore-tag">
                  评分已重新汇总，待重新{confirmed ? '确认' : '生成'}：{r.rescoreNote ?? ''}
                </Text>
              )}
            </PlainCell>
            <PlainCell>
              {!confirmed && (
                <Button variant="link" onClick={() => onAdjust(r)} data-testid="grading-adjust">
                  调整
                </Button>
              )}
            </PlainCell>
          </PlainRow>
        );
      })}
    </PlainTable>
  );
}
