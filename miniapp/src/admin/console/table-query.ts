/** A table's state — page, page size, sort and filters — and its round trip through the page's URL parameters. */

export type SortOrder = 'asc' | 'desc';

export interface TableQuery {
  page: number;
  pageSize: number;
  sort: string | null;
  order: SortOrder;
  /** A single-valued filter is a string, a multi-valued one an array; empty values are absent. */
  filters: Record<string, string | string[]>;
}

export interface FilterSpec {
  name: string;
  multi?: boolean;
}

export interface TableSpec {
  filters: readonly FilterSpec[];
  sortKeys: readonly string[];
  defaultPageSize: number;
  pageSizes: readonly number[];
  defaultSort?: { key: string; order: SortOrder } | null;
}

export function defaultQuery(spec: TableSpec): TableQuery {
  return {
    page: 1,
    pageSize: spec.defaultPageSize,
    sort: spec.defaultSort?.key ?? null,
    order: spec.defaultSort?.order ?? 'asc',
    filters: {},
  };
}

const positiveInt = (value: string | undefined): number | null => {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
};

/** URL parameters (as Taro's router gives them, still encoded or not) → a valid query; anything unknown falls back to the default. */
export function paramsToQuery(params: Record<string, string | undefined>, spec: TableSpec): TableQuery {
  const base = defaultQuery(spec);
  const read = (key: string): string | undefined => {
    const raw = params[key];
    if (raw === undefined || raw === '') return undefined;
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const page = positiveInt(read('page')) ?? base.page;
  const size = positiveInt(read('pageSize'));
  const pageSize = size !== null && spec.pageSizes.includes(size) ? size : base.pageSize;
  const sortKey = read('sort');
  const sort = sortKey !== undefined && spec.sortKeys.includes(sortKey) ? sortKey : base.sort;
  const orderRaw = read('order');
  const order: SortOrder = orderRaw === 'asc' || orderRaw === 'desc' ? orderRaw : base.order;
  const filters: Record<string, string | string[]> = {};
  for (const f of spec.filters) {
    const value = read(f.name)?.trim();
    if (!value) continue;
    if (f.multi) {
      const values = [...new Set(value.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
      if (values.length) filters[f.name] = values;
    } else {
      filters[f.name] = value;
    }
  }
  return { page, pageSize, sort, order: sort === null ? 'asc' : order, filters };
}

/** A query → URL parameters, leaving out what equals the default; multi-valued filters comma-separated. */
export function queryToParams(query: TableQuery, spec: TableSpec): Record<string, string> {
  const base = defaultQuery(spec);
  const out: Record<string, string> = {};
  if (query.page !== base.page) out.page = String(query.page);
  if (query.pageSize !== base.pageSize) out.pageSize = String(query.pageSize);
  if (query.sort !== base.sort || (query.sort !== null && query.order !== base.order)) {
    if (query.sort !== null) {
      out.sort = query.sort;
      out.order = query.order;
    } else {
      out.sort = '';
    }
  }
  for (const f of spec.filters) {
    const value = query.filters[f.name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text !== '') out[f.name] = text;
  }
  return out;
}

/** The parameters the API takes: page, pageSize, sort/order when sorted, and every filter. */
export function queryToApi(query: TableQuery): Record<string, string | number> {
  const out: Record<string, string | number> = { page: query.page, pageSize: query.pageSize };
  if (query.sort !== null) {
    out.sort = query.sort;
    out.order = query.order;
  }
  for (const [name, value] of Object.entries(query.filters)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text !== '') out[name] = text;
  }
  return out;
}

/** `path?a=1&b=2`, encoded; the path alone when there are no parameters. */
export function withParams(path: string, params: Record<string, string>): string {
  const pairs = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}

/** Clicking a header: unsorted → ascending → descending → unsorted; another column starts ascending. Back to page 1. */
export function toggleSort(query: TableQuery, key: string): TableQuery {
  if (query.sort !== key) return { ...query, sort: key, order: 'asc', page: 1 };
  if (query.order === 'asc') return { ...query, order: 'desc', page: 1 };
  return { ...query, sort: null, order: 'asc', page: 1 };
}

/** A filter changed: drop empty values and go back to page 1. */
export function setFilter(query: TableQuery, name: string, value: string | string[] | undefined): TableQuery {
  const filters = { ...query.filters };
  const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
  if (empty) delete filters[name];
  else filters[name] = Array.isArray(value) ? value : value.trim();
  return { ...query, filters, page: 1 };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The page numbers to show, with null for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pages: number, around = 2): Array<number | null> {
  const shown = new Set<number>([1, pages]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  }
  return out;
}
