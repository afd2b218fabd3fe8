import type { Page } from '../../api';
import type { DataTableProps } from './data-table';
import { type Loaded, useLoaded } from '../../utils/use-request';
import type { TableQuery, TableSpec } from './table-query';
import { useTableQuery } from './use-table-query';

type ItemOf<P> = P extends Page<infer T> ? T : never;

export interface PagedList<P> extends Loaded<P> {
  query: TableQuery;
  setQuery: (next: TableQuery) => void;
  /** What a DataTable needs of the list (rows, paging, states, retry): `<DataTable {...list.table} columns=… />`. */
  table: Pick<DataTableProps<ItemOf<P>>, 'rows' | 'total' | 'query' | 'onQueryChange' | 'pageSizes' | 'loading' | 'error' | 'onRetry'>;
}

/**
 * The console's one way to show a paged, filtered, sorted list: the query lives in the page's URL (a reload or a shared
 * link shows the same rows), each change of it loads that page, and a failure is shown, never an empty table. The page
 * type may carry more than its rows (the outbox's counts by state).
 */
export function usePagedList<P extends Page<unknown>>(spec: TableSpec, path: string, fetch: (query: TableQuery) => Promise<P>): PagedList<P> {
  const [query, setQuery] = useTableQuery(spec, path);
  const loaded = useLoaded(() => fetch(query), [query]);
  const table = {
    rows: (loaded.data?.items as Array<ItemOf<P>> | undefined) ?? null,
    total: loaded.data?.total ?? 0,
    query,
    onQueryChange: setQuery,
    pageSizes: spec.pageSizes,
    loading: loaded.loading,
    error: loaded.error,
    onRetry: loaded.reload,
  };
  return { ...loaded, query, setQuery, table };
}
