import { useCallback, useEffect, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { errorText, type Page } from '../../api';
import { type AuditItem, type AuditVerification, consoleApi } from '../../api/console';
import { formatDateTime } from '../../utils/format';
import { ROLE_LABEL } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { type Column, DataTable } from '../console/data-table';
import { changedCount, diffObjects } from '../console/diff';
import { Field, FilterBar } from '../console/filters';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { SidePanel } from '../console/side-panel';
import { defaultQuery, queryToApi, type TableQuery, type TableSpec } from '../console/table-query';
import { useTableQuery } from '../console/use-table-query';
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

function AuditDetail({ entry }: { entry: AuditItem }) {
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
        <label className="qa-diff-head__toggle">
          <input type="checkbox" checked={onlyChanged} onChange={() => setOnlyChanged(!onlyChanged)} data-testid="audit-only-changed" /> 只看变化
        </label>
      </View>
      <table className="qc-table qa-diff" data-testid="audit-diff">
        <thead>
          <tr>
            <th style={{ width: '28%' }}>字段</th>
            <th data-testid="audit-before-head">变更前</th>
            <th data-testid="audit-after-head">变更后</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key} className={`qa-diff__row qa-diff__row--${r.change}`} data-testid="audit-diff-row" data-change={r.change}>
              <td className="qc-mono">{r.key}</td>
              <td className="qa-diff__before" data-testid="audit-before">
                {r.change === 'added' ? <Text className="qc-muted">（无）</Text> : r.before}
              </td>
              <td className="qa-diff__after" data-testid="audit-after">
                {r.change === 'removed' ? <Text className="qc-muted">（无）</Text> : r.after}
              </td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={3} className="qc-table__state">
                此记录没有前后内容
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </View>
  );
}

/** 审计日志: every audited change, newest first, filtered on the server; a row opens before/after side by side. */
export default function AuditPage() {
  const [query, setQuery] = useTableQuery(SPEC, CONSOLE_ROUTES.audit);
  const [draft, setDraft] = useState<Record<FilterName, string>>(() => Object.fromEntries(FILTERS.map((f) => [f, String(query.filters[f] ?? '')])) as Record<FilterName, string>);
  const [page, setPage] = useState<Page<AuditItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [open, setOpen] = useState<AuditItem | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState('');

  const load = useCallback(() => {
    setLoading(true);
    consoleApi
      .audit(queryToApi(query))
      .then((p) => {
        setPage(p);
        setError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setError(errorText(e));
      })
      .finally(() => setLoading(false));
  }, [query]);
  useEffect(load, [load]);

  const apply = () => {
    const filters: TableQuery['filters'] = {};
    for (const f of FILTERS) if (draft[f].trim() !== '') filters[f] = draft[f].trim();
    setQuery({ ...query, filters, page: 1 });
  };

  const verify = async () => {
    setVerifying(true);
    setVerifyError('');
    setVerification(null);
    try {
      setVerification(await consoleApi.verifyAudit());
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setVerifyError(errorText(e));
    } finally {
      setVerifying(false);
    }
  };

  const set = (name: FilterName) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value });

  return (
    <ConsoleLayout
      active="audit"
      title="审计日志"
      subtitle="每一次改变申报、评分、等级和证书的操作都按时间记入哈希链，不能修改或删除"
      extra={
        <button type="button" className="qc-btn qc-btn--primary" disabled={verifying} onClick={() => void verify()} data-testid="audit-verify">
          {verifying ? '校验中…' : '校验审计链'}
        </button>
      }
    >
      {verification && (
        <Text className={`qc-alert ${verification.intact ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="audit-verify-result" data-intact={String(verification.intact)}>
          {verification.intact
            ? `✓ 审计链完整：${verification.entries} 条记录逐条校验哈希，未发现修改或删除。${verification.anchor ? `与库外锚点（${formatDateTime(verification.anchor.at)}，第 ${verification.anchor.lastId} 条）相符。` : '尚无库外锚点。'}`
            : `✗ 审计链已断开：${verification.message ?? `第一处断点在序号 ${verification.firstBrokenId ?? '—'} 的记录`}（共 ${verification.entries} 条）。请立即核查。`}
        </Text>
      )}
      {verifyError !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="audit-verify-error">
          {verifyError}
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
          <input className="qc-input" value={draft.actor} onChange={set('actor')} placeholder="如 user:1、card:2026000001" data-testid="audit-filter-actor" style={{ width: '200px' }} />
        </Field>
        <Field label="申报编号">
          <input className="qc-input" value={draft.applicationId} onChange={set('applicationId')} placeholder="申报 id" inputMode="numeric" data-testid="audit-filter-application" style={{ width: '110px' }} />
        </Field>
        <Field label="操作（前缀）">
          <input className="qc-input" list="qa-action-prefixes" value={draft.action} onChange={set('action')} placeholder="如 application." data-testid="audit-filter-action" style={{ width: '180px' }} />
          <datalist id="qa-action-prefixes">
            {ACTION_PREFIXES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </Field>
        <Field label="起始日期">
          <input className="qc-input" type="date" value={draft.from} onChange={set('from')} data-testid="audit-filter-from" />
        </Field>
        <Field label="截止日期">
          <input className="qc-input" type="date" value={draft.to} onChange={set('to')} data-testid="audit-filter-to" />
        </Field>
      </FilterBar>

      <View className="qc-card">
        <DataTable
          testId="audit"
          columns={COLUMNS}
          rows={page?.items ?? null}
          total={page?.total ?? 0}
          rowKey={(e) => e.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={SPEC.pageSizes}
          loading={loading}
          error={error}
          onRetry={load}
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
