/**
 * WeChat's setData keys are data paths — `a.b`, `list[0].name`, and Taro's `root.cn.[0].cn.[2]` — applied to the
 * page's or component's data, creating objects and arrays along the way as the base library does.
 */
export function parseDataPath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`setData: 无法解析的数据路径 ${path}`);
    if (m[1]) out.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

export function applyDataPath(data: Record<string, unknown>, path: string, value: unknown): string {
  const keys = parseDataPath(path);
  let target = data as Record<string | number, unknown>;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const next = keys[i + 1];
    const existing = target[key];
    if (existing === null || typeof existing !== 'object') target[key] = typeof next === 'number' ? [] : {};
    target = target[key] as Record<string | number, unknown>;
  }
  target[keys[keys.length - 1]!] = value;
  return String(keys[0]);
}

/** What crosses from the logic layer to the view (and back): WeChat serializes it, so functions and undefined vanish. */
export const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
