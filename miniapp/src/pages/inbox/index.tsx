import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { getPrincipal, inboxApi, type InboxMessage } from '../../api';
import { formatDateTime } from '../../utils/format';
import { ROUTES } from '../../utils/routes';
import { useLoaded } from '../../utils/use-request';
import { SubscribeButton } from './subscribe-button';
import { PageLoading } from '../../components/page-loading';
import './index.scss';

export default function InboxPage() {
  const [signedIn, setSignedIn] = useState(() => getPrincipal() !== null);
  const [open, setOpen] = useState<number | null>(null);

  const loaded = useLoaded(() => (signedIn ? inboxApi.list(1, 50) : Promise.resolve(null)), [signedIn]);
  const { error, loading, reload } = loaded;
  const items = loaded.data?.items ?? null;
  const unread = loaded.data?.unread ?? 0;

  // Signing in elsewhere and coming back changes `signedIn`, which loads; otherwise showing again loads again.
  const latest = useRef({ loading, reload });
  latest.current = { loading, reload };
  useDidShow(() => {
    const has = getPrincipal() !== null;
    setSignedIn(has);
    if (has && !latest.current.loading) latest.current.reload();
  });

  const refreshing = useRef(false);
  usePullDownRefresh(() => {
    refreshing.current = true;
    reload();
  });
  useEffect(() => {
    if (loading || !refreshing.current) return;
    refreshing.current = false;
    void Taro.stopPullDownRefresh();
  }, [loading]);

  const tap = (message: InboxMessage) => {
    setOpen(open === message.id ? null : message.id);
    if (message.readAt !== null) return;
    const readAt = new Date().toISOString();
    if (loaded.data) {
      const page = loaded.data;
      loaded.setData({ ...page, items: page.items.map((m) => (m.id === message.id ? { ...m, readAt } : m)), unread: Math.max(0, page.unread - 1) });
    }
    inboxApi.markRead(message.id).catch(() => undefined);
  };

  if (!signedIn) {
    return (
      <View className="qt-page qt-inbox">
        <Text className="qt-page__title">消息</Text>
        <View className="qt-card">
          <Text className="qt-hint">登录后可查看申报进度消息。</Text>
          <View className="qt-actions">
            <Button type="primary" size="large" block data-testid="inbox-login" onClick={() => void Taro.navigateTo({ url: ROUTES.login })}>
              登录
            </Button>
          </View>
        </View>
      </View>
    );
  }

  return (
    <View className="qt-page qt-inbox">
      <Text className="qt-page__title" data-testid="inbox-title">
        消息{unread > 0 ? `（${unread} 条未读）` : ''}
      </Text>
      <SubscribeButton />
      {error !== '' && (
        <Text className="qt-error" data-testid="inbox-error">
          {error}
        </Text>
      )}
      {items === null && error === '' && <PageLoading testId="inbox-loading" />}
      {items?.length === 0 && (
        <View className="qt-card" data-testid="inbox-empty">
          <Text className="qt-hint">暂无消息。申报状态有变化时会在这里通知您。</Text>
        </View>
      )}
      {items?.map((m) => (
        <View
          key={m.id}
          className="qt-card qt-inbox__item"
          data-testid="inbox-item"
          data-unread={m.readAt === null ? 'true' : 'false'}
          onClick={() => tap(m)}
        >
          <View className="qt-inbox__head">
            {m.readAt === null && <View className="qt-inbox__dot" data-testid="inbox-unread-dot" />}
            <Text className="qt-inbox__title">{m.title}</Text>
          </View>
          <Text className="qt-hint">{formatDateTime(m.createdAt)}</Text>
          <Text className={`qt-inbox__body${open === m.id ? ' qt-inbox__body--open' : ''}`} data-testid="inbox-item-body">
            {m.body}
          </Text>
        </View>
      ))}
    </View>
  );
}
