import type { TableQuery, TableSpec } from '../console/table-query';

// A season has few cases and warnings, so the server sends each list whole and the table pages it here; the query
// stays in the tab's state rather than the address (both tabs share one page).

export const LIST_SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50], defaultSort: null };

/** The rows of the query's page, or null while the list has not arrived. */
export function pageOf<T>(rows: T[] | null, query: TableQuery): T[] | null {
  return rows ? rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize) : null;
}
