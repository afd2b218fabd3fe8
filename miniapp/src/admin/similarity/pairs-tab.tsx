import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { similarityApi, type SimilarityPair, type SimilarityPairPage } from '../../api/console-similarity';
import { useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { Button, Check } from '../console/kit';
import { goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { defaultQuery, type TableQuery, type TableSpec, withParams } from '../console/table-query';
import { filterText, hiddenNote, pct } from './logic';
import { CaseLink, DocCell } from './parts';

const SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50, 100], defaultSort: null };

const COLUMNS: Array<Column<SimilarityPair>> = [
  {
    key: 'score',
    title: '相似度',
    align: 'right',
    render: (p) => (
      <Text className={p.suspicious ? 'qc-tag qc-tag--red' : undefined} data-testid="pair-score" data-suspicious={p.suspicious ? 'true' : 'false'}>
        {pct(p.score)}
      </Text>
    ),
  },
  { key: 'a', title: '文件 A', render: (p) => <DocCell doc={p.a} precedence={p.precedence.a} first={p.precedence.first === 'a'} /> },
  { key: 'b', title: '文件 B', render: (p) => <DocCell doc={p.b} precedence={p.precedence.b} first={p.precedence.first === 'b'} /> },
  { key: 'coverageA', title: 'A 的文字见于 B', align: 'right', render: (p) => <Text data-testid="pair-coverage-a">{pct(p.coverageA)}</Text> },
  { key: 'coverageB', title: 'B 的文字见于 A', align: 'right', render: (p) => <Text data-testid="pair-coverage-b">{pct(p.coverageB)}</Text> },
  { key: 'passages', title: '匹配段落', align: 'right', render: (p) => `${p.passageCount} 处` },
  {
    key: 'case',
    title: '处理',
    render: (p) =>
      p.caseId !== null ? (
        <CaseLink caseId={p.caseId} />
      ) : p.dismissal ? (
        <Text className="qc-muted" data-testid="pair-dismissed">
          已核实无问题
        </Text>
      ) : (
        <Text className="qc-muted">待核查</Text>
      ),
  },
  {
    key: 'action',
    title: '操作',
    render: (p) => (
      <Button small onClick={() => goConsole(withParams(CONSOLE_ROUTES.similarityPair, { id: String(p.id) }))} data-testid="pair-open">
        对比查看
      </Button>
    ),
  },
];

/**
 * The pairs, highest first. By default only the open 疑似雷同 are listed; what the filter leaves out is said above the
 * table with its count and a one-tap 「全部显示」.
 */
export function PairsTab({ reloadKey }: { reloadKey: number }) {
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  const [suspiciousOnly, setSuspiciousOnly] = useState(true);
  const [includeDismissed, setIncludeDismissed] = useState(false);
  // reloadKey: a run has just finished.
  const list = useLoaded(
    () => similarityApi.pairs({ page: query.page, pageSize: query.pageSize, suspiciousOnly, includeDismissed }),
    [query, suspiciousOnly, includeDismissed, reloadKey],
  );
  const page: SimilarityPairPage | null = list.data;

  const setFilter = (next: { suspiciousOnly: boolean; includeDismissed: boolean }) => {
    setSuspiciousOnly(next.suspiciousOnly);
    setIncludeDismissed(next.includeDismissed);
    setQuery({ ...query, page: 1 });
  };
  const filter = { suspiciousOnly, includeDismissed };
  const hidden = page ? hiddenNote(page.counts, filter) : null;

  return (
    <View className="qc-card">
      <View className="sim-toolbar">
        <Check checked={suspiciousOnly} onChange={(on) => setFilter({ ...filter, suspiciousOnly: on })} data-testid="similarity-suspicious-only" label="只看疑似雷同" />
        <Check checked={includeDismissed} onChange={(on) => setFilter({ ...filter, includeDismissed: on })} data-testid="similarity-include-dismissed" label="显示已核实无问题的" />
        <Text className="qc-muted">按相似度从高到低排列</Text>
      </View>
      {page && (
        <View className={`sim-filter-note${hidden ? ' sim-filter-note--hiding' : ''}`} data-testid="similarity-filter-note" data-hidden={hidden ? 'true' : 'false'}>
          <Text>
            {filterText(page.counts, filter)}
            {hidden ? `；${hidden}。` : '。'}
          </Text>
          {hidden ? (
            <Button variant="link" onClick={() => setFilter({ suspiciousOnly: false, includeDismissed: true })} data-testid="similarity-show-all">
              全部显示
            </Button>
          ) : (
            (!suspiciousOnly || includeDismissed) && (
              <Button variant="link" onClick={() => setFilter({ suspiciousOnly: true, includeDismissed: false })} data-testid="similarity-show-default">
                只看待核查的疑似雷同
              </Button>
            )
          )}
        </View>
      )}
      <DataTable
        testId="similarity-pairs"
        rowTestId="pair-row"
        columns={COLUMNS}
        rows={page?.items ?? null}
        total={page?.total ?? 0}
        rowKey={(p) => p.id}
        query={query}
        onQueryChange={setQuery}
        pageSizes={SPEC.pageSizes}
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        emptyText={suspiciousOnly ? '没有待核查的疑似雷同文件对' : '没有相似的文件对'}
      />
    </View>
  );
}
