import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { recommendationApi, type RecommendationItem } from '../../api';
import { SubmitBar } from '../../components/submit-bar';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useAction, useLoaded } from '../../utils/use-request';
import './index.scss';

/** Recommended applications in the unit's order of preference; those without one go last, oldest first. */
export function byPreference(items: RecommendationItem[]): RecommendationItem[] {
  return [...items].sort((a, b) => {
    if (a.preference !== null && b.preference !== null) return a.preference - b.preference;
    if (a.preference !== null) return -1;
    if (b.preference !== null) return 1;
    return (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '');
  });
}

export function moveItem<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function PreferencesView() {
  const loaded = useLoaded(async () => byPreference((await recommendationApi.list({ status: 'recommended', page: 1, pageSize: 200 })).items), []);
  useReloadOnShow(loaded);
  const items = loaded.data;
  const [dirty, setDirty] = useState(false);

  const move = (index: number, delta: -1 | 1) => {
    if (!items) return;
    loaded.setData(moveItem(items, index, delta));
    setDirty(true);
  };

  const save = useAction(async () => {
    if (!items) return;
    const r = await recommendationApi.savePreferences(items.map((i) => i.id));
    loaded.setData(byPreference(r.items));
    setDirty(false);
    void Taro.showToast({ title: '推荐顺序已保存', icon: 'success' });
  });
  const error = save.error || loaded.error;

  if (!items) {
    return error !== '' ? (
      <Text className="qt-error" data-testid="pref-save-error">
        {error}
      </Text>
    ) : (
      <Text className="qt-hint">正在加载…</Text>
    );
  }

  return (
    <View>
      <Text className="qt-hint">排在前面的班组优先。调整后请点“保存推荐顺序”。</Text>
      {items.length === 0 && (
        <Text className="qt-hint" data-testid="pref-empty">
          还没有已推荐的班组
        </Text>
      )}
      {items.map((item, index) => (
        <View key={item.id} className="qt-card qt-rec-pref__item" data-testid="pref-item" data-id={String(item.id)}>
          <Text className="qt-rec-pref__rank" data-testid="pref-rank">
            {index + 1}
          </Text>
          <View className="qt-rec-pref__body">
            <Text className="qt-rec-pref__team" data-testid="pref-team">
              {item.teamName}
            </Text>
            <Text className="qt-hint">{item.enterpriseName}</Text>
          </View>
          <View className="qt-rec-pref__moves">
            <Button disabled={index === 0} data-testid="pref-up" onClick={() => move(index, -1)}>
              上移
            </Button>
            <Button disabled={index === items.length - 1} data-testid="pref-down" onClick={() => move(index, 1)}>
              下移
            </Button>
          </View>
        </View>
      ))}
      {dirty && (
        <Text className="qt-hint" data-testid="pref-dirty">
          顺序已调整，尚未保存
        </Text>
      )}
      {items.length > 0 && <SubmitBar label="保存推荐顺序" submitting={save.busy} onSubmit={() => void save.run()} error={error} testIdPrefix="pref-save" />}
    </View>
  );
}

export default function RecommenderPreferencesPage() {
  return (
    <View className="qt-page qt-rec-pref">
      <Text className="qt-page__title">推荐顺序</Text>
      <PreferencesView />
    </View>
  );
}
