import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type SimilarityCluster, similarityClustersApi } from '../../api/console-similarity-clusters';
import { useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { Button } from '../console/kit';
import { goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { defaultQuery, type TableQuery, type TableSpec, withParams } from '../console/table-query';
import { pct, teamText } from './logic';
import './cluster.scss';

const SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50], defaultSort: null };
/** Teams named in the list's cell; the rest are counted. */
const NAMED = 4;

const COLUMNS: Array<Column<SimilarityCluster>> = [
  {
    key: 'score',
    title: '最高占比',
    align: 'right',
    render: (c) => (
      <Text className="qc-tag qc-tag--orange" data-testid="cluster-score">
        {pct(c.score)}
      </Text>
    ),
  },
  { key: 'teams', title: '共用班组', align: 'right', render: (c) => <Text data-testid="cluster-teams">{c.applicationCount} 个</Text> },
  {
    key: 'members',
    title: '班组（占本班组材料的比例）',
    render: (c) => (
      <Text className="sim-cluster-members">
        {c.members
          .slice(0, NAMED)
          .map((m) => `${teamText(m)}（${pct(m.share)}）`)
          .join('、')}
        {c.members.length > NAMED ? ` 等 ${c.members.length} 份材料` : ''}
      </Text>
    ),
  },
  { key: 'chars', title: '共用文字', align: 'right', render: (c) => `${c.chars} 字` },
  {
    key: 'action',
    title: '操作',
    render: (c) => (
      <Button small onClick={() => goConsole(withParams(CONSOLE_ROUTES.similarityCluster, { id: String(c.id) }))} data-testid="cluster-open">
        查看共用段落
      </Button>
    ),
  },
];

/** 模板雷同: the clusters of the last run, the largest share first (the same order as the pairs). */
export function ClustersTab({ reloadKey }: { reloadKey: number }) {
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  // reloadKey: a run has just finished. The clusters come whole; the table pages them here.
  const list = useLoaded(() => similarityClustersApi.list(), [reloadKey]);
  const rows = list.data?.items ?? null;

  const start = (query.page - 1) * query.pageSize;
  return (
    <View className="qc-card">
      <View className="sim-filter-note" data-testid="clusters-note">
        <Text>多个班组的材料里出现同一段文字（不含通知和评分标准的原文），可能出自同一份代写或购买的材料。占比为这段文字占各班组本人文字的比例。</Text>
      </View>
      <DataTable
        testId="similarity-clusters"
        rowTestId="cluster-row"
        columns={COLUMNS}
        rows={rows ? rows.slice(start, start + query.pageSize) : null}
        total={rows?.length ?? 0}
        rowKey={(c) => c.id}
        query={query}
        onQueryChange={setQuery}
        pageSizes={SPEC.pageSizes}
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        emptyText="没有发现多个班组共用的段落"
      />
    </View>
  );
}
