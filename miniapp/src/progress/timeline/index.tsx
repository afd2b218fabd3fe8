import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { applicationApi, isApiError, type ApplicationView, type Timeline, type TimelineState } from '../../api';
import { formatDate, formatDateTime } from '../../utils/format';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { ResultCard } from './result-card';
import './index.scss';

const STATE_TEXT: Record<TimelineState, string> = {
  done: '已完成',
  current: '进行中',
  upcoming: '未开始',
  skipped: '未进行',
};

export interface TimelineViewProps {
  timeline: Timeline;
}

export function TimelineView({ timeline }: TimelineViewProps) {
  return (
    <View>
      <View className="qt-timeline__next" data-testid="timeline-next">
        <Text className="qt-timeline__next-label">下一步</Text>
        <Text className="qt-timeline__next-text">{timeline.next}</Text>
      </View>
      <View className="qt-card qt-timeline__steps" data-testid="timeline-steps">
        {timeline.steps.map((step, i) => (
          <View key={step.key} className={`qt-timeline__step qt-timeline__step--${step.state}`} data-testid="timeline-step" data-state={step.state}>
            <View className="qt-timeline__rail">
              <View className="qt-timeline__dot">{step.state === 'done' ? '✓' : String(i + 1)}</View>
              {i < timeline.steps.length - 1 && <View className="qt-timeline__line" />}
            </View>
            <View className="qt-timeline__body">
              <View className="qt-timeline__head">
                <Text className="qt-timeline__label">{step.label}</Text>
                <Text className="qt-timeline__state">{STATE_TEXT[step.state]}</Text>
              </View>
              {step.date && <Text className="qt-hint">{formatDate(step.date)}</Text>}
              {step.note && <Text className="qt-timeline__note">{step.note}</Text>}
            </View>
          </View>
        ))}
      </View>
      {timeline.events.length > 0 && (
        <View className="qt-card">
          <Text className="qt-timeline__events-title">状态变化记录</Text>
          {timeline.events.map((e, i) => (
            <View key={`${e.at}-${i}`} className="qt-timeline__event" data-testid="timeline-event">
              <Text className="qt-hint">{formatDateTime(e.at)}</Text>
              <Text className="qt-timeline__event-text">
                {e.fromLabel ? `${e.fromLabel} → ` : ''}
                {e.toLabel}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

const NOT_APPLIED = '本届活动尚未申报';

interface Shown {
  application: ApplicationView | null;
  timeline: Timeline | null;
  /** Why there is nothing to show ('' when there is). */
  missing: string;
}

/** The server's 404 here means the team has not applied this season: shown as such rather than as a failure. */
const orNotApplied = <T,>(request: Promise<T>): Promise<T | null> =>
  request.catch((e: unknown) => {
    if (isApiError(e) && e.statusCode === 404) return null;
    throw e;
  });

/** The application's five steps (第八条) with dates, and what happens next. Opened with ?teamId= or ?applicationId=. */
export default function TimelinePage() {
  const { teamId, applicationId, teamName: teamNameParam } = useRouter().params;
  const teamName = teamNameParam ? decodeURIComponent(teamNameParam) : null;
  const loaded = useLoaded(async (): Promise<Shown> => {
    let application: ApplicationView | null = null;
    let id = applicationId;
    if (teamId) {
      application = await orNotApplied(applicationApi.ofTeam(Number(teamId)));
      if (!application) return { application, timeline: null, missing: NOT_APPLIED };
      id = String(application.id);
    }
    if (!id) return { application, timeline: null, missing: '缺少申报编号' };
    const timeline = await orNotApplied(applicationApi.timeline(Number(id)));
    return { application, timeline, missing: timeline ? '' : NOT_APPLIED };
  }, [teamId, applicationId]);
  useReloadOnShow(loaded);
  const application = loaded.data?.application ?? null;
  const timeline = loaded.data?.timeline ?? null;
  const error = loaded.error || (loaded.data?.missing ?? '');

  return (
    <View className="qt-page qt-timeline">
      <Text className="qt-page__title">申报进度</Text>
      {application && (
        <Text className="qt-page__subtitle" data-testid="timeline-status">
          {application.campaignYear} 年 · 当前状态：{application.statusLabel}
        </Text>
      )}
      {error !== '' && (
        <Text className="qt-error" data-testid="timeline-error">
          {error}
        </Text>
      )}
      {application?.result && <ResultCard result={application.result} teamName={teamName ?? ''} />}
      {timeline && <TimelineView timeline={timeline} />}
    </View>
  );
}
