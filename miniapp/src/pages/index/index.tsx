import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { endSession, getPrincipal, type MemberPrincipal, type Principal } from '../../api';
import { ADMIN_AVAILABLE, ROLE_LABEL, ROUTES } from '../../utils/routes';
import { CONSOLE_ROUTES } from '../../admin/console/routes';
import { MemberHome } from './member-home';
import './index.scss';

interface Entry {
  text: string;
  url: string;
  testId: string;
  /** Opens in place of everything open so far (the desk console is not a stack of phone screens). */
  relaunch?: boolean;
}

function entriesFor(principal: Principal): Entry[] {
  switch (principal.role) {
    case 'declarant':
      return [
        { text: '班组状态', url: ROUTES.status, testId: 'home-status' },
        { text: '新建班组', url: ROUTES.teamNew, testId: 'home-team-new' },
        { text: '企业信息与统一社会信用代码', url: ROUTES.enterprise, testId: 'home-enterprise' },
      ];
    case 'secretariat':
      return ADMIN_AVAILABLE
        ? [
            { text: '进入管理控制台', url: CONSOLE_ROUTES.dashboard, testId: 'home-admin-console', relaunch: true },
            { text: '发放报名卡', url: ROUTES.adminCards, testId: 'home-admin-cards' },
            { text: '推荐单位报送情况', url: ROUTES.adminUnits, testId: 'home-admin-units' },
          ]
        : [];
    case 'recommender':
      return [{ text: '推荐工作', url: ROUTES.recommenderHome, testId: 'home-recommender' }];
    case 'expert':
      return [{ text: '进入评审', url: ROUTES.expertHome, testId: 'home-expert' }];
    default:
      return [];
  }
}

export default function HomePage() {
  const [principal, setPrincipal] = useState<Principal | null>(() => getPrincipal());

  useDidShow(() => setPrincipal(getPrincipal()));

  const logout = () => {
    void endSession();
    setPrincipal(null);
    void Taro.reLaunch({ url: ROUTES.home });
  };

  const entries = principal ? entriesFor(principal) : [];

  return (
    <View className="qt-page qt-home">
      <View className="qt-home__banner">
        <Text className="qt-home__title" data-testid="home-title">
          工程建设质量信得过班组活动
        </Text>
        <Text className="qt-home__org">中国施工企业管理协会</Text>
      </View>

      {principal?.role === 'member' && <MemberHome principal={principal as MemberPrincipal} onLogout={logout} />}
      {principal && principal.role !== 'member' ? (
        <View className="qt-card" data-testid="home-signed-in">
          <Text className="qt-home__user" data-testid="home-user">
            {ROLE_LABEL[principal.role]}：{principal.displayName}
          </Text>
          {principal.role === 'declarant' && <Text className="qt-hint">报名卡号：{principal.cardNo}</Text>}
          {entries.length === 0 && (
            <Text className="qt-hint" data-testid="home-no-entries">
              {principal.role === 'secretariat'
                ? '秘书处管理功能请在电脑浏览器中使用。'
                : '您所在角色的功能将在相应活动阶段开放。'}
            </Text>
          )}
          <View className="qt-actions">
            {entries.map((entry) => (
              <Button
                key={entry.url}
                type="primary"
                size="large"
                block
                data-testid={entry.testId}
                onClick={() => void (entry.relaunch ? Taro.reLaunch({ url: entry.url }) : Taro.navigateTo({ url: entry.url }))}
              >
                {entry.text}
              </Button>
            ))}
            <Button size="large" block data-testid="home-logout" onClick={logout}>
              退出登录
            </Button>
          </View>
        </View>
      ) : null}
      {!principal && (
        <View className="qt-card">
          <Text className="qt-hint">班组成员请用微信登录或加入班组；申报企业请使用报名卡登录；秘书处、推荐单位和评审专家请使用账号登录。</Text>
          <View className="qt-actions">
            <Button
              type="primary"
              size="large"
              block
              data-testid="home-login"
              onClick={() => void Taro.navigateTo({ url: ROUTES.login })}
            >
              登录
            </Button>
          </View>
        </View>
      )}
      <View className="qt-card" data-testid="home-public">
        <Text className="qt-hint">无需登录：</Text>
        <View className="qt-actions">
          <Button size="large" block data-testid="home-verify" onClick={() => void Taro.navigateTo({ url: ROUTES.verify })}>
            证书查验
          </Button>
          <Button size="large" block data-testid="home-lists" onClick={() => void Taro.navigateTo({ url: ROUTES.publicLists })}>
            名单公布
          </Button>
        </View>
        {/* The button's label stays one line on a narrow phone (a long one was cut off); what the lists are, below it. */}
        <Text className="qt-hint">名单公布：受邀参加成果发布会的班组、获得等级的班组。</Text>
      </View>
    </View>
  );
}

