import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { similarityApi, type SimilarityDocument } from '../../api/console-similarity';
import { useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { defaultQuery, type TableQuery, type TableSpec } from '../console/table-query';

const SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50, 100], defaultSort: null };

/** The files no text could be read from (scans, encrypted or broken files), with the reason: checked by hand. */
export function UncheckableTab({ reloadKey }: { reloadKey: number }) {
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  // reloadKey: a run has just finished.
  const list = useLoaded(() => similarityApi.documents({ status: 'uncheckable', page: query.page, pageSize: query.pageSize }), [query, reloadKey]);
  const page = list.data;

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
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        emptyText="没有无法比对的文件"
      />
    </View>
  );
}
