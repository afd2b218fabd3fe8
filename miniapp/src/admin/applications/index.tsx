import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUSES } from '@cacem/shared';
import { errorText, recommendingUnitApi, type RecommendingUnit } from '../../api';
import { APPLICATION_SORT_KEYS, APPLICATIONS_XLSX_PATH, type BulkPassResult, consoleApi, type ConsoleApplication } from '../../api/console';
import { formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { type Column, DataTable, type RowKey } from '../console/data-table';
import { type DownloadProgress, downloadFile } from '../console/download';
import { Field, FilterBar, MultiSelect } from '../console/filters';
import { Button, Select, TextInput } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { StatusTag } from '../console/status-tag';
import { defaultQuery, queryToApi, setFilter, type TableSpec } from '../console/table-query';
import { usePagedList } from '../console/use-paged-list';
import { ProgressBar } from '../review-pages/parts';
import './index.scss';

const SPEC: TableSpec = {
  filters: [{ name: 'status', multi: true }, { name: 'unitId' }, { name: 'q' }],
  sortKeys: APPLICATION_SORT_KEYS,
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: null, // the server's order: latest submitted first
};

const STATUS_OPTIONS = APPLICATION_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: APPLICATION_STATUS_LABEL[s] }));
const score = (n: number | null) => (n === null ? <Text className="qc-muted">—</Text> : n.toFixed(2));

const COLUMNS: Array<Column<ConsoleApplication>> = [
  { key: 'id', title: '编号', sortKey: 'id', width: 70, render: (a) => <Text className="qc-mono">{a.id}</Text> },
  { key: 'teamName', title: '班组名称', sortKey: 'teamName', ellipsis: 140, render: (a) => <span data-testid="apps-team" title={a.teamName}>{a.teamName}</span> },
  { key: 'enterpriseName', title: '申报企业', sortKey: 'enterpriseName', ellipsis: 150, render: (a) => <span title={a.enterpriseName}>{a.enterpriseName}</span> },
  {
    key: 'unit',
    title: '推荐单位',
    sortKey: 'unit',
    ellipsis: 140,
    render: (a) => (a.unit ? <span title={a.unit.name}>{`${a.unit.seq}. ${a.unit.name}`}</span> : <Text className="qc-muted">—</Text>),
  },
  { key: 'status', title: '状态', sortKey: 'status', render: (a) => <StatusTag status={a.status} label={a.statusLabel} testId="apps-status" /> },
  { key: 'submittedAt', title: '提交时间', sortKey: 'submittedAt', render: (a) => formatDateTime(a.submittedAt) },
  { key: 'materialsScore', title: '资料评分', sortKey: 'materialsScore', align: 'right', render: (a) => score(a.materialsScore) },
  { key: 'presentationScore', title: '发布评分', sortKey: 'presentationScore', align: 'right', render: (a) => score(a.presentationScore) },
  { key: 'total', title: '总分', sortKey: 'total', align: 'right', render: (a) => (a.total === null ? <Text className="qc-muted" data-testid="apps-total">—</Text> : <Text className="qa-total" data-testid="apps-total">{a.total.toFixed(2)}</Text>) },
  { key: 'grade', title: '等级', render: (a) => (a.gradeLabel ? <Text className="qc-tag qc-tag--green">{a.gradeLabel}</Text> : <Text className="qc-muted">—</Text>) },
  { key: 'certificateNo', title: '证书编号', render: (a) => (a.certificateNo ? <Text className="qc-mono">{a.certificateNo}</Text> : <Text className="qc-muted">—</Text>) },
];

/** 申报总览: every submitted application, filtered, sorted and paged on the server; bulk 初选通过; export to Excel. */
export default function ApplicationsPage() {
  const list = usePagedList(SPEC, CONSOLE_ROUTES.applications, (query) => consoleApi.applications(queryToApi(query)));
  const { query, setQuery } = list;
  const [units, setUnits] = useState<RecommendingUnit[]>([]);
  const [q, setQ] = useState(() => (typeof query.filters.q === 'string' ? query.filters.q : ''));
  const [selected, setSelected] = useState<RowKey[]>([]);
  const [rowsById, setRowsById] = useState<Map<number, ConsoleApplication>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<BulkPassResult | null>(null);
  const [download, setDownload] = useState<DownloadProgress | null>(null);
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // A selection spans pages: the rows seen so far name the chosen applications in the dialog and the result.
  useEffect(() => {
    if (!list.data) return;
    const items = list.data.items;
    setRowsById((prev) => {
      const next = new Map(prev);
      for (const a of items) next.set(a.id, a);
      return next;
    });
  }, [list.data]);
  useEffect(() => {
    recommendingUnitApi
      .list()
      .then((r) => setUnits(r.items))
      .catch(() => setUnits([]));
  }, []);

  const statuses = Array.isArray(query.filters.status) ? query.filters.status : [];
  const unitId = typeof query.filters.unitId === 'string' ? query.filters.unitId : '';
  const chosen = selected.map((k) => rowsById.get(Number(k))).filter((a): a is ConsoleApplication => a !== undefined);
  const notRecommended = chosen.filter((a) => a.status !== 'recommended');

  const bulkPass = useAction(async () => {
    try {
      const r = await consoleApi.bulkPass(selected.map(Number));
      setResult(r);
      setSelected([]);
      list.reload();
    } finally {
      setConfirming(false);
    }
  });

  const exportXlsx = async () => {
    setExportMessage(null);
    setDownload({ loaded: 0, total: null });
    try {
      // The workbook is the whole year's submitted applications, whatever the table shows.
      const name = await downloadFile(APPLICATIONS_XLSX_PATH, {}, '申报总览.xlsx', setDownload);
      setExportMessage({ ok: true, text: `已导出「${name}」` });
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setExportMessage({ ok: false, text: `导出失败：${errorText(e)}` });
    } finally {
      setDownload(null);
    }
  };

  const teamOf = (id: number) => rowsById.get(id)?.teamName ?? `申报 ${id}`;

  return (
    <ConsoleLayout
      active="applications"
      title="申报总览"
      subtitle="本届全部已提交的申报：推荐、初选、评审和结果"
      extra={
        <>
          <ProgressBar progress={download} testId="apps-export-progress" />
          <Button
            title="导出本届全部已提交的申报（含得分、等级、证书编号）"
            disabled={download !== null}
            onClick={() => void exportXlsx()}
            data-testid="apps-export"
          >
            {download ? '导出中…' : '导出 Excel'}
          </Button>
        </>
      }
    >
      <FilterBar
        testId="apps-filters"
        onSubmit={() => setQuery(setFilter(query, 'q', q))}
        onReset={() => {
          setQ('');
          setQuery({ ...defaultQuery(SPEC), pageSize: query.pageSize });
        }}
      >
        <Field label="状态">
          <MultiSelect testId="apps-filter-status" options={STATUS_OPTIONS} value={statuses} onChange={(v) => setQuery(setFilter(query, 'status', v))} placeholder="全部状态" />
        </Field>
        <Field label="推荐单位">
          <Select
            className="qd-unit-select"
            value={unitId}
            options={[{ value: '', label: '全部推荐单位' }, ...units.map((u) => ({ value: String(u.id), label: `${u.seq}. ${u.name}` }))]}
            onChange={(v) => setQuery(setFilter(query, 'unitId', v))}
            data-testid="apps-filter-unit"
            style={{ width: '260px' }}
          />
        </Field>
        <Field label="班组或企业名称">
          <TextInput value={q} placeholder="输入名称，回车查询" onChange={setQ} data-testid="apps-filter-q" style={{ width: '240px' }} />
        </Field>
      </FilterBar>

      {exportMessage && (
        <Text className={`qc-alert ${exportMessage.ok ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="apps-export-message">
          {exportMessage.text}
        </Text>
      )}
      {bulkPass.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="apps-action-error">
          {bulkPass.error}
        </Text>
      )}
      {result && (
        <View className={`qc-alert ${result.skipped.length ? 'qc-alert--warning' : 'qc-alert--success'}`} data-testid="apps-bulk-result">
          <Text>
            初选通过 {result.passed.length} 个{result.skipped.length ? `，跳过 ${result.skipped.length} 个：` : '。'}
          </Text>
          {result.passed.length > 0 && <Text className="qc-muted">（{result.passed.map(teamOf).join('、')}）</Text>}
          {result.skipped.map((s) => (
            <View key={s.id} data-testid="apps-bulk-skipped">
              · {teamOf(s.id)}：{s.problems.map((p) => p.message).join('；')}
            </View>
          ))}
          <Button variant="link" onClick={() => setResult(null)}>
            知道了
          </Button>
        </View>
      )}

      <View className="qc-card">
        <DataTable
          testId="apps"
          columns={COLUMNS}
          {...list.table}
          rowKey={(a) => a.id}
          emptyText={Object.keys(query.filters).length ? '没有符合条件的申报' : '尚无已提交的申报'}
          selection={{
            selected,
            onChange: setSelected,
            actions: (
              <Button variant="primary" small onClick={() => setConfirming(true)} data-testid="apps-bulk-pass">
                初选通过
              </Button>
            ),
          }}
        />
      </View>

      <ConfirmDialog
        open={confirming}
        title={`对选中的 ${selected.length} 个申报执行初选通过？`}
        confirmText="确认通过"
        danger
        busy={bulkPass.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void bulkPass.run()}
        testId="apps-confirm"
      >
        <Text style={{ display: 'block' }}>通过后申报进入资料评审，班组会收到通知；此操作不能撤销。</Text>
        <Text style={{ display: 'block', marginTop: '8px' }}>只通过自动检查（合规性、完整性、材料文件）无问题的申报，其余跳过并列出原因。</Text>
        {notRecommended.length > 0 && (
          <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="apps-confirm-warning">
            其中 {notRecommended.length} 个不是「已推荐」状态（{notRecommended.map((a) => a.teamName).join('、')}），将被跳过。
          </Text>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
