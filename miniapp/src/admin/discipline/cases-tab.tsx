import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CASE_STATUS_LABEL, type CaseDetail, type CaseStatus, type CaseView, setupApi } from '../../api/console-setup';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { Button, Select } from '../console/kit';
import { StatusTag } from '../console/status-tag';
import { defaultQuery, type TableQuery } from '../console/table-query';
import { CasePanel } from './case-panel';
import { LIST_SPEC, pageOf } from './local-page';
import { OpenCasePanel } from './open-case-panel';

const CASE_TONE: Record<CaseStatus, string> = { open: 'pending', upheld: 'failed', dismissed: 'withdrawn' };
const STATUS_OPTIONS = [{ value: '' as const, label: '全部' }, ...(Object.keys(CASE_STATUS_LABEL) as CaseStatus[]).map((s) => ({ value: s, label: CASE_STATUS_LABEL[s] }))];
const teamOf = (c: CaseView) => c.application.teamName ?? `申报 ${c.application.id}`;

const COLUMNS: Array<Column<CaseView>> = [
  { key: 'id', title: '案件', width: 70, render: (c) => <Text className="qc-mono">{c.id}</Text> },
  { key: 'team', title: '班组 / 企业', render: (c) => `${teamOf(c)} · ${c.application.enterpriseName ?? '—'}` },
  { key: 'unit', title: '推荐单位', render: (c) => c.application.unit?.name ?? <Text className="qc-muted">—</Text> },
  { key: 'kind', title: '类型', render: (c) => c.kindLabel },
  { key: 'application', title: '申报状态', render: (c) => <StatusTag status={c.application.status} label={c.application.statusLabel} /> },
  { key: 'status', title: '案件状态', render: (c) => <StatusTag status={CASE_TONE[c.status]} label={c.statusLabel} testId="cases-status" /> },
  { key: 'openedAt', title: '立案时间', width: 140, render: (c) => formatDateTime(c.openedAt) },
  { key: 'decidedOn', title: '决定日期', render: (c) => c.decidedOn ?? <Text className="qc-muted">—</Text> },
];

/** 查处案件: the cases by status; a row opens its drawer, 立案 opens a new case. */
export function CasesTab() {
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(LIST_SPEC));
  const cases = useLoaded(() => setupApi.cases(status || undefined).then((r) => r.items), [status]);
  const [notice, setNotice] = useState('');
  const [opening, setOpening] = useState(false);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const fetchCase = useAction((id: number) => setupApi.caseDetail(id));

  const showCase = (id: number) => void fetchCase.run(id).then((shown) => shown && setDetail(shown));

  // Opened from elsewhere (材料查重's 「已立案 #id」) with ?caseId=: that case's panel opens at once.
  const { params } = useRouter();
  const linkedCase = Number(params.caseId);
  useEffect(() => {
    if (Number.isInteger(linkedCase) && linkedCase > 0) showCase(linkedCase);
  }, [linkedCase]);

  const opened = (c: CaseDetail) => {
    setOpening(false);
    setNotice(`已立案（案件 ${c.id}）：${c.application.teamName ?? `申报 ${c.application.id}`}`);
    cases.reload();
    setDetail(c);
  };
  const decided = (d: CaseDetail) => {
    setDetail(d);
    setNotice(`案件 ${d.id} 已作出处理决定：${d.statusLabel}`);
    cases.reload();
  };

  return (
    <View>
      <View className="qc-card">
        <View className="qc-filters">
          <View className="qc-filters__field">
            <Text className="qc-filters__label">案件状态</Text>
            <Select
              value={status}
              options={STATUS_OPTIONS}
              onChange={(v) => {
                setStatus(v);
                setQuery(defaultQuery(LIST_SPEC));
              }}
              data-testid="cases-filter-status"
            />
          </View>
          <View className="qc-filters__actions">
            <Button variant="primary" onClick={() => setOpening(true)} data-testid="case-open">
              立案
            </Button>
          </View>
        </View>
      </View>
      {notice !== '' && (
        <Text className="qc-alert qc-alert--success" data-testid="cases-notice">
          {notice}
        </Text>
      )}
      <View className="qc-card">
        <DataTable
          testId="cases"
          columns={COLUMNS}
          rows={pageOf(cases.data, query)}
          total={cases.data?.length ?? 0}
          rowKey={(c) => c.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={LIST_SPEC.pageSizes}
          loading={cases.loading}
          error={cases.error}
          onRetry={cases.reload}
          emptyText={status ? '没有该状态的案件' : '尚无违规查处案件'}
          onRowClick={(c) => showCase(c.id)}
          activeKey={detail?.id ?? null}
        />
      </View>
      {fetchCase.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="case-detail-error">
          {fetchCase.error}
        </Text>
      )}

      {opening && <OpenCasePanel onClose={() => setOpening(false)} onOpened={opened} />}
      {detail && (
        <CasePanel
          key={detail.id}
          detail={detail}
          onUpdate={(change) => setDetail((shown) => (shown && shown.id === detail.id ? change(shown) : shown))}
          onDecided={decided}
          onClose={() => setDetail(null)}
        />
      )}
    </View>
  );
}
