import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import {
  endSession,
  getPrincipal,
  recommendationApi,
  recommendingUnitApi,
  type RecommendationStatus,
  type RecommendationWindow,
  type RecommenderPrincipal,
} from '../../api';
import { ROUTES } from '../../utils/routes';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { windowText } from '../window-text';
import './index.scss';

const COUNTS: Array<{ status: RecommendationStatus; label: string }> = [
  { status: 'submitted', label: '待推荐' },
  { status: 'recommended', label: '已推荐' },
  { status: 'declined', label: '未推荐' },
];

const ENTRIES = [
  { text: '申报班组', url: ROUTES.recommenderList, testId: 'rec-home-applications' },
  { text: '推荐顺序', url: ROUTES.recommenderPreferences, testId: 'rec-home-preferences' },
  { text: '统计表（附件3）', url: ROUTES.recommenderStatistics, testId: 'rec-home-statistics' },
  { text: '推荐材料', url: ROUTES.recommenderPackage, testId: 'rec-home-package' },
];

export default function RecommenderHomePage() {
  const principal = getPrincipal() as RecommenderPrincipal | null;
  const [unitName, setUnitName] = useState('');
  const signedIn = principal?.role === 'recommender';

  const loaded = useLoaded(async () => {
    if (!principal || principal.role !== 'recommender') {
      void Taro.redirectTo({ url: ROUTES.login });
      return null;
    }
    recommendingUnitApi
      .list()
      .then((r) => setUnitName(r.items.find((u) => String(u.id) === String(principal.recommendingUnitId))?.name ?? ''))
      .catch(() => undefined);
    // One small page per status: the totals are the counts.
    const pages = await Promise.all(COUNTS.map((c) => recommendationApi.list({ status: c.status, page: 1, pageSize: 1 })));
    return { counts: Object.fromEntries(pages.map((p, i) => [COUNTS[i]!.status, p.total])), openWindow: pages[0]!.window };
  }, [signedIn]);
  useReloadOnShow(loaded);
  const counts: Partial<Record<RecommendationStatus, number>> = loaded.data?.counts ?? {};
  const openWindow: RecommendationWindow | null = loaded.data?.openWindow ?? null;
  const error = loaded.error;

  const logout = () => {
    void endSession();
    void Taro.reLaunch({ url: ROUTES.home });
  };

  return (
    <View className="qt-page qt-rec-home">
      <View className="qt-card">
        <Text className="qt-hint">推荐单位</Text>
        <Text className="qt-rec-home__unit" data-testid="rec-home-unit">
          {unitName || '—'}
        </Text>
        <Text className="qt-hint" data-testid="rec-home-user">
          联系人：{principal?.displayName ?? ''}
        </Text>
        <View className="qt-rec-home__counts">
          {COUNTS.map((c) => (
            <View key={c.status} className="qt-rec-home__count" data-testid={`rec-home-count-${c.status}`}>
              <Text className="qt-rec-home__count-value">{counts[c.status] ?? '—'}</Text>
              <Text className="qt-rec-home__count-label">{c.label}</Text>
            </View>
          ))}
        </View>
      </View>
      {openWindow && (
        <Text className={`qt-rec__banner qt-rec__banner--${openWindow.open ? 'open' : 'closed'}`} data-testid="rec-home-window">
          {windowText(openWindow)}
        </Text>
      )}
      {error !== '' && (
        <Text className="qt-error" data-testid="rec-home-error">
          {error}
        </Text>
      )}
      <View className="qt-rec-home__grid">
        {ENTRIES.map((e) => (
          <Button key={e.url} className="qt-rec-home__big" type="primary" data-testid={e.testId} onClick={() => void Taro.navigateTo({ url: e.url })}>
            {e.text}
          </Button>
        ))}
      </View>
      <View className="qt-actions">
        <Button size="large" block data-testid="rec-home-logout" onClick={logout}>
          退出登录
        </Button>
      </View>
    </View>
  );
}
