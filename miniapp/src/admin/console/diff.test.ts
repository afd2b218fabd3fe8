import { describe, expect, it } from '@jest/globals';
import { changedCount, diffObjects, flatten, showValue } from './diff';

describe('audit before/after diff', () => {
  it('marks changed, added, removed and unchanged keys, nested objects as dotted keys', () => {
    const rows = diffObjects(
      { status: 'recommended', score: { materials: 80, presentation: null }, note: 'x', tags: ['a'] },
      { status: 'screened_in', score: { materials: 80, presentation: 15.5 }, tags: ['a'], reason: '复核' },
    );
    expect(rows).toEqual([
      { key: 'status', before: 'recommended', after: 'screened_in', change: 'changed' },
      { key: 'score.materials', before: '80', after: '80', change: 'same' },
      { key: 'score.presentation', before: 'null', after: '15.5', change: 'changed' },
      { key: 'note', before: 'x', after: '', change: 'removed' },
      { key: 'tags', before: '["a"]', after: '["a"]', change: 'same' },
      { key: 'reason', before: '', after: '复核', change: 'added' },
    ]);
    expect(changedCount(rows)).toBe(4);
  });

  it('treats a missing side (creation, deletion) as all added or all removed', () => {
    expect(diffObjects(null, { a: 1 })).toEqual([{ key: 'a', before: '', after: '1', change: 'added' }]);
    expect(diffObjects({ a: 1 }, undefined)).toEqual([{ key: 'a', before: '1', after: '', change: 'removed' }]);
    expect(diffObjects(null, null)).toEqual([]);
  });

  it('compares scalars as a single value', () => {
    expect(diffObjects('draft', 'submitted')).toEqual([{ key: '（值）', before: 'draft', after: 'submitted', change: 'changed' }]);
  });

  it('flattens and shows values', () => {
    expect([...flatten({ a: { b: { c: 1 } }, d: {} }).entries()]).toEqual([
      ['a.b.c', 1],
      ['d', {}],
    ]);
    expect(showValue(true)).toBe('true');
    expect(showValue({ x: 1 })).toBe('{"x":1}');
  });
});
