import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleApi, type PanelBox } from '../../api/console';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { Chart } from '../console/chart';
import { boxplotOption, funnelOption, gradesOption, panelVerdicts, perUnitHeight, perUnitOption } from '../console/chart-options';
import { Button } from '../console/kit';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { StatusTag } from '../console/status-tag';
import { withParams } from '../console/table-query';
import { ExportsCard } from './exports-card';
import './index.scss';

const EMPTY_TITLE = (text: string) => ({ text, left: 'center', top: 'middle', textStyle: { fontSize: 13, color: '#86909c', fontWeight: 400 } });

function BoxCard({ title, boxes, testId }: { title: string; boxes: PanelBox[]; testId: string }) {
  const option = useMemo(() => ({ ...boxplotOption(boxes), ...(boxes.length === 0 ? { title: EMPTY_TITLE('尚无已提交的评分表') } : {}) }), [boxes]);
  const flagged = panelVerdicts(boxes).filter((v) => v !== null).length;
  return (
    <View className="qc-card qd-chart-card">
      <View className="qc-card__title">
        <Text>{title}</Text>
        <Text className="qc-card__hint">{boxes.length ? `${boxes.length} 个专家组${flagged ? `，${flagged} 个组明显偏严或偏松` : ''}；◇ 为平均分` : '按专家组'}</Text>
      </View>
      <Chart option={option} height={300} testId={testId} />
    </View>
  );
}

/** 活动概览: the season at a glance — the funnel, each unit's applications, each panel's scores, grades against the caps. */
export default function DashboardPage() {
  const loaded = useLoaded(() => consoleApi.dashboard(), []);
  useReloadOnShow(loaded);
  const { data, error, loading, reload } = loaded;

  const funnel = useMemo(() => (data ? funnelOption(data.funnel) : null), [data]);
  const perUnit = useMemo(() => (data ? { ...perUnitOption(data.perUnit), ...(data.perUnit.length === 0 ? { title: EMPTY_TITLE('尚无已提交的申报') } : {}) } : null), [data]);
  const grades = useMemo(() => (data ? { ...gradesOption(data.grades), ...(data.grades.graded === 0 ? { title: EMPTY_TITLE('尚未评定等级') } : {}) } : null), [data]);

  const step = (key: string) => data?.funnel.find((s) => s.key === key)?.count ?? 0;
  const stats = [
    { key: 'submitted', label: '已提交申报', hint: '本届累计' },
    { key: 'recommended', label: '已推荐', hint: '推荐单位推荐' },
    { key: 'screenedIn', label: '初选通过', hint: '进入资料评审' },
    { key: 'graded', label: '已评定等级', hint: '含已颁证' },
  ];

  return (
    <ConsoleLayout
      active="dashboard"
      title="活动概览"
      subtitle={data ? `${data.campaign.name}（${data.campaign.year} 年）` : '本届活动'}
      extra={
        <>
          {data && (
            <Text className="qc-tag qc-tag--blue" data-testid="dashboard-stage">
              当前阶段：{data.campaign.stageLabel}
            </Text>
          )}
          <Button disabled={loading} onClick={reload} data-testid="dashboard-refresh">
            {loading ? '刷新中…' : '刷新'}
          </Button>
        </>
      }
    >
      {error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="dashboard-error">
          {error}
        </Text>
      )}
      {!data && error === '' && <View className="qc-card qd-loading">加载中…</View>}
      {data && (
        <View data-testid="dashboard">
          <View className="qd-stats">
            {stats.map((s) => (
              <View className="qc-card qd-stat" key={s.key} data-testid={`dashboard-stat-${s.key}`}>
                <Text className="qd-stat__label">{s.label}</Text>
                <Text className="qd-stat__value">{step(s.key)}</Text>
                <Text className="qd-stat__hint">
                  {s.hint}
                  {s.key !== 'submitted' && step('submitted') > 0 ? ` · 占 ${Math.round((step(s.key) / step('submitted')) * 100)}%` : ''}
                </Text>
              </View>
            ))}
          </View>

          <View className="qd-row">
            <View className="qc-card qd-chart-card qd-row__wide">
              <View className="qc-card__title">
                <Text>申报漏斗</Text>
                <Text className="qc-card__hint">各环节累计到达的申报数</Text>
              </View>
              <Chart option={funnel!} height={320} testId="chart-funnel" />
            </View>
            <View className="qc-card qd-chart-card qd-row__narrow">
              <View className="qc-card__title">
                <Text>各状态申报</Text>
                <Text className="qc-card__hint">点击查看申报</Text>
              </View>
              <View className="qd-status-list" data-testid="dashboard-status-counts">
                {data.statusCounts
                  .filter((s) => s.count > 0 && s.status !== 'draft')
                  .map((s) => (
                    <View
                      key={s.status}
                      className="qd-status-list__row"
                      onClick={() => goConsole(withParams(CONSOLE_ROUTES.applications, { status: s.status }))}
                      data-testid="dashboard-status-row"
                    >
                      <StatusTag status={s.status} label={s.label} />
                      <Text className="qd-status-list__count">{s.count}</Text>
                    </View>
                  ))}
                {data.statusCounts.every((s) => s.count === 0 || s.status === 'draft') && <Text className="qc-muted">尚无已提交的申报</Text>}
              </View>
            </View>
          </View>

          <View className="qd-row">
            <View className="qc-card qd-chart-card qd-row__wide">
              <View className="qc-card__title">
                <Text>各推荐单位申报情况</Text>
                <Text className="qc-card__hint">{data.perUnit.length} 个推荐单位有已提交的申报；条长为已提交数</Text>
              </View>
              <View className="qd-scroll" data-testid="chart-per-unit-scroll">
                <Chart option={perUnit!} height={perUnitHeight(data.perUnit.length)} testId="chart-per-unit" />
              </View>
            </View>
            <View className="qc-card qd-chart-card qd-row__narrow">
              <View className="qc-card__title">
                <Text>等级名额</Text>
                <Text className="qc-card__hint">已评定 {data.grades.graded} 个</Text>
              </View>
              <Chart option={grades!} height={300} testId="chart-grades" />
              <Text className="qd-note">
                卓越级名额 {data.grades.slots.excellent} 个、示范级名额 {data.grades.slots.exemplary} 个（按已评定数和比例上限向下取整）；超出名额显示为红色。
              </Text>
            </View>
          </View>

          <View className="qd-row qd-row--half">
            <BoxCard title="资料评审得分分布" boxes={data.scoreBoxes.materials} testId="chart-materials" />
            <BoxCard title="成果发布得分分布" boxes={data.scoreBoxes.presentation} testId="chart-presentation" />
          </View>

          <ExportsCard />
        </View>
      )}
    </ConsoleLayout>
  );
}
