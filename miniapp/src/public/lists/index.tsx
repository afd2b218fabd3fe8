import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { Tabs } from '@nutui/nutui-react-taro';
import { errorText } from '../../api';
import { call, type Schemas } from '../../api/contract';
import { formatDate } from '../../utils/format';
import './index.scss';

type Invitations = Schemas['PublicInvitationList'];
type Results = Schemas['PublicResultList'];
type Graded = Schemas['PublicResultItem'];

const TABS = ['invitations', 'results'] as const;
type Tab = (typeof TABS)[number];

/**
 * 名单公布: the list of teams invited to present (第八条（四）) and the graded list (第八条（五）), for anyone, as the
 * association publishes them. No scores are shown. `?tab=results` opens the graded list.
 */
export default function PublicListsPage() {
  const initial = useRouter().params.tab === 'results' ? 'results' : 'invitations';
  const [tab, setTab] = useState<Tab>(initial);
  const [invitations, setInvitations] = useState<Invitations | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState('');

  useDidShow(() => {
    setError('');
    Promise.all([call('GET', '/public/invitations'), call('GET', '/public/results')])
      .then(([i, r]) => {
        setInvitations(i);
        setResults(r);
      })
      .catch((e: unknown) => setError(errorText(e)));
  });

  const list = tab === 'invitations' ? invitations : results;
  return (
    <View className="qt-page qt-lists">
      <Text className="qt-page__title">{list?.name ?? '工程建设质量信得过班组活动'}</Text>
      {/* The panes' values are the tab names themselves: a numeric value never matched `tab`, so no title was marked active. */}
      <Tabs className="qt-lists__tabs" value={tab} onChange={(v) => setTab(TABS.find((t) => t === v) ?? 'invitations')} duration={0}>
        <Tabs.TabPane title="参加发布会班组" value="invitations" />
        <Tabs.TabPane title="获得等级班组" value="results" />
      </Tabs>
      {error !== '' && <Text className="qt-error">{error}</Text>}
      {list && !list.published && (
        <View className="qt-card" data-testid="list-unpublished">
          <Text className="qt-hint">{tab === 'invitations' ? '参加发布会的班组名单尚未公布。' : '评定结果尚未公布。'}</Text>
        </View>
      )}
      {list?.published && (
        <View data-testid={`list-${tab}`}>
          <Text className="qt-page__subtitle qt-lists__summary" data-testid="list-summary">
            共 {list.items.length} 个班组 · 公布日期 {formatDate(list.publishedAt!)}
          </Text>
          {list.items.map((item) => (
            <View key={item.no} className="qt-card qt-lists__item" data-testid="list-item">
              <View className="qt-lists__head">
                <Text className="qt-lists__no">{item.no}</Text>
                <Text className="qt-lists__team">{item.teamName}</Text>
                {'gradeLabel' in item && <Text className={`qt-lists__grade qt-lists__grade--${(item as Graded).grade}`}>{(item as Graded).gradeLabel}</Text>}
              </View>
              <Text className="qt-lists__meta">{item.enterpriseName}</Text>
              <Text className="qt-lists__meta">推荐单位：{item.unitName}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
