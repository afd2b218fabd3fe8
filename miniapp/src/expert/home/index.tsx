import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { CAMPAIGN_STAGE_LABEL, type CampaignStage } from '@cacem/shared';
import { endSession, getPrincipal } from '../../api';
import { PANEL_ROLE_TEXT, reviewApi, sessionApi, type PresentationSession, type ReviewTask, type ScoreKind } from '../../api/review';
import { ROUTES } from '../../utils/routes';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { EXPERT_ROUTES, progressUrl, scoreUrl } from '../routes';
import { groupTasks, TASK_GROUP_TEXT, type TaskGroup } from '../score-sheet';
import { SheetBadge } from '../sheet-badge';
import './index.scss';

const GROUP_ORDER: TaskGroup[] = ['returned', 'todo', 'submitted'];

function TaskCard({ task, kind }: { task: ReviewTask; kind: ScoreKind }) {
  const state = task[kind]!;
  const group = state.status === 'submitted' ? 'submitted' : state.status === 'returned' ? 'returned' : 'todo';
  const action = !state.canEdit ? '查看评分表' : state.status === 'returned' ? '修改并重新提交' : state.status === 'draft' ? '继续评分' : '开始评分';
  return (
    <View
      className={`qt-exp__task qt-exp__task--${group}`}
      data-testid="exp-task"
      data-kind={kind}
      data-status={state.status}
      data-application-id={String(task.applicationId)}
      onClick={() => void Taro.navigateTo({ url: scoreUrl(task.applicationId, kind) })}
    >
      <View className="qt-exp__task-head">
        <Text className="qt-exp__task-name">{task.teamName}</Text>
        <SheetBadge status={state.status} total={state.total} testId="exp-task-status" />
      </View>
      <Text className="qt-exp__task-meta">
        {task.enterpriseName}
        {task.specialty ? ` · ${task.specialty}` : ''}
      </Text>
      {kind === 'presentation' && task.session && (
        <Text className="qt-exp__task-meta">
          {task.session.date} · {task.session.venue} · 第 {task.session.position} 个发布
        </Text>
      )}
      {state.status === 'returned' && state.returnReason && (
        <Text className="qt-exp__reason" data-testid="exp-task-reason">
          组长退回：{state.returnReason}
        </Text>
      )}
      <Text className="qt-exp__task-go">{action} ›</Text>
    </View>
  );
}

function TaskGroups({ tasks, kind }: { tasks: ReviewTask[]; kind: ScoreKind }) {
  const groups = groupTasks(tasks, kind);
  return (
    <>
      {GROUP_ORDER.map((g) =>
        groups[g].length === 0 ? null : (
          <View key={g} data-testid={`exp-group-${kind}-${g}`}>
            <Text className={`qt-exp__group-title qt-exp__group-title--${g}`}>
              {TASK_GROUP_TEXT[g]}
              <Text className="qt-exp__count">{groups[g].length} 个班组</Text>
            </Text>
            {groups[g].map((t) => (
              <TaskCard key={`${kind}-${t.applicationId}`} task={t} kind={kind} />
            ))}
          </View>
        ),
      )}
    </>
  );
}

export default function ExpertHomePage() {
  const principal = getPrincipal();
  const signedIn = principal?.role === 'expert';
  const [sessions, setSessions] = useState<PresentationSession[]>([]);

  const loaded = useLoaded(async () => {
    if (!signedIn) {
      void Taro.redirectTo({ url: ROUTES.login });
      return null;
    }
    sessionApi
      .mine()
      .then((r) => setSessions(r.items))
      .catch(() => undefined);
    return reviewApi.mine();
  }, [signedIn]);
  useReloadOnShow(loaded);
  const { data, error } = loaded;

  const logout = () => {
    void endSession();
    void Taro.reLaunch({ url: ROUTES.home });
  };

  const leaderPanels = (data?.panels ?? []).filter((p) => p.role === 'leader');
  const presentationTasks = (data?.items ?? []).filter((t) => t.presentation !== null);
  const stage = data ? (CAMPAIGN_STAGE_LABEL[data.stage as CampaignStage] ?? data.stage) : '';

  return (
    <View className="qt-page qt-exp-home">
      <View className="qt-exp__hero" data-testid="exp-home">
        <Text className="qt-exp__hero-label">评审专家</Text>
        <Text className="qt-exp__hero-title" data-testid="exp-home-name">
          {principal?.displayName ?? ''}
        </Text>
        {stage !== '' && <Text className="qt-exp__hero-meta">当前：{stage}</Text>}
        <View className="qt-exp__chips">
          {(data?.panels ?? []).map((p) => (
            <Text key={p.panelNo} className={`qt-exp__chip qt-exp__chip--${p.role}`} data-testid="exp-home-panel" data-role={p.role}>
              第 {p.panelNo} 组 · {PANEL_ROLE_TEXT[p.role]} · {p.applicationCount} 个班组
            </Text>
          ))}
        </View>
      </View>

      {error !== '' && (
        <Text className="qt-error" data-testid="exp-home-error">
          {error}
        </Text>
      )}

      {leaderPanels.length > 0 && (
        <View className="qt-card qt-exp-home__leader" data-testid="exp-home-leader">
          <Text className="qt-exp-home__leader-title">组长工作</Text>
          <Text className="qt-hint">查看本组各位专家的评分进度，全部提交后可看到各人总分和分差，必要时退回更正。</Text>
          <View className="qt-actions">
            {leaderPanels.map((p) => (
              <Button
                key={p.panelNo}
                type="primary"
                size="large"
                block
                data-testid="exp-home-progress"
                onClick={() => void Taro.navigateTo({ url: progressUrl(p.panelNo, 'materials') })}
              >
                第 {p.panelNo} 组资料审核进度
              </Button>
            ))}
            {presentationTasks.length > 0 &&
              leaderPanels.map((p) => (
                <Button key={`p-${p.panelNo}`} size="large" block onClick={() => void Taro.navigateTo({ url: progressUrl(p.panelNo, 'presentation') })}>
                  第 {p.panelNo} 组成果发布进度
                </Button>
              ))}
          </View>
        </View>
      )}

      <Text className="qt-exp__section-title">资料审核</Text>
      {data && data.items.length === 0 && (
        <Text className="qt-exp__empty" data-testid="exp-home-empty">
          暂无评审任务。{'\n'}秘书处抽取专家组后，分配给您的班组会出现在这里。
        </Text>
      )}
      {!data && error === '' && <Text className="qt-hint">正在加载…</Text>}
      {data && <TaskGroups tasks={data.items} kind="materials" />}

      <Text className="qt-exp__section-title">成果发布</Text>
      <Button size="large" block data-testid="exp-home-sessions" onClick={() => void Taro.navigateTo({ url: EXPERT_ROUTES.sessions })}>
        发布会场次{sessions.length > 0 ? `（${sessions.length} 场）` : ''}
      </Button>
      {presentationTasks.length > 0 && <TaskGroups tasks={presentationTasks} kind="presentation" />}

      <View className="qt-actions">
        <Button size="large" block data-testid="exp-home-logout" onClick={logout}>
          退出登录
        </Button>
      </View>
    </View>
  );
}
