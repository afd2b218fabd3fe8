import { useCallback, useEffect, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABEL, type ActivityKind } from '@cacem/shared';
import { errorText, getPrincipal, isApiError, recordApi, teamApi, type ActivityRecordSummary, type Principal, type Team } from '../../api';
import { recordQueue, syncRecords } from '../../offline/record-sync';
import { SYNC_BADGE_LABEL, mergeRecordRows, type RecordRow, type RowFilter } from '../../offline/sync-queue';
import { type CurrentTeam, currentTeamOf, rememberCurrentTeam } from '../../utils/current-team';
import { landingAfterLogin, openPage, ROLE_LABEL, ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import './index.scss';

function RecordRowView({ row, teamId }: { row: RecordRow; teamId: CurrentTeam['id'] }) {
  const open = () => {
    if (row.serverId !== null && row.sync === 'synced') {
      void Taro.navigateTo({ url: `${ROUTES.recordDetail}?teamId=${teamId}&recordId=${row.serverId}` });
    }
  };
  return (
    <View className="qt-card qt-records__row" data-testid="record-row" data-sync={row.sync} onClick={open}>
      <View className="qt-records__row-head">
        <Text className="qt-records__kind">{ACTIVITY_KIND_LABEL[row.kind]}</Text>
        <Text className="qt-records__date">{row.date}</Text>
        <Text className={`qt-records__sync qt-records__sync--${row.sync}`} data-testid="record-row-sync">
          {SYNC_BADGE_LABEL[row.sync]}
        </Text>
      </View>
      <Text className="qt-records__content" data-testid="record-row-content">
        {row.content}
      </Text>
      <Text className="qt-hint">
        {row.place ? `${row.place} · ` : ''}
        {row.attendeeCount} 人参加 · {row.photoCount} 张照片{row.createdByName ? ` · ${row.createdByName}` : ''}
      </Text>
      {row.sync === 'failed' && row.lastError && (
        <Text className="qt-records__row-error" data-testid="record-row-error">
          {row.lastError}
        </Text>
      )}
    </View>
  );
}

export default function RecordsPage() {
  const [principal, setPrincipal] = useState<Principal | null>(() => getPrincipal());
  const [team, setTeam] = useState<CurrentTeam | null>(() => currentTeamOf(getPrincipal()));
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [server, setServer] = useState<ActivityRecordSummary[]>([]);
  const [queued, setQueued] = useState(() => recordQueue().list());
  const [filter, setFilter] = useState<RowFilter>({});
  const [error, setError] = useState('');

  const load = useCallback(
    (current: CurrentTeam | null, f: RowFilter) => {
      setQueued(recordQueue().list());
      if (!current) return Promise.resolve();
      return recordApi
        .list(Number(current.id), { ...f, pageSize: 100 })
        .then((page) => {
          setServer(page.items);
          setError('');
        })
        .catch((e: unknown) => {
          // Offline: the queued records still show; the server's come back with the network.
          if (!redirectIfUnauthenticated(e)) setError(isApiError(e) && e.statusCode === 0 ? '暂无网络，显示本机保存的记录' : errorText(e));
        });
    },
    [],
  );

  useDidShow(() => {
    const p = getPrincipal();
    setPrincipal(p);
    const current = currentTeamOf(p);
    setTeam(current);
    if (p?.role === 'declarant' && !current) {
      teamApi
        .list()
        .then((r) => setTeams(r.items))
        .catch((e: unknown) => {
          if (!redirectIfUnauthenticated(e)) setError(errorText(e));
        });
    }
    void load(current, filter);
    void syncRecords();
  });

  usePullDownRefresh(() => {
    void syncRecords({ force: true });
    void load(team, filter).finally(() => Taro.stopPullDownRefresh());
  });

  // Follow the queue: a record leaving it has reached the server, so reload the server's list.
  useEffect(() => {
    let before = recordQueue().list().length;
    return recordQueue().subscribe(() => {
      const now = recordQueue().list();
      setQueued(now);
      if (now.length < before) void load(team, filter);
      before = now.length;
    });
  }, [team, filter, load]);

  const applyFilter = (next: RowFilter) => {
    setFilter(next);
    void load(team, next);
  };

  const pickTeam = (t: Team) => {
    const current = { id: t.id, name: t.name };
    rememberCurrentTeam(current);
    setTeam(current);
    void load(current, filter);
  };

  if (!principal) {
    return (
      <View className="qt-page qt-records">
        <Text className="qt-page__title">活动记录</Text>
        <View className="qt-card">
          <Text className="qt-hint">班组成员和申报企业登录后可记录现场活动。</Text>
          <View className="qt-actions">
            <Button type="primary" size="large" block data-testid="records-login" onClick={() => void Taro.navigateTo({ url: ROUTES.login })}>
              登录
            </Button>
          </View>
        </View>
      </View>
    );
  }
  if (principal.role !== 'member' && principal.role !== 'declarant') {
    // Logged in, but not as someone who keeps a team's records: say so, rather than asking them to log in again.
    const home = principal.role === 'expert' ? ROUTES.expertHome : landingAfterLogin(principal, true);
    return (
      <View className="qt-page qt-records">
        <Text className="qt-page__title">活动记录</Text>
        <View className="qt-card" data-testid="records-not-for-role">
          <Text className="qt-records__role-note">
            现场活动记录由班组成员和申报企业填写。您以{ROLE_LABEL[principal.role]}身份登录（{principal.displayName}），无需在此记录。
          </Text>
          <View className="qt-actions">
            <Button type="primary" size="large" block data-testid="records-go-home" onClick={() => void openPage(home)}>
              返回我的工作台
            </Button>
          </View>
        </View>
      </View>
    );
  }

  if (!team) {
    return (
      <View className="qt-page qt-records">
        <Text className="qt-page__title">选择班组</Text>
        {error !== '' && <Text className="qt-error">{error}</Text>}
        {teams?.length === 0 && <Text className="qt-hint">还没有班组，请先在“班组状态”中新建班组。</Text>}
        <View className="qt-actions">
          {teams?.map((t) => (
            <Button key={t.id} size="large" block data-testid="records-pick-team" onClick={() => pickTeam(t)}>
              {t.name}
            </Button>
          ))}
        </View>
      </View>
    );
  }

  const rows = mergeRecordRows(server, queued.filter((q) => String(q.teamId) === String(team.id)), filter);

  return (
    <View className="qt-page qt-records">
      <Text className="qt-page__title" data-testid="records-title">
        活动记录{team.name ? ` · ${team.name}` : ''}
      </Text>
      <View className="qt-actions qt-records__new">
        <Button type="primary" size="large" block data-testid="records-new" onClick={() => void Taro.navigateTo({ url: `${ROUTES.recordNew}?teamId=${team.id}` })}>
          ＋ 记录活动
        </Button>
      </View>

      <View className="qt-records__filters">
        <View className="qt-records__chips">
          <Text
            className={`qt-records__chip${filter.kind ? '' : ' qt-records__chip--on'}`}
            data-testid="records-filter-all"
            onClick={() => applyFilter({ ...filter, kind: undefined })}
          >
            全部
          </Text>
          {ACTIVITY_KINDS.map((kind: ActivityKind) => (
            <Text
              key={kind}
              className={`qt-records__chip${filter.kind === kind ? ' qt-records__chip--on' : ''}`}
              data-testid={`records-filter-${kind}`}
              onClick={() => applyFilter({ ...filter, kind })}
            >
              {ACTIVITY_KIND_LABEL[kind]}
            </Text>
          ))}
        </View>
        <View className="qt-records__dates">
          <Picker mode="date" value={filter.from ?? ''} onChange={(e) => applyFilter({ ...filter, from: String(e.detail.value) })}>
            <Text className="qt-records__date-pick" data-testid="records-filter-from">
              {filter.from ?? '开始日期'}
            </Text>
          </Picker>
          <Text className="qt-records__date-sep">至</Text>
          <Picker mode="date" value={filter.to ?? ''} onChange={(e) => applyFilter({ ...filter, to: String(e.detail.value) })}>
            <Text className="qt-records__date-pick" data-testid="records-filter-to">
              {filter.to ?? '结束日期'}
            </Text>
          </Picker>
          {(filter.from || filter.to) && (
            <Text className="qt-records__date-clear" onClick={() => applyFilter({ kind: filter.kind })}>
              清除
            </Text>
          )}
        </View>
      </View>

      {error !== '' && (
        <Text className="qt-error" data-testid="records-error">
          {error}
        </Text>
      )}
      {rows.length === 0 && (
        <View className="qt-card" data-testid="records-empty">
          <Text className="qt-hint">还没有活动记录。</Text>
        </View>
      )}
      {rows.map((row) => (
        <RecordRowView key={row.clientKey} row={row} teamId={team.id} />
      ))}
    </View>
  );
}
