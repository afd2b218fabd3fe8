import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Grade, GRADE_LABEL, GRADES } from '@cacem/shared';
import { consoleReviewApi, type GradingItem, type GradingView } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { Button, Check, TextArea } from '../console/kit';
import { SidePanel } from '../console/side-panel';
import { capWarning } from '../review-pages/logic';
import { fmtScore } from '../review-pages/parts';

export interface AdjustPanelProps {
  /** The team being adjusted; null: the panel is closed. */
  editing: GradingItem | null;
  view: GradingView | null;
  onClose: () => void;
  /** The server accepted the adjustment: its new view, and the sentence to show. */
  onSaved: (next: GradingView, text: string) => void;
}

/** 调整等级: another grade for one team, with the reason for the audit log; warns before the server refuses a cap. */
export function AdjustPanel({ editing, view, onClose, onSaved }: AdjustPanelProps) {
  return (
    <SidePanel open={editing !== null} title={editing ? `调整等级：${editing.teamName}` : ''} onClose={onClose} testId="grading-adjust-panel">
      {editing && <AdjustForm editing={editing} view={view} onClose={onClose} onSaved={onSaved} />}
    </SidePanel>
  );
}

// Mounted with each opening, so it starts from the team's current grade and reason.
function AdjustForm({ editing, view, onClose, onSaved }: AdjustPanelProps & { editing: GradingItem }) {
  const [grade, setGrade] = useState<Grade>(editing.grade);
  const [reason, setReason] = useState(editing.adjustmentReason ?? '');
  const [error, setError] = useState('');

  const save = useAction(async () => {
    const next = await consoleReviewApi.adjustGrade(editing.applicationId, { grade, reason: reason.trim(), version: editing.version });
    onSaved(next, `已将「${editing.teamName}」调整为${GRADE_LABEL[grade]}。`);
  });
  // The reason is checked before the call, so a tap refused for it never counts as one in flight.
  const submit = () => {
    if (!reason.trim()) {
      setError('调整等级须填写理由');
      return;
    }
    setError('');
    void save.run();
  };
  const shown = error || save.error;

  const warning = view ? capWarning(view.items, view.slots, editing.applicationId, grade) : null;

  return (
    <View className="rp-stack">
      <View className="qc-desc">
        <Text className="qc-desc__label">排名</Text>
        <Text className="qc-desc__value">{editing.rank}</Text>
        <Text className="qc-desc__label">总分</Text>
        <Text className="qc-desc__value">{fmtScore(editing.total)}</Text>
        <Text className="qc-desc__label">建议等级</Text>
        <Text className="qc-desc__value">{editing.proposedGradeLabel}</Text>
        <Text className="qc-desc__label">当前等级</Text>
        <Text className="qc-desc__value">{editing.gradeLabel}</Text>
      </View>
      <Text className="qc-muted" style={{ display: 'block' }}>
        {editing.explanation}
      </Text>
      <View>
        <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
          决定的等级
        </Text>
        <View className="rp-inline">
          {GRADES.map((g) => (
            <Check
              key={g}
              radio
              name="grade"
              value={g}
              checked={grade === g}
              onChange={() => setGrade(g)}
              label={<Text>{GRADE_LABEL[g]}</Text>}
              labelClassName="rp-inline"
              data-testid={`grading-adjust-grade-${g}`}
            />
          ))}
        </View>
      </View>
      <View>
        <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
          理由（必填，记入审计日志）
        </Text>
        <TextArea className="rp-textarea" value={reason} maxLength={500} onChange={setReason} data-testid="grading-adjust-reason" />
      </View>
      {warning && (
        <Text className="qc-alert qc-alert--warning" data-testid="grading-adjust-warning">
          {warning}（服务器将拒绝）
        </Text>
      )}
      {shown && (
        <Text className="qc-alert qc-alert--error" data-testid="grading-adjust-error">
          {shown}
        </Text>
      )}
      <View className="rp-inline">
        <Button variant="primary" disabled={save.busy} onClick={submit} data-testid="grading-adjust-submit">
          {save.busy ? '保存中…' : '保存调整'}
        </Button>
        <Button onClick={onClose}>取消</Button>
      </View>
    </View>
  );
}
