import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Page } from '../../api';
import { similarityApi, type SimilarityDocument, type SimilarityOverview, type SimilarityPair, type SimilarityRun } from '../../api/console-similarity';
import { formatDateTime } from '../../utils/format';
import { type Column, DataTable } from '../console/data-table';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { defaultQuery, type TableQuery, type TableSpec, withParams } from '../console/table-query';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { pct, RUN_TONE, runActive } from './logic';
import { CaseLink, DocCell } from './parts';
import '../setup-pages/setup.scss';
import './similarity.scss';

const SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50, 100], defaultSort: null };
const POLL_MS = 2000;

function Figure({ label, value, testId }: { label: string; value: number | string; testId?: string }) {
  return (
    <View className="sim-figures__item" data-testid={testId}>
      <Text className="sim-figures__label">{label}</Text>
      <Text className="sim-figures__value">{value}</Text>
    </View>
  );
}

/** The latest run: status, phase and progress, its figures, and 开始查重. */
function RunCard({ overview, starting, onStart }: { overview: SimilarityOverview | null; starting: boolean; onStart: () => void }) {
  const run: SimilarityRun | null = overview?.latestRun ?? null;
  const active = runActive(run);
  return (
    <View className="qc-card sim-run" data-testid="similarity-run-card">
      <View className="sim-run__head">
        <View className="sim-run__title">
          <Text>最近一次查重</Text>
          {run ? (
            <Text className={`qc-tag qc-tag--${RUN_TONE[run.status]}`} data-testid="similarity-status" data-status={run.status}>
              {run.statusLabel}
            </Text>
          ) : (
            <Text className="qc-tag qc-tag--gray" data-testid="similarity-status" data-status="none">
              尚未查重
            </Text>
          )}
          {run?.phaseLabel && active && <Text className="qc-muted">{run.phaseLabel}</Text>}
        </View>
        <button type="button" className="qc-btn qc-btn--primary" disabled={!overview || active || starting} onClick={onStart} data-testid="similarity-run">
          {starting ? '提交中…' : active ? '查重进行中…' : '开始查重'}
        </button>
      </View>

      {run && (
        <View className="qc-progress sim-run__progress" data-testid="similarity-progress" data-percent={run.percent}>
          <View className="qc-progress__track">
            <View className="qc-progress__bar" style={{ width: `${Math.max(0, Math.min(100, run.percent))}%` }} />
          </View>
          <Text>
            {run.phaseLabel ? `${run.phaseLabel} ` : ''}
            {run.done} / {run.total}（{run.percent}%）
          </Text>
        </View>
      )}

      {run && (
        <View className="sim-figures">
          <Figure label="比对文件" value={run.documents} testId="similarity-documents" />
          <Figure label="新增文件" value={run.newDocuments} />
          <Figure label="无法比对" value={run.uncheckable} />
          <Figure label="候选文件对" value={run.candidates} />
          <Figure label="相似文件对" value={run.pairs} />
          <Figure label="疑似雷同" value={run.suspicious} testId="similarity-suspicious" />
        </View>
      )}

      {run && (
        <View>
          <Text className="sim-run__meta">
            {run.triggerLabel} · {run.requestedBy} 于 {formatDateTime(run.requestedAt)} 发起
            {run.startedAt ? ` · ${formatDateTime(run.startedAt)} 开始` : ''}
            {run.finishedAt ? ` · ${formatDateTime(run.finishedAt)} 完成` : ''}
          </Text>
          {run.status === 'failed' && run.error && (
            <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="similarity-run-error">
              查重失败：{run.error}
            </Text>
          )}
        </View>
      )}

      {overview && (
        <Text className="sim-run__meta" data-testid="similarity-totals">
          文件库：已建索引 {overview.documents.indexed} 份，无法比对 {overview.documents.uncheckable} 份，共 {overview.documents.total} 份；相似文件对 {overview.pairs.total} 对，其中疑似雷同{' '}
          {overview.pairs.suspicious} 对
        </Text>
      )}
      {!run && overview && <Text className="qs-hint">尚未查重。初选后系统会自动查重，也可以在这里手动开始。</Text>}
    </View>
  );
}

function PairsTab({ reloadKey }: { reloadKey: number }) {
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  const [suspiciousOnly, setSuspiciousOnly] = useState(true);
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const [page, setPage] = useState<Page<SimilarityPair> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(() => {
    setLoading(true);
    similarityApi
      .pairs({ page: query.page, pageSize: query.pageSize, suspiciousOnly, includeDismissed })
      .then((p) => {
        setPage(p);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      })
      .finally(() => setLoading(false));
  }, [query, suspiciousOnly, includeDismissed]);
  // reloadKey: a run has just finished.
  useEffect(load, [load, reloadKey]);

  const open = (p: SimilarityPair) => goConsole(withParams(CONSOLE_ROUTES.similarityPair, { id: String(p.id) }));

  const columns: Array<Column<SimilarityPair>> = [
    {
      key: 'score',
      title: '相似度',
      align: 'right',
      render: (p) =>
        p.suspicious ? (
          <Text className="qc-tag qc-tag--red" data-testid="pair-score" data-suspicious="true">
            {pct(p.score)}
          </Text>
        ) : (
          <Text data-testid="pair-score" data-suspicious="false">
            {pct(p.score)}
          </Text>
        ),
    },
    { key: 'a', title: '文件 A', render: (p) => <DocCell doc={p.a} /> },
    { key: 'b', title: '文件 B', render: (p) => <DocCell doc={p.b} /> },
    { key: 'aInB', title: 'A 被 B 包含', align: 'right', render: (p) => pct(p.containmentAInB) },
    { key: 'bInA', title: 'B 被 A 包含', align: 'right', render: (p) => pct(p.containmentBInA) },
    { key: 'jaccard', title: 'Jaccard', align: 'right', render: (p) => pct(p.jaccard) },
    { key: 'passages', title: '匹配段落数', align: 'right', render: (p) => p.passageCount },
    {
      key: 'case',
      title: '立案',
      render: (p) =>
        p.caseId !== null ? (
          <CaseLink caseId={p.caseId} />
        ) : p.dismissal ? (
          <Text className="qc-muted" data-testid="pair-dismissed">
            已核实无问题
          </Text>
        ) : (
          <Text className="qc-muted">未立案</Text>
        ),
    },
    {
      key: 'action',
      title: '操作',
      render: (p) => (
        <button type="button" className="qc-btn qc-btn--small" onClick={() => open(p)} data-testid="pair-open">
          对比查看
        </button>
      ),
    },
  ];

  return (
    <View className="qc-card">
      <View className="sim-toolbar">
        <label>
          <input
            type="checkbox"
            checked={suspiciousOnly}
            onChange={(e) => {
              setSuspiciousOnly(e.target.checked);
              setQuery({ ...query, page: 1 });
            }}
            data-testid="similarity-suspicious-only"
          />{' '}
          只看疑似
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeDismissed}
            onChange={(e) => {
              setIncludeDismissed(e.target.checked);
              setQuery({ ...query, page: 1 });
            }}
            data-testid="similarity-include-dismissed"
          />{' '}
          显示已核实无问题的
        </label>
        <Text className="qc-muted">按相似度从高到低排列</Text>
      </View>
      <DataTable
        testId="similarity-pairs"
        rowTestId="pair-row"
        columns={columns}
        rows={page?.items ?? null}
        total={page?.total ?? 0}
        rowKey={(p) => p.id}
        query={query}
        onQueryChange={setQuery}
        pageSizes={SPEC.pageSizes}
        loading={loading}
        error={error}
        onRetry={load}
        emptyText={suspiciousOnly ? '没有疑似雷同的文件对' : '没有相似的文件对'}
      />
    </View>
  );
}

function UncheckableTab({ reloadKey }: { reloadKey: number }) {
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  const [page, setPage] = useState<Page<SimilarityDocument> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(() => {
    setLoading(true);
    similarityApi
      .documents({ status: 'uncheckable', page: query.page, pageSize: query.pageSize })
      .then((p) => {
        setPage(p);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      })
      .finally(() => setLoading(false));
  }, [query]);
  // reloadKey: a run has just finished.
  useEffect(load, [load, reloadKey]);

  const columns: Array<Column<SimilarityDocument>> = [
    { key: 'team', title: '班组', render: (d) => d.teamName ?? `申报 ${d.applicationId}` },
    { key: 'enterprise', title: '申报企业', render: (d) => d.enterpriseName ?? <Text className="qc-muted">—</Text> },
    { key: 'year', title: '年度', render: (d) => `${d.campaignYear} 年` },
    { key: 'kind', title: '类型', render: (d) => d.kindLabel },
    { key: 'fileName', title: '文件名', ellipsis: 220, render: (d) => <span title={d.fileName}>{d.fileName}</span> },
    {
      key: 'reason',
      title: '原因',
      render: (d) => (
        <View className="sim-wrap" data-testid="uncheckable-reason" data-code={d.reasonCode ?? ''}>
          {d.reason ?? '—'}
        </View>
      ),
    },
  ];

  return (
    <View className="qc-card">
      <View className="sim-toolbar">
        <Text className="qc-muted">这些文件提取不到可比对的文字（如扫描件、加密或损坏的文件），须人工核查。</Text>
      </View>
      <DataTable
        testId="similarity-uncheckable"
        columns={columns}
        rows={page?.items ?? null}
        total={page?.total ?? 0}
        rowKey={(d) => d.id}
        query={query}
        onQueryChange={setQuery}
        pageSizes={SPEC.pageSizes}
        loading={loading}
        error={error}
        onRetry={load}
        emptyText="没有无法比对的文件"
      />
    </View>
  );
}

/** 材料查重: the latest comparison of every declaration PDF and PPTX, this year's and earlier, and the near-duplicate pairs found. */
export default function SimilarityPage() {
  const [overview, setOverview] = useState<SimilarityOverview | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [starting, setStarting] = useState(false);
  const [tab, setTab] = useState<'pairs' | 'uncheckable'>('pairs');
  const [reloadKey, setReloadKey] = useState(0);

  const loadOverview = useCallback(() => {
    similarityApi
      .overview()
      .then((o) => {
        setOverview(o);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      });
  }, []);
  useEffect(loadOverview, [loadOverview]);

  // While a run is queued or running, follow it every 2 s; when it ends, the tables are read again.
  const active = runActive(overview?.latestRun);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(loadOverview, POLL_MS);
    return () => clearInterval(timer);
  }, [active, loadOverview]);
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active) setReloadKey((k) => k + 1);
    wasActive.current = active;
  }, [active]);

  const start = async () => {
    setStarting(true);
    setNotice(null);
    try {
      const run = await similarityApi.startRun();
      setOverview((o) => (o ? { ...o, latestRun: run } : o));
      setNotice({ ok: true, text: '已开始查重，进度会自动刷新。' });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `开始查重失败：${text}` });
    } finally {
      setStarting(false);
    }
  };

  return (
    <ConsoleLayout active="similarity" title="材料查重" subtitle="比对本年度及往年全部申报材料（PDF、PPT）的文字，找出疑似雷同的文件">
      <NoticeLine notice={notice} testId="similarity-notice" onClose={() => setNotice(null)} />
      {error && (
        <Text className="qc-alert qc-alert--error" data-testid="similarity-error">
          加载失败：{error}
        </Text>
      )}
      <RunCard overview={overview} starting={starting} onStart={() => void start()} />

      <View className="qs-tabs">
        <Text className={`qs-tabs__tab${tab === 'pairs' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('pairs')} data-testid="similarity-tab-pairs">
          疑似雷同{overview ? `（${overview.pairs.suspicious}）` : ''}
        </Text>
        <Text className={`qs-tabs__tab${tab === 'uncheckable' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('uncheckable')} data-testid="similarity-tab-uncheckable">
          无法比对的文件{overview ? `（${overview.documents.uncheckable}）` : ''}
        </Text>
      </View>
      {tab === 'pairs' ? <PairsTab reloadKey={reloadKey} /> : <UncheckableTab reloadKey={reloadKey} />}
    </ConsoleLayout>
  );
}
