import { useState } from 'react';
import { Field, FilterBar } from '../console/filters';
import { Select, type SelectOption, TextInput } from '../console/kit';
import { defaultQuery, setFilter, type TableQuery, type TableSpec } from '../console/table-query';

const YES_NO = (yes: string, no: string) => [
  { value: '', label: '全部' },
  { value: 'true', label: yes },
  { value: 'false', label: no },
];
const DRAWABLE_OPTIONS = YES_NO('可抽取', '不可抽取');
const ACTIVE_OPTIONS = YES_NO('启用', '停用');

export interface ExpertFiltersProps {
  spec: TableSpec;
  query: TableQuery;
  setQuery: (next: TableQuery) => void;
  unitOptions: Array<SelectOption<string>>;
}

/** The dropdowns filter at once; the search text waits for 查询 (or Enter). */
export function ExpertFilters({ spec, query, setQuery, unitOptions }: ExpertFiltersProps) {
  const filter = (name: string) => (typeof query.filters[name] === 'string' ? (query.filters[name] as string) : '');
  const [q, setQ] = useState(() => filter('q'));
  const select = (name: string) => (value: string) => setQuery(setFilter(query, name, value));

  return (
    <FilterBar
      testId="experts-filters"
      onSubmit={() => setQuery(setFilter(query, 'q', q))}
      onReset={() => {
        setQ('');
        setQuery({ ...defaultQuery(spec), pageSize: query.pageSize });
      }}
    >
      <Field label="推荐单位">
        <Select style={{ width: '240px' }} value={filter('unitId')} options={[{ value: '', label: '全部推荐单位' }, ...unitOptions]} onChange={select('unitId')} data-testid="experts-filter-unit" />
      </Field>
      <Field label="可抽取">
        <Select value={filter('drawable')} options={DRAWABLE_OPTIONS} onChange={select('drawable')} data-testid="experts-filter-drawable" />
      </Field>
      <Field label="状态">
        <Select value={filter('active')} options={ACTIVE_OPTIONS} onChange={select('active')} data-testid="experts-filter-active" />
      </Field>
      <Field label="查找">
        <TextInput style={{ width: '220px' }} value={q} placeholder="姓名、手机号、企业或专业" onChange={setQ} data-testid="experts-filter-q" />
      </Field>
    </FilterBar>
  );
}
