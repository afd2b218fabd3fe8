import type { Page } from '../../api';
import { type Loaded, useLoaded } from '../../utils/use-request';
import type { TableQuery, TableSpec } from './table-query';
import { useTableQuery } from './use-table-query';

export interface PagedList<P> extends Loaded<P> {
  query: TableQuery;
  setQuery: (next: TableQuery) => void;
}

/**
 * The console's one way to show a paged, filtered, sorted list: the query lives in the page's URL (a reload or a shared
 * link shows the same rows), each change of it loads that page, and a failure is shown, never an empty table. The page
 * type may carry more than its rows (the outbox's counts by state).
 */
export function usePagedList<P extends Page<unknown>>(spec: TableSpec, path: string, fetch: (query: TableQuery) => Promise<P>): PagedList<P> {
  const [query, setQuery] = useTableQuery(spec, path);
  const loaded = useLoaded(() => fetch(query), [query]);
  return { ...loaded, query, setQuery };
}
