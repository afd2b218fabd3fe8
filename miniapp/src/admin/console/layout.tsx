import { type ReactNode, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { endSession, getPrincipal, type Principal } from '../../api';
import { ROUTES } from '../../utils/routes';
import { CONSOLE_NAV, CONSOLE_ROUTES, navTrail } from './routes';
import './console.scss';

export interface ConsoleLayoutProps {
  /** The navigation item of this page (see CONSOLE_NAV). */
  active: string;
  title: string;
  subtitle?: ReactNode;
  /** Buttons at the right of the page title. */
  extra?: ReactNode;
  children: ReactNode;
}

/** Opens another console page in place of this one: the console is a desk tool, not a stack of phone screens. */
export function goConsole(url: string) {
  void Taro.redirectTo({ url });
}

/** The console's frame: left navigation grouped by the activity's stages, a header with the trail and the person, the page. */
export function ConsoleLayout({ active, title, subtitle, extra, children }: ConsoleLayoutProps) {
  const [principal] = useState<Principal | null>(() => getPrincipal());
  const trail = navTrail(active);

  // Only the secretariat works here (the server refuses everyone else on every console call as well).
  const refused = principal !== null && principal.role !== 'secretariat';
  useEffect(() => {
    if (!principal) void Taro.redirectTo({ url: ROUTES.login });
    else if (principal.role !== 'secretariat') void Taro.reLaunch({ url: ROUTES.home });
  }, [principal]);

  useEffect(() => {
    document.title = `${title} · 秘书处管理控制台`;
  }, [title]);

  const logout = () => {
    void endSession();
    void Taro.reLaunch({ url: ROUTES.login });
  };

  return (
    <View className="qc-layout" data-testid="console-layout">
      <View className="qc-sider">
        <View className="qc-sider__brand" onClick={() => goConsole(CONSOLE_ROUTES.dashboard)}>
          <Text className="qc-sider__logo">信</Text>
          <Text>秘书处管理控制台</Text>
        </View>
        {CONSOLE_NAV.map((group) => (
          <View className="qc-nav__group" key={group.key}>
            <Text className="qc-nav__group-title">{group.label}</Text>
            {group.items.map((item) => {
              const url = item.url;
              if (!url) {
                return (
                  <View key={item.key} className="qc-nav__item qc-nav__item--disabled" data-testid={`console-nav-${item.key}`} aria-disabled="true">
                    <Text>{item.label}</Text>
                    <Text className="qc-nav__soon">即将上线</Text>
                  </View>
                );
              }
              const on = item.key === active;
              return (
                <View
                  key={item.key}
                  className={`qc-nav__item${on ? ' qc-nav__item--active' : ''}`}
                  data-testid={`console-nav-${item.key}`}
                  onClick={() => {
                    if (!on) goConsole(url);
                  }}
                >
                  <Text>{item.label}</Text>
                </View>
              );
            })}
          </View>
        ))}
      </View>
      <View className="qc-main">
        <View className="qc-header">
          <Text className="qc-header__crumbs">
            秘书处管理控制台{trail ? ` / ${trail.group.label} / ` : ' / '}
            <Text className="qc-header__crumb-current">{trail?.item.label ?? title}</Text>
          </Text>
          <View className="qc-header__right">
            <Text className="qc-btn qc-btn--link" data-testid="console-home" onClick={() => void Taro.reLaunch({ url: ROUTES.home })}>
              返回首页
            </Text>
            <Text data-testid="console-user">{principal ? `秘书处：${principal.displayName}` : ''}</Text>
            <Text className="qc-btn qc-btn--link" data-testid="console-logout" onClick={logout}>
              退出登录
            </Text>
          </View>
        </View>
        <View className="qc-content">
          <View className="qc-page-head">
            <View>
              <Text className="qc-page-head__title" data-testid="console-title">
                {title}
              </Text>
              {subtitle && <Text className="qc-page-head__sub">{subtitle}</Text>}
            </View>
            {extra && <View className="qc-page-head__extra">{extra}</View>}
          </View>
          {refused ? <Text className="qc-alert qc-alert--error">管理控制台仅供秘书处使用</Text> : children}
        </View>
      </View>
    </View>
  );
}
