import { describe, expect, it } from '@jest/globals';
import { defaultQuery } from '../console/table-query';
import { LIST_SPEC, pageOf } from './local-page';

describe('paging a whole list in the browser', () => {
  const rows = Array.from({ length: 25 }, (_, i) => i + 1);

  it('cuts the query’s page out of the rows', () => {
    expect(pageOf(rows, { ...defaultQuery(LIST_SPEC), page: 2, pageSize: 10 })).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(pageOf(rows, { ...defaultQuery(LIST_SPEC), page: 3, pageSize: 10 })).toEqual([21, 22, 23, 24, 25]);
  });

  it('keeps null (still loading) apart from an empty page', () => {
    expect(pageOf(null, defaultQuery(LIST_SPEC))).toBeNull();
    expect(pageOf(rows, { ...defaultQuery(LIST_SPEC), page: 9, pageSize: 10 })).toEqual([]);
  });
});
