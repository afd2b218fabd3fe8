import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { paramsToQuery, queryToParams, type TableQuery, type TableSpec, withParams } from './table-query';

/**
 * A table's query, read from the page's URL when it opens and written back (replacing the history entry) on every
 * change, so that a reload or a shared link shows the same page, sort and filters.
 */
export function useTableQuery(spec: TableSpec, path: string): [TableQuery, (next: TableQuery) => void] {
  const router = useRouter();
  const [query, setQuery] = useState<TableQuery>(() => paramsToQuery(router.params as Record<string, string | undefined>, spec));
  const update = useCallback(
    (next: TableQuery) => {
      setQuery(next);
      if (typeof window !== 'undefined' && window.history?.replaceState) {
        window.history.replaceState(window.history.state, '', `#${withParams(path, queryToParams(next, spec))}`);
      }
    },
    [spec, path],
  );
  return [query, update];
}
