import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { campaignApi, teamApi, type CurrentCampaign, type Team } from '../../api';
import { formatDate } from '../../utils/format';
import { rememberCurrentTeam } from '../../utils/current-team';
import { ROUTES, openPage } from '../../utils/routes';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { PageLoading } from '../../components/page-loading';
import './index.scss';

const NOT_APPLIED = '未申报';

function TeamActions({ team, applied }: { team: Team; applied: boolean }) {
  const query = `teamId=${team.id}&teamName=${encodeURIComponent(team.name)}`;
  const go = (url: string) => {
    rememberCurrentTeam({ id: team.id, name: team.name });
    void openPage(url);
  };
  return (
    <View className="qt-status__team-actions">
      <Button size="small" type="primary" data-testid="team-card-registration" onClick={() => go(`${ROUTES.registration}?${query}`)}>
        {applied ? '申报材料' : '填写申报'}
      </Button>
      <Button size="small" data-testid="team-card-members" onClick={() => go(`${ROUTES.members}?${query}`)}>
        班组成员
      </Button>
      <Button size="small" data-testid="team-card-records" onClick={() => go(ROUTES.records)}>
        活动记录
      </Button>
      {applied && (
        <Button size="small" data-testid="team-card-timeline" onClick={() => go(`${ROUTES.timeline}?teamId=${team.id}`)}>
          申报进度
        </Button>
      )}
    </View>
  );
}

function TeamCard({ team }: { team: Team }) {
  const applied = team.applicationStatus !== null;
  return (
    <View className="qt-card qt-status__team" data-testid="team-card">
      <View className="qt-status__team-head">
        <Text className="qt-status__team-name" data-testid="team-card-name">
          {team.name}
        </Text>
        <Text
          className={`qt-status__badge${applied ? ' qt-status__badge--active' : ''}`}
          data-testid="team-card-status"
        >
          {applied ? team.applicationStatusLabel || team.applicationStatus : NOT_APPLIED}
        </Text>
      </View>
      <Text className="qt-status__meta">班组类型：{team.kindLabel}</Text>
      <Text className="qt-status__meta">创建日期：{formatDate(team.createdAt)}</Text>
      <TeamActions team={team} applied={applied} />
    </View>
  );
}

export default function StatusPage() {
  const [campaign, setCampaign] = useState<CurrentCampaign | null>(null);
  const loaded = useLoaded(async () => {
    campaignApi
      .current()
      .then(setCampaign)
      .catch(() => setCampaign(null));
    return (await teamApi.list()).items;
  }, []);
  useReloadOnShow(loaded);
  const { data: teams, error } = loaded;
  // Before the first answer: a loading state, and no 新建班组 yet (an empty page would invite a duplicate team).
  const waiting = teams === null && error === '';

  return (
    <View className="qt-page qt-status">
      <Text className="qt-page__title">班组状态</Text>
      {campaign && (
        <View className="qt-status__campaign" data-testid="campaign">
          <Text className="qt-status__campaign-name" data-testid="campaign-name">
            {campaign.name}
          </Text>
          <Text className="qt-status__stage" data-testid="campaign-stage">
            当前阶段：{campaign.stageLabel}
          </Text>
        </View>
      )}
      {error !== '' && (
        <Text className="qt-error" data-testid="status-error">
          {error}
        </Text>
      )}
      {waiting && <PageLoading testId="status-loading" />}
      {teams !== null && teams.length === 0 && (
        <View className="qt-card qt-status__empty" data-testid="team-empty">
          <Text className="qt-hint">还没有班组，请先新建班组。</Text>
        </View>
      )}
      {teams?.map((team) => <TeamCard key={team.id} team={team} />)}
      <View className="qt-actions" style={waiting ? { display: 'none' } : undefined}>
        <Button
          type="primary"
          size="large"
          block
          data-testid="status-team-new"
          onClick={() => void Taro.navigateTo({ url: ROUTES.teamNew })}
        >
          新建班组
        </Button>
        <Button size="large" block data-testid="status-home" onClick={() => void Taro.reLaunch({ url: ROUTES.home })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}
