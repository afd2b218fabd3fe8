import { posix } from 'node:path';

/**
 * A navigation URL as the base library reads it: `/pages/x/index?a=1` from the root, `../y/index` from the current
 * page's folder; the query's values are passed to onLoad as the strings they are (WeChat does not decode them).
 */
export function parsePageUrl(url: string, currentRoute: string): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?');
  const base = currentRoute ? posix.dirname(currentRoute) : '';
  const route = path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(base, path));
  const query = Object.fromEntries(
    search
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [k = '', v = ''] = pair.split('=');
        return [k, v];
      }),
  );
  return { route, query };
}
