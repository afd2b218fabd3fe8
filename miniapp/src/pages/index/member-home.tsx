import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { applicationApi, isApiError, memberApi, type ApplicationView, type MemberPrincipal } from '../../api';
import { rememberCurrentTeam } from '../../utils/current-team';
import { ROUTES, openPage } from '../../utils/routes';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';

export interface MemberHomeProps {
  principal: MemberPrincipal;
  onLogout: () => void;
}

/** A team member's home on site: their team, where the application stands, and four big buttons. */
export function MemberHome({ principal, onLogout }: MemberHomeProps) {
  const [application, setApplication] = useState<ApplicationView | null | undefined>(undefined);

  const loaded = useLoaded(async () => {
    applicationApi
      .ofTeam(principal.teamId)
      .then(setApplication)
      .catch((e: unknown) => setApplication(isApiError(e) && e.statusCode === 404 ? null : undefined));
    const p = await memberApi.me();
    rememberCurrentTeam({ id: p.team.id, name: p.team.name });
    return p;
  }, [principal.teamId]);
  useReloadOnShow(loaded);
  const { data: profile, error } = loaded;

  const timelineUrl = `${ROUTES.timeline}?teamId=${principal.teamId}`;

  return (
    <View className="qt-card qt-member-home" data-testid="home-member">
      <Text className="qt-home__user" data-testid="home-user">
        班组成员：{principal.displayName}
      </Text>
      <Text className="qt-member-home__team" data-testid="home-team-name">
        {profile ? profile.team.name : ' '}
      </Text>
      <View className="qt-member-home__status" data-testid="home-application-status">
        <Text className="qt-member-home__status-label">申报状态</Text>
        <Text className="qt-member-home__status-value">
          {application === undefined ? '—' : application === null ? '尚未申报' : application.statusLabel}
        </Text>
        {application && (
          <Text className="qt-hint">活动记录 {application.activityRecordCount} 条</Text>
        )}
      </View>
      {error !== '' && (
        <Text className="qt-error" data-testid="home-error">
          {error}
        </Text>
      )}
      <View className="qt-member-home__grid">
        <Button type="primary" className="qt-member-home__big" data-testid="home-record-new" onClick={() => void openPage(ROUTES.recordNew)}>
          记录活动
        </Button>
        <Button className="qt-member-home__big" data-testid="home-records" onClick={() => void openPage(ROUTES.records)}>
          活动记录
        </Button>
        <Button
          className="qt-member-home__big"
          data-testid="home-timeline"
          disabled={!application}
          onClick={() => void openPage(timelineUrl)}
        >
          申报进度
        </Button>
        <Button className="qt-member-home__big" data-testid="home-inbox" onClick={() => void openPage(ROUTES.inbox)}>
          消息
        </Button>
      </View>
      <View className="qt-actions">
        <Button size="large" block data-testid="home-logout" onClick={onLogout}>
          退出登录
        </Button>
      </View>
    </View>
  );
}
