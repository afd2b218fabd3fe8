/** Before and after of an audit entry, flattened to dotted keys and compared key by key. */

export type Change = 'added' | 'removed' | 'changed' | 'same';

export interface DiffRow {
  key: string;
  before: string;
  after: string;
  change: Change;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested plain objects become `a.b.c` keys; arrays and scalars stay whole. A non-object value is the single key ''. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value === undefined || value === null) return out;
  if (!isPlainObject(value)) {
    out.set(prefix, value);
    return out;
  }
  const keys = Object.keys(value);
  if (keys.length === 0 && prefix !== '') out.set(prefix, {});
  for (const key of keys) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const v = value[key];
    if (isPlainObject(v)) for (const [k, inner] of flatten(v, path)) out.set(k, inner);
    else out.set(path, v);
  }
  return out;
}

/** How a value reads in the side-by-side panel. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every key of either side, in the order first seen (before's keys, then after's new ones), with how it changed. */
export function diffObjects(before: unknown, after: unknown): DiffRow[] {
  const b = flatten(before);
  const a = flatten(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys.map((key) => {
    const inBefore = b.has(key);
    const inAfter = a.has(key);
    const change: Change = !inBefore ? 'added' : !inAfter ? 'removed' : same(b.get(key), a.get(key)) ? 'same' : 'changed';
    return { key: key === '' ? '（值）' : key, before: inBefore ? showValue(b.get(key)) : '', after: inAfter ? showValue(a.get(key)) : '', change };
  });
}

export const changedCount = (rows: DiffRow[]) => rows.filter((r) => r.change !== 'same').length;
