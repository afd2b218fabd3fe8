import type { RecommendationWindow } from '../api';
import { formatDate } from '../utils/format';

/** The banner over the recommender's pages: whether decisions can still be made, and until when. */
export function windowText(window: RecommendationWindow): string {
  const dates = `${formatDate(window.opens)} 至 ${formatDate(window.closes)}`;
  return window.open ? `推荐时间：${dates}，现在可以推荐。` : `推荐时间为 ${dates}，当前不在推荐时间内，不能推荐或不推荐。`;
}
