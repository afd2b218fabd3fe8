import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type AuditItem, type AuditVerification, consoleApi } from '../../api/console';
import { formatDateTime } from '../../utils/format';
import { useAction } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { changedCount, diffObjects } from '../console/diff';
import { Field, FilterBar } from '../console/filters';
import { Button, TextInput } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { SidePanel } from '../console/side-panel';
import { defaultQuery, queryToApi, type TableQuery, type TableSpec } from '../console/table-query';
import { usePagedList } from '../console/use-paged-list';
import { AuditDetail } from './audit-detail';
import './index.scss';

const FILTERS = ['actor', 'applicationId', 'action', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

const SPEC: TableSpec = {
  filters: FILTERS.map((name) => ({ name })),
  sortKeys: [],
  defaultPageSize: 20,
  pageSizes: [20, 50, 100],
  defaultSort: null,
};

/** Common action prefixes, offered as suggestions (the filter matches any prefix). */
const ACTION_PREFIXES = ['application.', 'card.', 'registration_card.', 'recommendation', 'review.', 'score_sheet.', 'panel.', 'presentation.', 'grading.', 'certificate.', 'misconduct.', 'expert.', 'member.', 'campaign.'];

const COLUMNS: Array<Column<AuditItem>> = [
  { key: 'id', title: '序号', width: 70, render: (e) => <Text className="qc-mono">{e.id}</Text> },
  { key: 'at', title: '时间', width: 150, render: (e) => formatDateTime(e.at) },
  {
    key: 'actor',
    title: '操作人',
    render: (e) => (
      <View>
        <Text data-testid="audit-actor">{e.actorLabel}</Text>
        {e.actorLabel !== e.actor && <Text className="qc-mono qc-muted qa-actor-id">{e.actor}</Text>}
      </View>
    ),
  },
  { key: 'action', title: '操作', render: (e) => <Text className="qc-tag qc-tag--blue qc-mono" data-testid="audit-action">{e.action}</Text> },
  { key: 'entity', title: '对象', render: (e) => <Text className="qc-mono">{`${e.entity} #${e.entityId}`}</Text> },
  {
    key: 'changes',
    title: '变更',
    align: 'right',
    render: (e) => {
      const n = changedCount(diffObjects(e.before, e.after));
      return n ? `${n} 项` : <Text className="qc-muted">—</Text>;
    },
  },
];

/** 审计日志: every audited change, newest first, filtered on the server; a row opens before/after side by side. */
export default function AuditPage() {
  const list = usePagedList(SPEC, CONSOLE_ROUTES.audit, (query) => consoleApi.audit(queryToApi(query)));
  const { query, setQuery } = list;
  const [draft, setDraft] = useState<Record<FilterName, string>>(() => Object.fromEntries(FILTERS.map((f) => [f, String(query.filters[f] ?? '')])) as Record<FilterName, string>);
  const [open, setOpen] = useState<AuditItem | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);

  const apply = () => {
    const filters: TableQuery['filters'] = {};
    for (const f of FILTERS) if (draft[f].trim() !== '') filters[f] = draft[f].trim();
    setQuery({ ...query, filters, page: 1 });
  };

  const verify = useAction(async () => {
    setVerification(null);
    setVerification(await consoleApi.verifyAudit());
  });

  const set = (name: FilterName) => (value: string) => setDraft({ ...draft, [name]: value });

  return (
    <ConsoleLayout
      active="audit"
      title="审计日志"
      subtitle="每一次改变申报、评分、等级和证书的操作都按时间记入哈希链，不能修改或删除"
      extra={
        <Button variant="primary" disabled={verify.busy} onClick={() => void verify.run()} data-testid="audit-verify">
          {verify.busy ? '校验中…' : '校验审计链'}
        </Button>
      }
    >
      {verification && (
        <Text className={`qc-alert ${verification.intact ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="audit-verify-result" data-intact={String(verification.intact)}>
          {verification.intact
            ? `✓ 审计链完整：${verification.entries} 条记录逐条校验哈希，未发现修改或删除。${verification.anchor ? `与库外锚点（${formatDateTime(verification.anchor.at)}，第 ${verification.anchor.lastId} 条）相符。` : '尚无库外锚点。'}`
            : `✗ 审计链已断开：${verification.message ?? `第一处断点在序号 ${verification.firstBrokenId ?? '—'} 的记录`}（共 ${verification.entries} 条）。请立即核查。`}
        </Text>
      )}
      {verify.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="audit-verify-error">
          {verify.error}
        </Text>
      )}
      <FilterBar
        testId="audit-filters"
        onSubmit={apply}
        onReset={() => {
          setDraft(Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<FilterName, string>);
          setQuery({ ...defaultQuery(SPEC), pageSize: query.pageSize });
        }}
      >
        <Field label="操作人">
          <TextInput value={draft.actor} onChange={set('actor')} placeholder="如 user:1、card:2026000001" data-testid="audit-filter-actor" style={{ width: '200px' }} />
        </Field>
        <Field label="申报编号">
          <TextInput value={draft.applicationId} onChange={set('applicationId')} placeholder="申报 id" inputMode="numeric" data-testid="audit-filter-application" style={{ width: '110px' }} />
        </Field>
        <Field label="操作（前缀）">
          <TextInput
            suggestions={{ id: 'qa-action-prefixes', values: ACTION_PREFIXES }}
            value={draft.action}
            onChange={set('action')}
            placeholder="如 application."
            data-testid="audit-filter-action"
            style={{ width: '180px' }}
          />
        </Field>
        <Field label="起始日期">
          <TextInput type="date" value={draft.from} onChange={set('from')} data-testid="audit-filter-from" />
        </Field>
        <Field label="截止日期">
          <TextInput type="date" value={draft.to} onChange={set('to')} data-testid="audit-filter-to" />
        </Field>
      </FilterBar>

      <View className="qc-card">
        <DataTable
          testId="audit"
          columns={COLUMNS}
          {...list.table}
          rowKey={(e) => e.id}
          emptyText="没有符合条件的审计记录"
          onRowClick={setOpen}
          activeKey={open?.id ?? null}
        />
      </View>

      <SidePanel open={open !== null} title={open ? `审计记录 #${open.id}` : ''} onClose={() => setOpen(null)} testId="audit-panel">
        {open && <AuditDetail key={open.id} entry={open} />}
      </SidePanel>
    </ConsoleLayout>
  );
}
