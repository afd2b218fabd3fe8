import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ApplicationStatus } from '@cacem/shared';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { TeamMember } from '../src/modules/member/team-member.entity.js';
import { InboxMessage } from '../src/modules/notification/inbox-message.entity.js';
import { NotificationService } from '../src/modules/notification/notification.service.js';
import { OutboxMessage } from '../src/modules/notification/outbox-message.entity.js';
import { RegistrationCard } from '../src/modules/registration-card/registration-card.entity.js';
import { Team } from '../src/modules/team/team.entity.js';
import { NotificationSender } from '../src/modules/notification/notification-sender.js';
import { SubscribeConsent } from '../src/modules/wechat/subscribe-consent.entity.js';
import { WechatBinding } from '../src/modules/wechat/wechat-binding.entity.js';
import { issueCardFactory } from './support/factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

const TEMPLATE = 'tmpl-status-change';
const T0 = new Date('2026-05-10T02:00:00Z');
const seconds = (n: number) => new Date(T0.getTime() + n * 1000);

describe(`notifications: inbox, outbox and the WeChat sender, on ${TEST_DB}`, () => {
  const wechat = new WechatStandIn();
  let t: TestApp;
  let clock: Clock;
  let sender: NotificationSender;
  let openidSerial = 0;

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env({ WECHAT_STATUS_TEMPLATE_ID: TEMPLATE }));
    clock = t.app.get(Clock);
    sender = t.app.get(NotificationSender);
  });
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    await t.close();
    await wechat.stop();
  });
  beforeEach(async () => {
    clock.travelTo(T0);
    wechat.sendErrcode = null;
    wechat.failNextSends = 0;
    // Each test starts with an empty outbox, so one test's leftovers never reach another's sender run.
    await dataSourceOf(t.app).createQueryBuilder().delete().from(OutboxMessage).execute();
  });

  /** A card's enterprise with a team of active members (and one removed), made directly in the database. */
  async function teamFactory(memberNames = ['张班长', '李师傅'], teamName = '钢筋加工一班') {
    const dataSource = dataSourceOf(t.app);
    const card = await dataSource.getRepository(RegistrationCard).findOneByOrFail({ id: (await issueCardFactory(t.app)).id });
    const team = await dataSource.getRepository(Team).save({ enterpriseId: card.enterpriseId, name: teamName, kind: 'construction_crew' });
    const members = [];
    for (const name of memberNames) members.push(await dataSource.getRepository(TeamMember).save({ teamId: team.id, name, role: 'member', mobile: null, removedAt: null }));
    const removed = await dataSource.getRepository(TeamMember).save({ teamId: team.id, name: '已离开', role: 'member', mobile: null, removedAt: new Date() });
    return { card, team, members, removed };
  }

  async function bind(subjectType: 'card' | 'member', subjectId: number, consents = 0): Promise<string> {
    const openid = `oNotify${String(++openidSerial).padStart(21, '0')}`;
    const dataSource = dataSourceOf(t.app);
    await dataSource.getRepository(WechatBinding).insert({ openid, subjectType, subjectId, sessionKey: 'k', unionid: null });
    if (consents > 0) await dataSource.getRepository(SubscribeConsent).insert({ openid, templateId: TEMPLATE, remaining: consents });
    return openid;
  }

  async function changeStatus(team: Team, from: ApplicationStatus, to: ApplicationStatus, applicationId = 7001) {
    await dataSourceOf(t.app).transaction((manager) =>
      t.app.get(NotificationService).recordStatusChange(manager, { applicationId, teamId: team.id, enterpriseId: team.enterpriseId, from, to, at: clock.now() }),
    );
  }

  const outboxOf = (openid: string) => dataSourceOf(t.app).getRepository(OutboxMessage).findOneByOrFail({ openid });
  const remainingOf = async (openid: string) => (await dataSourceOf(t.app).getRepository(SubscribeConsent).findOneBy({ openid, templateId: TEMPLATE }))?.remaining ?? 0;

  it('tells the card holder and every active member of a status change in their inbox, and queues WeChat only for bound ones', async () => {
    const { card, team, members, removed } = await teamFactory();
    const cardOpenid = await bind('card', card.id);
    const memberOpenid = await bind('member', members[0]!.id);
    await changeStatus(team, 'draft', 'submitted');

    const inbox = await dataSourceOf(t.app).getRepository(InboxMessage).findBy({ applicationId: 7001 });
    expect(inbox.map((m) => `${m.recipientType}:${m.recipientId}`).sort()).toEqual([`card:${card.id}`, `member:${members[0]!.id}`, `member:${members[1]!.id}`].sort());
    expect(inbox.some((m) => m.recipientId === removed.id && m.recipientType === 'member')).toBe(false);
    for (const m of inbox) {
      expect(m).toMatchObject({ title: '申报状态更新', body: '您的班组「钢筋加工一班」的申报状态已变为：已提交，待推荐单位推荐', readAt: null });
    }

    const outbox = await dataSourceOf(t.app).getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
    expect(outbox.map((o) => o.openid).sort()).toEqual([cardOpenid, memberOpenid].sort());
    expect(outbox[0]).toMatchObject({ template: TEMPLATE, status: 'pending', attempts: 0 });
    expect(outbox[0]!.payload.data).toEqual({ thing1: { value: '钢筋加工一班' }, thing2: { value: '已提交，待推荐单位推荐' }, time3: { value: '2026-05-10 10:00' } });
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const { team } = await teamFactory(['赵师傅']);
    await expect(
      dataSourceOf(t.app).transaction(async (manager) => {
        await t.app.get(NotificationService).recordStatusChange(manager, { applicationId: 7002, teamId: team.id, enterpriseId: team.enterpriseId, from: 'submitted', to: 'recommended', at: clock.now() });
        throw new Error('the status change failed');
      }),
    ).rejects.toThrow('the status change failed');
    expect(await dataSourceOf(t.app).getRepository(InboxMessage).countBy({ applicationId: 7002 })).toBe(0);
  });

  it('queues no WeChat message when no status template is configured; the inbox still gets it', async () => {
    const { card, team } = await teamFactory([]);
    await bind('card', card.id, 1);
    t.config.wechat.statusTemplateId = '';
    try {
      await changeStatus(team, 'submitted', 'recommended', 7003);
    } finally {
      t.config.wechat.statusTemplateId = TEMPLATE;
    }
    expect(await dataSourceOf(t.app).getRepository(InboxMessage).countBy({ applicationId: 7003 })).toBe(1);
    expect(await dataSourceOf(t.app).getRepository(OutboxMessage).count()).toBe(0);
  });

  it('sends a queued message when the user consented, using up the consent', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 1);
    await changeStatus(team, 'submitted', 'recommended');
    const before = wechat.sends.length;
    expect(await sender.runOnce()).toBe(1);
    expect(wechat.sends.slice(before)).toEqual([
      expect.objectContaining({ touser: openid, template_id: TEMPLATE, page: 'pages/index/index', data: expect.objectContaining({ thing2: { value: '已推荐' } }) }),
    ]);
    expect(await outboxOf(openid)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await outboxOf(openid)).sentAt).not.toBeNull();
    expect(await remainingOf(openid)).toBe(0);
  });

  it('ends a message as refused, unsent, when the user gave no consent', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 0);
    await changeStatus(team, 'submitted', 'recommended');
    const before = wechat.sends.length;
    await sender.runOnce();
    expect(wechat.sends.length).toBe(before);
    expect(await outboxOf(openid)).toMatchObject({ status: 'refused', attempts: 1 });
  });

  it('ends a message as refused at once, without retrying, when WeChat answers 43101', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 1);
    await changeStatus(team, 'submitted', 'recommended');
    wechat.sendErrcode = 43101;
    await sender.runOnce();
    expect(await outboxOf(openid)).toMatchObject({ status: 'refused', attempts: 1, lastError: expect.stringContaining('43101') });
    clock.travelTo(seconds(3600));
    expect(await sender.runOnce()).toBe(0);
  });

  it('retries a failed send after 30 s, then 2 min, keeping the consent for the attempt that succeeds', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 1);
    await changeStatus(team, 'submitted', 'recommended');
    wechat.failNextSends = 2;

    expect(await sender.runOnce()).toBe(1);
    expect(await outboxOf(openid)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: seconds(30), lastError: expect.stringContaining('-1') });
    expect(await remainingOf(openid)).toBe(1);
    clock.travelTo(seconds(29));
    expect(await sender.runOnce()).toBe(0);

    clock.travelTo(seconds(30));
    expect(await sender.runOnce()).toBe(1);
    expect(await outboxOf(openid)).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: seconds(150) });

    clock.travelTo(seconds(150));
    const before = wechat.sends.length;
    expect(await sender.runOnce()).toBe(1);
    expect(wechat.sends.length).toBe(before + 1);
    expect(await outboxOf(openid)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(await remainingOf(openid)).toBe(0);
  });

  it('gives up after 6 attempts (30 s, 2, 8, 32, 128 min apart) and marks the message failed', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 1);
    await changeStatus(team, 'submitted', 'recommended');
    wechat.failNextSends = 100;
    let at = 0;
    for (const delay of [30, 120, 480, 1920, 7680]) {
      expect(await sender.runOnce()).toBe(1);
      at += delay;
      expect((await outboxOf(openid)).nextAttemptAt).toEqual(seconds(at));
      clock.travelTo(seconds(at));
    }
    expect(await sender.runOnce()).toBe(1);
    expect(await outboxOf(openid)).toMatchObject({ status: 'failed', attempts: 6 });
    clock.travelTo(seconds(at + 86_400));
    expect(await sender.runOnce()).toBe(0);
  });

  it('fetches a new access token and retries once when WeChat says the token is no longer valid (40001)', async () => {
    const { card, team } = await teamFactory([]);
    const openid = await bind('card', card.id, 1);
    await changeStatus(team, 'submitted', 'recommended');
    wechat.invalidateToken();
    const tokensBefore = wechat.tokenRequests.length;
    await sender.runOnce();
    expect(await outboxOf(openid)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(wechat.tokenRequests.slice(tokensBefore)).toEqual(['stable_token']);
    expect(wechat.tokenRequests).not.toContain('token');
  });

  it('never sends a message twice when two senders run at once', async () => {
    const { card, team, members } = await teamFactory(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛']);
    const openids = [await bind('card', card.id, 5)];
    for (const member of members) openids.push(await bind('member', member.id, 5));
    await changeStatus(team, 'submitted', 'recommended');
    await changeStatus(team, 'recommended', 'screened_in', 7004);
    const before = wechat.sends.length;

    const [a, b] = await Promise.all([sender.runOnce(), sender.runOnce()]);
    expect(a + b).toBe(18);
    const sent = wechat.sends.slice(before);
    expect(sent).toHaveLength(18);
    for (const openid of openids) expect(sent.filter((s) => s.touser === openid)).toHaveLength(2);
    expect(await dataSourceOf(t.app).getRepository(OutboxMessage).countBy({ status: 'sent' })).toBe(18);
  });

  it('shows each person only their own inbox, with the unread count, and marks their own messages read', async () => {
    const { card, team, members } = await teamFactory(['孙师傅']);
    await changeStatus(team, 'draft', 'submitted', 7101);
    await changeStatus(team, 'submitted', 'recommended', 7101);
    const other = await teamFactory(['外企业组员']);
    await changeStatus(other.team, 'draft', 'submitted', 7102);

    const auth = t.app.get(AuthService);
    const declarant = (await auth.issue({ role: 'declarant', cardId: card.id, enterpriseId: card.enterpriseId, cardNo: card.cardNo, displayName: '测试企业' })).accessToken;
    const member = (
      await auth.issue({ role: 'member', memberId: members[0]!.id, teamId: team.id, enterpriseId: team.enterpriseId, displayName: '孙师傅' })
    ).accessToken;

    type Inbox = { items: Array<{ id: number; title: string; body: string; applicationId: number | null; readAt: string | null }>; total: number; unread: number };
    const mine = await call<Inbox>(t.app, 'GET', '/api/v1/inbox?page=1&pageSize=1', { token: declarant });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 2, unread: 2 });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ title: '申报状态更新', applicationId: 7101, readAt: null });
    expect(mine.body.items[0]!.body).toContain('已推荐');

    const memberInbox = await call<Inbox>(t.app, 'GET', '/api/v1/inbox', { token: member });
    expect(memberInbox.body.total).toBe(2);
    expect(memberInbox.body.items.every((m) => m.applicationId === 7101)).toBe(true);

    const othersMessage = await dataSourceOf(t.app).getRepository(InboxMessage).findOneByOrFail({ applicationId: 7102, recipientType: 'card' });
    const refused = await call(t.app, 'POST', `/api/v1/inbox/${othersMessage.id}/read`, { token: declarant });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'INBOX_MESSAGE_NOT_FOUND' });
    expect((await dataSourceOf(t.app).getRepository(InboxMessage).findOneByOrFail({ id: othersMessage.id })).readAt).toBeNull();

    const read = await call(t.app, 'POST', `/api/v1/inbox/${mine.body.items[0]!.id}/read`, { token: declarant });
    expect(read.status).toBe(204);
    const after = await call<Inbox>(t.app, 'GET', '/api/v1/inbox', { token: declarant });
    expect(after.body.unread).toBe(1);
    expect(after.body.items.find((m) => m.id === mine.body.items[0]!.id)!.readAt).not.toBeNull();
    expect((await call<Inbox>(t.app, 'GET', '/api/v1/inbox', { token: member })).body.unread).toBe(2);

    expect((await call(t.app, 'GET', '/api/v1/inbox')).status).toBe(401);
  });
});
