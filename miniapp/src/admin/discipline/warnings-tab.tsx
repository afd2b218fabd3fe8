import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type UnitWarning, setupApi } from '../../api/console-setup';
import { formatDateTime } from '../../utils/format';
import { useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { Select } from '../console/kit';
import { defaultQuery, type TableQuery } from '../console/table-query';
import { useUnitOptions } from '../console/unit-options';
import { LIST_SPEC, pageOf } from './local-page';

const COLUMNS: Array<Column<UnitWarning>> = [
  { key: 'unit', title: '推荐单位', render: (w) => w.unit?.name ?? <Text className="qc-muted">—</Text> },
  { key: 'application', title: '涉及申报', render: (w) => `#${w.application.id} ${w.application.teamName ?? ''} · ${w.application.enterpriseName ?? ''}` },
  { key: 'case', title: '案件', render: (w) => `${w.caseId}${w.kindLabel ? `（${w.kindLabel}）` : ''}` },
  { key: 'reason', title: '警示理由', render: (w) => w.reason },
  { key: 'issuedAt', title: '警示时间', width: 140, render: (w) => formatDateTime(w.issuedAt) },
];

/** 推荐单位警示: the warnings upheld cases sent to recommending units, filtered by unit. */
export function WarningsTab() {
  const [unitId, setUnitId] = useState('');
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(LIST_SPEC));
  const warnings = useLoaded(() => setupApi.unitWarnings(unitId ? Number(unitId) : undefined).then((r) => r.items), [unitId]);
  const unitOptions = [{ value: '', label: '全部推荐单位' }, ...useUnitOptions()];

  return (
    <View>
      <View className="qc-card">
        <View className="qc-filters">
          <View className="qc-filters__field">
            <Text className="qc-filters__label">推荐单位</Text>
            <Select
              style={{ width: '260px' }}
              value={unitId}
              options={unitOptions}
              onChange={(v) => {
                setUnitId(v);
                setQuery(defaultQuery(LIST_SPEC));
              }}
              data-testid="warnings-filter-unit"
            />
          </View>
        </View>
      </View>
      <View className="qc-card">
        <DataTable
          testId="warnings"
          columns={COLUMNS}
          rows={pageOf(warnings.data, query)}
          total={warnings.data?.length ?? 0}
          rowKey={(w) => w.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={LIST_SPEC.pageSizes}
          loading={warnings.loading}
          error={warnings.error}
          onRetry={warnings.reload}
          emptyText="尚无推荐单位警示"
        />
      </View>
    </View>
  );
}
