import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AuditItem } from '../../api/console';
import { formatDateTime } from '../../utils/format';
import { ROLE_LABEL } from '../../utils/routes';
import { changedCount, diffObjects } from '../console/diff';
import { Check } from '../console/kit';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';

/** One audit record in the side panel: who did what to which object, and every field before and after side by side. */
export function AuditDetail({ entry }: { entry: AuditItem }) {
  const rows = useMemo(() => diffObjects(entry.before, entry.after), [entry]);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const shown = onlyChanged ? rows.filter((r) => r.change !== 'same') : rows;
  return (
    <View data-testid="audit-detail">
      <View className="qc-desc">
        <Text className="qc-desc__label">时间</Text>
        <Text className="qc-desc__value">{formatDateTime(entry.at)}</Text>
        <Text className="qc-desc__label">操作人</Text>
        <Text className="qc-desc__value">
          {entry.actorLabel} <Text className="qc-mono qc-muted">{entry.actor}</Text>
        </Text>
        <Text className="qc-desc__label">操作</Text>
        <Text className="qc-desc__value qc-mono">{entry.action}</Text>
        <Text className="qc-desc__label">对象</Text>
        <Text className="qc-desc__value qc-mono">{`${entry.entity} #${entry.entityId}`}</Text>
        <Text className="qc-desc__label">角色</Text>
        <Text className="qc-desc__value">{entry.role ? (ROLE_LABEL[entry.role as keyof typeof ROLE_LABEL] ?? entry.role) : '—'}</Text>
        <Text className="qc-desc__label">请求编号</Text>
        <Text className="qc-desc__value qc-mono" data-testid="audit-request-id">
          {entry.requestId ?? '—'}
        </Text>
      </View>
      <View className="qa-diff-head">
        <Text>
          共 {rows.length} 个字段，<Text className="qa-diff-head__changed">{changedCount(rows)} 个有变化</Text>
        </Text>
        <Check checked={onlyChanged} onChange={setOnlyChanged} data-testid="audit-only-changed" label="只看变化" labelClassName="qa-diff-head__toggle" />
      </View>
      <PlainTable
        testId="audit-diff"
        className="qa-diff"
        colSpan={3}
        loading={false}
        error=""
        empty={shown.length === 0}
        emptyText="此记录没有前后内容"
        head={
          <PlainRow>
            <PlainHeadCell style={{ width: '28%' }}>字段</PlainHeadCell>
            <PlainHeadCell data-testid="audit-before-head">变更前</PlainHeadCell>
            <PlainHeadCell data-testid="audit-after-head">变更后</PlainHeadCell>
          </PlainRow>
        }
      >
        {shown.map((r) => (
          <PlainRow key={r.key} className={`qa-diff__row qa-diff__row--${r.change}`} data-testid="audit-diff-row" data-change={r.change}>
            <PlainCell className="qc-mono">{r.key}</PlainCell>
            <PlainCell className="qa-diff__before" data-testid="audit-before">
              {r.change === 'added' ? <Text className="qc-muted">（无）</Text> : r.before}
            </PlainCell>
            <PlainCell className="qa-diff__after" data-testid="audit-after">
              {r.change === 'removed' ? <Text className="qc-muted">（无）</Text> : r.after}
            </PlainCell>
          </PlainRow>
        ))}
      </PlainTable>
    </View>
  );
}
