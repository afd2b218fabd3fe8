import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '../campaign/campaign-settings.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from './application-status.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';

const settings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../config/campaigns/2026.json'), 'utf8')) as CampaignSettings;
const on = (isoDate: string) => new Date(`${isoDate}T04:00:00Z`);
const ev = (date: string, from: ApplicationStatus | null, to: ApplicationStatus): TimelineEvent => ({ at: `${date}T04:00:00.000Z`, from, to });
const states = (status: ApplicationStatus, events: TimelineEvent[] = [], now = on('2026-06-15')) =>
  buildTimeline(status, events, settings, now).steps.map((s) => s.state);

const happyPath: TimelineEvent[] = [
  ev('2026-06-02', null, 'draft'),
  ev('2026-06-10', 'draft', 'submitted'),
  ev('2026-06-20', 'submitted', 'recommended'),
  ev('2026-07-03', 'recommended', 'screened_in'),
  ev('2026-07-20', 'screened_in', 'reviewed'),
  ev('2026-07-30', 'reviewed', 'invited'),
  ev('2026-08-20', 'invited', 'presented'),
  ev('2026-09-25', 'presented', 'graded'),
];

describe('application timeline (第八条: 报名 → 推荐 → 初选 → 资料审核 → 成果发布)', () => {
  it('shows the five steps and the result, with the draft at 报名 and what to do by when', () => {
    const timeline = buildTimeline('draft', [happyPath[0]!], settings, on('2026-06-15'));
    expect(timeline.steps.map((s) => s.label)).toEqual(['报名', '推荐', '初选', '资料审核', '成果发布', '结果']);
    expect(timeline.steps.map((s) => s.state)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(timeline.steps[0]).toMatchObject({ key: 'registration', date: null, note: '6 月 1 日 至 6 月 30 日' });
    expect(timeline.steps[2]!.note).toBe('预计 7 月 1 日 至 7 月 31 日');
    expect(timeline.next).toBe('请在 6 月 30 日前填好报名表、上传 PDF 和 PPT 申报材料并提交');
  });

  it('tells a draft before the window when it opens, and after it that registration has closed', () => {
    expect(buildTimeline('draft', [], settings, on('2026-05-20')).next).toBe('报名将于 6 月 1 日开始，届时可提交申报');
    expect(buildTimeline('draft', [], settings, on('2026-07-01')).next).toBe('本年度报名已于 6 月 30 日截止，申报未提交');
  });

  it('marks 报名 done on the day of submission and waits for the recommending unit', () => {
    const timeline = buildTimeline('submitted', happyPath.slice(0, 2), settings, on('2026-06-15'));
    expect(timeline.steps[0]).toMatchObject({ state: 'done', date: '2026-06-10' });
    expect(timeline.steps[1]).toMatchObject({ state: 'current', date: null });
    expect(timeline.next).toBe('等待推荐单位在 6 月 30 日前推荐');
  });

  it('dates every step of a graded application from its events', () => {
    const timeline = buildTimeline('graded', happyPath, settings, on('2026-09-26'));
    expect(timeline.steps.map((s) => [s.state, s.date])).toEqual([
      ['done', '2026-06-10'],
      ['done', '2026-06-20'],
      ['done', '2026-07-03'],
      ['done', '2026-07-30'],
      ['done', '2026-08-20'],
      ['done', '2026-09-25'],
    ]);
    expect(timeline.steps[5]!.note).toBe('已评定等级');
    expect(timeline.next).toBe('已评定等级，等待颁发证书');
  });

  it('uses the Beijing date: an event at 23:30 Beijing time on 10 June counts for 10 June', () => {
    const timeline = buildTimeline('submitted', [{ at: new Date('2026-06-10T15:30:00Z'), from: 'draft', to: 'submitted' }], settings, on('2026-06-15'));
    expect(timeline.steps[0]!.date).toBe('2026-06-10');
  });

  it('ends the path where a decision turned the application away, and skips the rest', () => {
    const declined = buildTimeline('declined', [...happyPath.slice(0, 2), ev('2026-06-25', 'submitted', 'declined')], settings, on('2026-06-26'));
    expect(declined.steps.map((s) => s.state)).toEqual(['done', 'done', 'skipped', 'skipped', 'skipped', 'done']);
    expect(declined.steps[1]).toMatchObject({ date: '2026-06-25', note: '未获推荐' });
    expect(declined.steps[5]).toMatchObject({ date: '2026-06-25', note: '未获推荐' });
    expect(declined.next).toBe('未获推荐单位推荐，本年度活动到此结束');

    expect(states('screened_out')).toEqual(['done', 'done', 'done', 'skipped', 'skipped', 'done']);
    expect(states('not_invited')).toEqual(['done', 'done', 'done', 'done', 'skipped', 'done']);
    expect(states('forfeited')).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(buildTimeline('forfeited', [], settings, on('2026-08-20')).steps[4]!.note).toBe('未参加发布，视同放弃');
  });

  it('stops a withdrawn or disqualified application at the step it was in', () => {
    const withdrawn = buildTimeline('withdrawn', [...happyPath.slice(0, 2), ev('2026-06-12', 'submitted', 'withdrawn')], settings, on('2026-06-15'));
    expect(withdrawn.steps.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'skipped', 'done']);
    expect(withdrawn.steps[1]!.note).toBe('已撤回');
    expect(withdrawn.steps[5]).toMatchObject({ date: '2026-06-12', note: '已撤回' });
    expect(withdrawn.next).toBe('申报已撤回，本年度不再参加评选');

    expect(states('withdrawn', [ev('2026-06-03', 'draft', 'withdrawn')])).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'done']);
    const disqualified = buildTimeline('disqualified', [...happyPath.slice(0, 5), ev('2026-07-25', 'reviewed', 'disqualified')], settings, on('2026-07-26'));
    expect(disqualified.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'skipped', 'skipped', 'done']);
    expect(disqualified.steps[3]!.note).toBe('已取消活动资格');
  });

  it('has exactly one current step while the application is on its way, none once it has ended', () => {
    for (const status of APPLICATION_STATUSES) {
      const timeline = buildTimeline(status, [], settings, on('2026-07-15'));
      const current = timeline.steps.filter((s) => s.state === 'current').length;
      const onTheWay = !['declined', 'screened_out', 'not_invited', 'forfeited', 'withdrawn', 'disqualified', 'graded', 'certified'].includes(status);
      expect({ status, current }).toEqual({ status, current: onTheWay ? 1 : 0 });
      expect(timeline.next.length).toBeGreaterThan(0);
    }
  });
});
