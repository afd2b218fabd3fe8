import { type ReactNode, useEffect, useRef } from 'react';
import { Text, View } from '@tarojs/components';
import { pageCount, pageWindow, type TableQuery, toggleSort } from './table-query';

export type RowKey = number | string;

export interface Column<T> {
  key: string;
  title: ReactNode;
  /** The server's sort key; absent: not sortable. */
  sortKey?: string;
  align?: 'left' | 'right' | 'center';
  width?: number;
  /** Keep the cell on one line, cut with an ellipsis past this many px (the full text in its tooltip). */
  ellipsis?: number;
  render: (row: T) => ReactNode;
}

export interface Selection {
  selected: RowKey[];
  onChange: (keys: RowKey[]) => void;
  /** Shown in the bar above the table while rows are selected. */
  actions: ReactNode;
}

export interface DataTableProps<T> {
  columns: Array<Column<T>>;
  rows: T[] | null;
  total: number;
  rowKey: (row: T) => RowKey;
  query: TableQuery;
  onQueryChange: (next: TableQuery) => void;
  pageSizes: readonly number[];
  loading: boolean;
  error: string;
  onRetry?: () => void;
  emptyText?: string;
  selection?: Selection;
  onRowClick?: (row: T) => void;
  activeKey?: RowKey | null;
  testId?: string;
  /** The data-testid of each row; `${testId}-row` unless given. */
  rowTestId?: string;
}

function SortArrows({ state }: { state: 'asc' | 'desc' | null }) {
  return (
    <Text className="qc-table__arrows" aria-hidden="true">
      <Text className={state === 'asc' ? 'qc-table__arrow--on' : ''}>▲</Text>
      <Text className={state === 'desc' ? 'qc-table__arrow--on' : ''}>▼</Text>
    </Text>
  );
}

/** The pager: total, page numbers with gaps, previous/next and the page size. */
export function Pager({ query, total, pageSizes, onChange, testId }: { query: TableQuery; total: number; pageSizes: readonly number[]; onChange: (q: TableQuery) => void; testId: string }) {
  const pages = pageCount(total, query.pageSize);
  const go = (page: number) => onChange({ ...query, page });
  return (
    <View className="qc-pager" data-testid={`${testId}-pager`}>
      <Text className="qc-pager__total" data-testid={`${testId}-count`}>
        共 {total} 条
      </Text>
      <button type="button" className="qc-btn qc-pager__page" disabled={query.page <= 1} onClick={() => go(query.page - 1)} data-testid={`${testId}-prev`} aria-label="上一页">
        ‹
      </button>
      {pageWindow(Math.min(query.page, pages), pages).map((p, i) =>
        p === null ? (
          <Text key={`gap-${i}`} className="qc-pager__gap">
            …
          </Text>
        ) : (
          <button
            type="button"
            key={p}
            className={`qc-btn qc-pager__page${p === query.page ? ' qc-pager__page--current' : ''}`}
            onClick={() => go(p)}
            data-testid={`${testId}-page-${p}`}
          >
            {p}
          </button>
        ),
      )}
      <button type="button" className="qc-btn qc-pager__page" disabled={query.page >= pages} onClick={() => go(query.page + 1)} data-testid={`${testId}-next`} aria-label="下一页">
        ›
      </button>
      <select
        className="qc-select"
        value={query.pageSize}
        data-testid={`${testId}-page-size`}
        onChange={(e) => onChange({ ...query, page: 1, pageSize: Number(e.target.value) })}
      >
        {pageSizes.map((s) => (
          <option key={s} value={s}>
            {s} 条/页
          </option>
        ))}
      </select>
    </View>
  );
}

/** A server-paged table: sortable headers, row selection with bulk actions, and its loading, error and empty states. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, total, rowKey, query, onQueryChange, pageSizes, loading, error, onRetry, emptyText = '暂无数据', selection, onRowClick, activeKey, testId = 'table', rowTestId = `${testId}-row` } = props;
  const keys = (rows ?? []).map(rowKey);
  const selected = new Set(selection?.selected ?? []);
  const onPage = keys.filter((k) => selected.has(k)).length;
  const all = keys.length > 0 && onPage === keys.length;
  const headCheck = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (headCheck.current) headCheck.current.indeterminate = onPage > 0 && !all;
  }, [onPage, all]);
  const span = columns.length + (selection ? 1 : 0);

  const toggleAll = () => {
    if (!selection) return;
    if (all) selection.onChange(selection.selected.filter((k) => !keys.includes(k)));
    else selection.onChange([...new Set([...selection.selected, ...keys])]);
  };
  const toggleOne = (key: RowKey) => {
    if (!selection) return;
    selection.onChange(selected.has(key) ? selection.selected.filter((k) => k !== key) : [...selection.selected, key]);
  };

  let body: ReactNode;
  if (error !== '') {
    body = (
      <tr>
        <td colSpan={span} className="qc-table__state" data-testid={`${testId}-error`}>
          <Text className="qc-alert qc-alert--error" style={{ display: 'inline-block' }}>
            加载失败：{error}
          </Text>
          {onRetry && (
            <View>
              <button type="button" className="qc-btn" onClick={onRetry}>
                重试
              </button>
            </View>
          )}
        </td>
      </tr>
    );
  } else if (rows === null) {
    body = (
      <tr>
        <td colSpan={span} className="qc-table__state" data-testid={`${testId}-loading`}>
          加载中…
        </td>
      </tr>
    );
  } else if (rows.length === 0) {
    body = (
      <tr>
        <td colSpan={span} className="qc-table__state" data-testid={`${testId}-empty`}>
          <Text className="qc-empty__icon">∅</Text>
          {emptyText}
        </td>
      </tr>
    );
  } else {
    body = rows.map((row) => {
      const key = rowKey(row);
      const classes = [selected.has(key) ? 'qc-table__row--selected' : '', activeKey === key ? 'qc-table__row--active' : '', onRowClick ? 'qc-table__row--clickable' : '']
        .filter(Boolean)
        .join(' ');
      return (
        <tr key={String(key)} className={classes} data-testid={rowTestId} data-key={String(key)} onClick={() => onRowClick?.(row)}>
          {selection && (
            <td className="qc-table__check" onClick={(e) => e.stopPropagation()}>
              <input type="checkbox" checked={selected.has(key)} onChange={() => toggleOne(key)} data-testid={`${testId}-select`} aria-label="选择此行" />
            </td>
          )}
          {columns.map((c) => (
            <td key={c.key} className={c.align === 'right' ? 'qc-table__num' : undefined} style={c.align === 'center' ? { textAlign: 'center' } : undefined} data-col={c.key}>
              {c.ellipsis ? (
                <View className="qc-table__ellipsis" style={{ maxWidth: `${c.ellipsis}px` }}>
                  {c.render(row)}
                </View>
              ) : (
                c.render(row)
              )}
            </td>
          ))}
        </tr>
      );
    });
  }

  return (
    <View data-testid={testId}>
      {selection && selection.selected.length > 0 && (
        <View className="qc-bulk" data-testid={`${testId}-bulk`}>
          <Text className="qc-bulk__count" data-testid={`${testId}-selected-count`}>
            已选择 {selection.selected.length} 项
          </Text>
          {selection.actions}
          <button type="button" className="qc-btn qc-btn--link" onClick={() => selection.onChange([])} data-testid={`${testId}-clear-selection`}>
            取消选择
          </button>
        </View>
      )}
      <View className="qc-table-wrap">
        {loading && rows !== null && (
          <View className="qc-table__loading" data-testid={`${testId}-refreshing`}>
            加载中…
          </View>
        )}
        <table className="qc-table">
          <thead>
            <tr>
              {selection && (
                <th className="qc-table__check">
                  <input ref={headCheck} type="checkbox" checked={all} disabled={keys.length === 0} onChange={toggleAll} data-testid={`${testId}-select-all`} aria-label="选择本页全部" />
                </th>
              )}
              {columns.map((c) => {
                const state = c.sortKey && query.sort === c.sortKey ? query.order : null;
                return (
                  <th
                    key={c.key}
                    className={c.align === 'right' ? 'qc-table__num' : undefined}
                    style={c.width ? { width: `${c.width}px` } : undefined}
                    aria-sort={state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined}
                  >
                    {c.sortKey ? (
                      <Text className="qc-table__sorter" data-testid={`${testId}-sort-${c.sortKey}`} data-sort={state ?? 'none'} onClick={() => onQueryChange(toggleSort(query, c.sortKey!))}>
                        {c.title}
                        <SortArrows state={state} />
                      </Text>
                    ) : (
                      c.title
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </View>
      <Pager query={query} total={total} pageSizes={pageSizes} onChange={onQueryChange} testId={testId} />
    </View>
  );
}
