import { useEffect } from 'react';
import type { Notice } from '../review-pages/parts';

/**
 * Shows an action's failure in the page's one notice line, after what it was doing ("解锁失败：…"): the page has a
 * single line for the outcome of its last action, success or not, rather than an error under each button.
 */
export function useFailureNotice(error: string, doing: string, show: (notice: Notice) => void): void {
  useEffect(() => {
    if (error !== '') show({ ok: false, text: `${doing}：${error}` });
    // Only a new failure is shown; `show` is a new function on each render of the page.
  }, [error, doing]);
}
