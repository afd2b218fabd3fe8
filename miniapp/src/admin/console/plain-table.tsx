import { forwardRef, type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';
import { Text, View } from '@tarojs/components';

// The console's plain table (no paging; the paged one is data-table.tsx): pages build it from these, never from bare
// table elements.

/** A row of a PlainTable (its head's or its body's); data-testid, className and keys pass through. */
export function PlainRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

/** A heading cell of a PlainTable's head row (its ref reaches the cell, e.g. to mark a select-all box as partly on). */
export const PlainHeadCell = forwardRef<HTMLTableCellElement, ThHTMLAttributes<HTMLTableCellElement>>(function PlainHeadCell(props, ref) {
  return <th ref={ref} {...props} />;
});

/** A cell of a PlainTable's body row. */
export function PlainCell(props: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} />;
}

/**
 * A plain table (no paging) in the console's style, with its loading, error and empty states. Callers build its head
 * and rows from PlainRow, PlainHeadCell and PlainCell, never bare table elements.
 */
export function PlainTable({
  head,
  loading,
  error,
  empty,
  children,
  testId,
  colSpan,
  className,
  emptyText = '暂无数据',
}: {
  head: ReactNode;
  loading: boolean;
  error: string;
  empty: boolean;
  children: ReactNode;
  testId: string;
  colSpan: number;
  /** Classes of the table besides qc-table (a page's SCSS styles its table through them). */
  className?: string;
  emptyText?: string;
}) {
  let body: ReactNode = children;
  if (error !== '') {
    body = (
      <tr>
        <td colSpan={colSpan} className="qc-table__state" data-testid={`${testId}-error`}>
          <Text className="qc-alert qc-alert--error" style={{ display: 'inline-block' }}>
            加载失败：{error}
          </Text>
        </td>
      </tr>
    );
  } else if (loading && empty) {
    body = (
      <tr>
        <td colSpan={colSpan} className="qc-table__state" data-testid={`${testId}-loading`}>
          加载中…
        </td>
      </tr>
    );
  } else if (empty) {
    body = (
      <tr>
        <td colSpan={colSpan} className="qc-table__state" data-testid={`${testId}-empty`}>
          <Text className="qc-empty__icon">∅</Text>
          {emptyText}
        </td>
      </tr>
    );
  }
  return (
    <View className="qc-table-wrap" data-testid={testId}>
      <table className={className ? `qc-table ${className}` : 'qc-table'}>
        <thead>{head}</thead>
        <tbody>{body}</tbody>
      </table>
    </View>
  );
}
