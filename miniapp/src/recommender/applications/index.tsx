import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button, Input } from '@nutui/nutui-react-taro';
import { recommendationApi, type RecommendationFilter, type RecommendationStatus } from '../../api';
import { formatDate } from '../../utils/format';
import { ROUTES } from '../../utils/routes';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { StatusBadge } from '../status-badge';
import { windowText } from '../window-text';
import './index.scss';

const PAGE_SIZE = 20;

export const STATUS_CHIPS: Array<{ value: RecommendationStatus | 'all'; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'submitted', label: '待推荐' },
  { value: 'recommended', label: '已推荐' },
  { value: 'declined', label: '未推荐' },
];

/** The unit's applications with search and status filter; separate from the page for tests. */
export function ApplicationsView() {
  const [query, setQuery] = useState('');
  // What was last asked; a new object on every search, so that searching the same text again asks again.
  const [asked, setAsked] = useState<{ q: string; status: RecommendationStatus | 'all'; page: number }>({ q: '', status: 'all', page: 1 });
  const status = asked.status;
  const loaded = useLoaded(() => {
    const f: RecommendationFilter = { q: asked.q, page: asked.page, pageSize: PAGE_SIZE };
    if (asked.status !== 'all') f.status = asked.status;
    return recommendationApi.list(f);
  }, [asked]);
  useReloadOnShow(loaded);
  const { data: result, error, loading } = loaded;
  const load = setAsked;
  const choose = (value: RecommendationStatus | 'all') => load({ q: query, status: value, page: 1 });

  const totalPages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <View>
      {result && (
        <Text className={`qt-rec__banner qt-rec__banner--${result.window.open ? 'open' : 'closed'}`} data-testid="rec-window" data-open={String(result.window.open)}>
          {windowText(result.window)}
        </Text>
      )}
      <View className="qt-rec-list__search">
        <Input
          value={query}
          placeholder="班组或企业名称"
          onChange={setQuery}
          onConfirm={() => load({ q: query, status, page: 1 })}
          data-testid="rec-search"
        />
        <Button type="primary" data-testid="rec-search-submit" onClick={() => load({ q: query, status, page: 1 })}>
          搜索
        </Button>
      </View>
      <View className="qt-rec-list__chips">
        {STATUS_CHIPS.map((c) => (
          <Text
            key={c.value}
            className={`qt-rec-list__chip${status === c.value ? ' qt-rec-list__chip--on' : ''}`}
            data-testid={`rec-filter-${c.value}`}
            data-on={String(status === c.value)}
            onClick={() => choose(c.value)}
          >
            {c.label}
          </Text>
        ))}
      </View>
      {error !== '' && (
        <Text className="qt-error" data-testid="rec-list-error">
          {error}
        </Text>
      )}
      {result && (
        <Text className="qt-hint" data-testid="rec-total">
          共 {result.total} 个班组{loading ? '，正在刷新…' : ''}
        </Text>
      )}
      {result?.items.map((item) => (
        <View
          key={item.id}
          className="qt-card qt-rec-list__item"
          data-testid="rec-item"
          data-id={String(item.id)}
          onClick={() => void Taro.navigateTo({ url: `${ROUTES.recommenderDetail}?id=${item.id}` })}
        >
          <Text className="qt-rec-list__team" data-testid="rec-item-team">
            {item.teamName}
          </Text>
          <Text className="qt-rec-list__meta" data-testid="rec-item-enterprise">
            {item.enterpriseName} · {item.teamKindLabel}
          </Text>
          <Text className="qt-rec-list__meta">提交时间：{formatDate(item.submittedAt)}</Text>
          <View className="qt-rec-list__row">
            <StatusBadge status={item.status} label={item.statusLabel} testId="rec-item-status" />
            {item.preference !== null && (
              <Text className="qt-rec-list__meta" data-testid="rec-item-preference">
                推荐顺序：第 {item.preference} 位
              </Text>
            )}
          </View>
        </View>
      ))}
      {result && result.items.length === 0 && (
        <Text className="qt-hint" data-testid="rec-empty">
          没有符合条件的班组
        </Text>
      )}
      {result && totalPages > 1 && (
        <View className="qt-rec-list__pager">
          <Button size="small" disabled={result.page <= 1} data-testid="rec-prev" onClick={() => load({ q: query, status, page: result.page - 1 })}>
            上一页
          </Button>
          <Text>
            第 {result.page} / {totalPages} 页
          </Text>
          <Button size="small" disabled={result.page >= totalPages} data-testid="rec-next" onClick={() => load({ q: query, status, page: result.page + 1 })}>
            下一页
          </Button>
        </View>
      )}
    </View>
  );
}

export default function RecommenderApplicationsPage() {
  return (
    <View className="qt-page qt-rec-list">
      <Text className="qt-page__title">申报班组</Text>
      <ApplicationsView />
    </View>
  );
}
