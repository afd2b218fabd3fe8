import { describe, expect, it } from '@jest/globals';
import { defaultQuery, pageWindow, paramsToQuery, queryToApi, queryToParams, setFilter, type TableQuery, toggleSort, type TableSpec, withParams } from './table-query';

const spec: TableSpec = {
  filters: [{ name: 'status', multi: true }, { name: 'unitId' }, { name: 'q' }],
  sortKeys: ['id', 'total', 'teamName'],
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: { key: 'id', order: 'desc' },
};

describe('table query ↔ URL parameters', () => {
  it('the default query has no parameters', () => {
    expect(queryToParams(defaultQuery(spec), spec)).toEqual({});
    expect(paramsToQuery({}, spec)).toEqual(defaultQuery(spec));
  });

  it('round-trips page, size, sort, order and filters (multi-valued comma-separated, encoded)', () => {
    const query = { page: 3, pageSize: 50, sort: 'total', order: 'asc' as const, filters: { status: ['recommended', 'screened_in'], q: '钢结构 一班', unitId: '7' } };
    const params = queryToParams(query, spec);
    expect(params).toEqual({ page: '3', pageSize: '50', sort: 'total', order: 'asc', status: 'recommended,screened_in', unitId: '7', q: '钢结构 一班' });
    const url = withParams('/admin/applications/index', params);
    expect(url).toContain('q=%E9%92%A2');
    const back = Object.fromEntries(new URLSearchParams(url.split('?')[1]).entries());
    expect(paramsToQuery(back, spec)).toEqual(query);
    // Taro hands the parameters over still encoded.
    expect(paramsToQuery({ q: encodeURIComponent('钢结构 一班') }, spec).filters.q).toBe('钢结构 一班');
  });

  it('ignores what it does not know: bad numbers, page sizes, sort keys and orders, unknown filters', () => {
    const q = paramsToQuery({ page: '0', pageSize: '7', sort: 'password', order: 'sideways', role: 'x', status: ',,' }, spec);
    expect(q).toEqual(defaultQuery(spec));
  });

  it('keeps an explicit "unsorted" when the default is sorted', () => {
    const unsorted = { ...defaultQuery(spec), sort: null };
    expect(queryToParams(unsorted, spec)).toEqual({ sort: '' });
    expect(paramsToQuery({ sort: '' }, spec).sort).toBe('id'); // an empty value reads as absent: back to the default
  });

  it('sends the API page, size, sort and filters', () => {
    expect(queryToApi({ page: 2, pageSize: 10, sort: null, order: 'asc', filters: { status: ['a', 'b'] } })).toEqual({ page: 2, pageSize: 10, status: 'a,b' });
    expect(queryToApi({ page: 1, pageSize: 10, sort: 'total', order: 'desc', filters: {} })).toEqual({ page: 1, pageSize: 10, sort: 'total', order: 'desc' });
  });
});

describe('sorting and filtering', () => {
  it('toggles a column asc → desc → unsorted, a new column from asc, always back to page 1', () => {
    let q: TableQuery = { ...defaultQuery(spec), sort: null, page: 4 };
    q = toggleSort(q, 'total');
    expect([q.sort, q.order, q.page]).toEqual(['total', 'asc', 1]);
    q = toggleSort({ ...q, page: 2 }, 'total');
    expect([q.sort, q.order, q.page]).toEqual(['total', 'desc', 1]);
    q = toggleSort(q, 'total');
    expect([q.sort, q.order]).toEqual([null, 'asc']);
    q = toggleSort(toggleSort(q, 'total'), 'teamName');
    expect([q.sort, q.order]).toEqual(['teamName', 'asc']);
  });

  it('sets and clears filters, trimming text', () => {
    let q = setFilter({ ...defaultQuery(spec), page: 5 }, 'q', '  班组 ');
    expect(q.filters).toEqual({ q: '班组' });
    expect(q.page).toBe(1);
    q = setFilter(q, 'status', ['recommended']);
    q = setFilter(q, 'q', '   ');
    expect(q.filters).toEqual({ status: ['recommended'] });
    expect(setFilter(q, 'status', []).filters).toEqual({});
  });
});

describe('page window', () => {
  it('shows the first, the last and two on either side of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
});
