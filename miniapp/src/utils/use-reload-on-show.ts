import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Loaded } from './use-request';

/**
 * Loads again each time the page shows again (back from a page that changed something). The first show is skipped
 * by asking whether a load is still running: `useLoaded` has just started one on mount, and a second would be wasted.
 */
export function useReloadOnShow(loaded: Pick<Loaded<unknown>, 'loading' | 'reload'>): void {
  const latest = useRef(loaded);
  latest.current = loaded;
  useDidShow(() => {
    if (!latest.current.loading) latest.current.reload();
  });
}
