import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CAMPAIGN_STAGE_LABEL } from '@cacem/shared';
import { dataSourceOf } from '../src/app.factory.js';
import { UserAccount } from '../src/modules/account/user-account.entity.js';
import { OutboxMessage } from '../src/modules/notification/outbox-message.entity.js';
import { type AuditItem, byHand, type ConsoleItem as Item, consoleSeasonFactory, type Dashboard, type OutboxPage, type Paged } from './support/console-season.js';
import { type ErrorBody } from './support/error-body.js';
import { type Season } from './support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

describe(`secretariat desk console on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  let apps1: number[];
  let panel1Totals: number[];
  let panel2Totals: number[];
  let closedScores: Map<number, number>;
  let recommender: string;
  let declinedId: number;
  let waitingId: number;

  const get = <T = Record<string, unknown>>(url: string, token: string | undefined = s.secretariat) => call<T>(t.app, 'GET', `/api/v1${url}`, token ? { token } : {});

  beforeAll(async () => {
    t = await startTestApp();
    ({ s, apps1, panel1Totals, panel2Totals, closedScores, recommender, declinedId, waitingId } = await consoleSeasonFactory(t.app));
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('dashboard', () => {
    it('counts the funnel, the statuses and the units exactly', async () => {
      const reply = await get<Dashboard>('/console/dashboard');
      expect(reply.status).toBe(200);
      const d = reply.body;
      expect(d.campaign).toMatchObject({ year: 2026, stage: 'materialsReview', stageLabel: CAMPAIGN_STAGE_LABEL.materialsReview });
      expect(d.funnel.map((f) => [f.key, f.count])).toEqual([
        ['submitted', 8],
        ['recommended', 6],
        ['screenedIn', 6],
        ['reviewed', 3],
        ['invited', 0],
        ['presented', 0],
        ['graded', 0],
        ['certified', 0],
      ]);
      expect(d.funnel.every((f) => /[\u4e00-\u9fff]/.test(f.label))).toBe(true);
      const counts = Object.fromEntries(d.statusCounts.map((c) => [c.status, c.count]));
      expect(d.statusCounts).toHaveLength(15);
      expect(counts).toMatchObject({ draft: 1, submitted: 1, declined: 1, screened_in: 3, reviewed: 3, recommended: 0, invited: 0, withdrawn: 0 });
      expect(d.statusCounts.find((c) => c.status === 'reviewed')!.label).toBe('资料审核已完成');
      // The third unit has only a draft: not listed.
      expect(d.perUnit.map((u) => u.unitId)).toEqual([s.unitIds[0], s.unitIds[1]]);
      expect(d.perUnit[0]!.seq).toBeLessThan(d.perUnit[1]!.seq);
      expect(d.perUnit[0]).toMatchObject({ submitted: 4, recommended: 3, screenedIn: 3, graded: 0 });
      expect(d.perUnit[1]).toMatchObject({ submitted: 4, recommended: 3, screenedIn: 3, graded: 0 });
    });

    it('draws each panel’s box of submitted materials totals, and no grades before grading', async () => {
      const d = (await get<Dashboard>('/console/dashboard')).body;
      const [p1, p2] = s.panels;
      expect(d.scoreBoxes.materials.map((b) => b.panelNo)).toEqual([p1!.panelNo, p2!.panelNo].sort((a, b) => a - b));
      const box1 = d.scoreBoxes.materials.find((b) => b.panelNo === p1!.panelNo)!;
      expect(panel1Totals).toHaveLength(9);
      expect(box1).toEqual({ panelNo: p1!.panelNo, ...byHand(panel1Totals) });
      const box2 = d.scoreBoxes.materials.find((b) => b.panelNo === p2!.panelNo)!;
      const [hi, lo] = [Math.max(...panel2Totals), Math.min(...panel2Totals)];
      // Two values: the quartiles lie a quarter of the way in from each end.
      expect(box2).toEqual({
        panelNo: p2!.panelNo,
        n: 2,
        min: lo,
        q1: Math.round((lo + (hi - lo) * 0.25) * 100) / 100,
        median: Math.round(((lo + hi) / 2) * 100) / 100,
        q3: Math.round((lo + (hi - lo) * 0.75) * 100) / 100,
        max: hi,
        mean: Math.round(((lo + hi) / 2) * 100) / 100,
      });
      // No presentation scored yet: no box.
      expect(d.scoreBoxes.presentation).toEqual([]);
      expect(d.grades).toEqual({
        graded: 0,
        caps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 50 },
        slots: { excellent: 0, exemplary: 0 },
        counts: { excellent: 0, exemplary: 0, improving: 0 },
      });
    });
  });

  describe('applications', () => {
    it('lists submitted applications only, newest first by default, with scores', async () => {
      const reply = await get<Paged<Item>>('/console/applications');
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ total: 8, page: 1, pageSize: 20 });
      expect(reply.body.items.map((i) => i.teamName)).not.toContain('工作台草稿班组');
      const times = reply.body.items.map((i) => Date.parse(i.submittedAt!));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const reviewed = reply.body.items.find((i) => i.id === apps1[0])!;
      expect(reviewed).toMatchObject({
        status: 'reviewed',
        statusLabel: '资料审核已完成',
        materialsScore: closedScores.get(apps1[0]!),
        presentationScore: null,
        total: closedScores.get(apps1[0]!),
        grade: null,
        gradeLabel: null,
        certificateNo: null,
      });
      expect(reviewed.unit).toMatchObject({ id: s.applications.find((a) => a.id === apps1[0])!.unitId });
      expect(reviewed.enterpriseName).not.toBe('');
    });

    it('sorts on the server: by materials score, best first and unscored last', async () => {
      const reply = await get<Paged<Item>>('/console/applications?sort=materialsScore&order=desc');
      const scores = reply.body.items.map((i) => i.materialsScore);
      const best = [...closedScores.entries()].sort((a, b) => b[1] - a[1])[0]!;
      expect(reply.body.items[0]!.id).toBe(best[0]);
      expect(scores.slice(0, 3)).toEqual([...closedScores.values()].sort((a, b) => b - a));
      expect(scores.slice(3).every((x) => x === null)).toBe(true);
      const byTotal = (await get<Paged<Item>>('/console/applications?sort=total&order=desc')).body.items;
      expect(byTotal[0]).toMatchObject({ id: best[0], total: best[1] });
      expect(byTotal.slice(3).every((i) => i.total === null)).toBe(true);
      const byName = await get<Paged<Item>>('/console/applications?sort=teamName&order=asc&pageSize=3&page=2');
      expect(byName.body).toMatchObject({ total: 8, page: 2, pageSize: 3 });
      const allByName = (await get<Paged<Item>>('/console/applications?sort=teamName&order=asc')).body.items.map((i) => i.teamName);
      expect(byName.body.items.map((i) => i.teamName)).toEqual(allByName.slice(3, 6));
      const last = await get<Paged<Item>>('/console/applications?sort=id&order=asc&pageSize=3&page=3');
      expect(last.body.items).toHaveLength(2);
      const byUnit = (await get<Paged<Item>>('/console/applications?sort=unit&order=asc')).body.items.map((i) => i.unit!.seq);
      expect([...byUnit].sort((a, b) => a - b)).toEqual(byUnit);
      const byStatus = (await get<Paged<Item>>('/console/applications?sort=status&order=asc')).body.items.map((i) => i.status);
      expect(byStatus).toEqual(['submitted', 'declined', 'screened_in', 'screened_in', 'screened_in', 'reviewed', 'reviewed', 'reviewed']);
      for (const sort of ['presentationScore', 'total', 'enterpriseName', 'submittedAt']) {
        expect((await get<Paged<Item>>(`/console/applications?sort=${sort}&order=asc`)).body.total).toBe(8);
      }
    });

    it('filters by status (repeated or comma-separated), unit and name', async () => {
      const reviewed = await get<Paged<Item>>('/console/applications?status=reviewed');
      expect(reviewed.body.items.map((i) => i.id).sort()).toEqual([...apps1].sort());
      const two = await get<Paged<Item>>('/console/applications?status=declined,submitted');
      expect(two.body.items.map((i) => i.id).sort()).toEqual([declinedId, waitingId].sort());
      const repeated = await get<Paged<Item>>('/console/applications?status=declined&status=submitted');
      expect(repeated.body.total).toBe(2);
      const unit = await get<Paged<Item>>(`/console/applications?unitId=${s.unitIds[0]}`);
      expect(unit.body.total).toBe(4);
      expect(unit.body.items.every((i) => i.unit?.id === s.unitIds[0])).toBe(true);
      const q = await get<Paged<Item>>(`/console/applications?q=${encodeURIComponent('评审C班组00')}`);
      expect(q.body.total).toBe(6);
      const one = await get<Paged<Item>>(`/console/applications?q=${encodeURIComponent('未推荐')}`);
      expect(one.body.items.map((i) => i.id)).toEqual([declinedId]);
      // Wildcards are taken literally.
      expect((await get<Paged<Item>>(`/console/applications?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
      expect((await get<Paged<Item>>(`/console/applications?q=${encodeURIComponent('班组_0')}`)).body.total).toBe(0);
    });
  });

  describe('audit log', () => {
    it('shows one application’s history with before/after, newest first, and names the actors', async () => {
      const reply = await get<Paged<AuditItem>>(`/console/audit?applicationId=${apps1[0]}&pageSize=100`);
      expect(reply.status).toBe(200);
      const items = reply.body.items;
      expect(items.every((i) => i.entity === 'application' && i.entityId === String(apps1[0]))).toBe(true);
      expect([...items.map((i) => i.id)].sort((a, b) => b - a)).toEqual(items.map((i) => i.id));
      const actions = items.map((i) => i.action);
      for (const action of ['application.create', 'application.submit', 'application.recommend']) expect(actions).toContain(action);
      const reviewed = items.find((i) => (i.after as { status?: string } | null)?.status === 'reviewed')!;
      expect(reviewed.before).toEqual({ status: 'screened_in' });
      const screened = items.find((i) => (i.after as { status?: string } | null)?.status === 'screened_in')!;
      expect(screened.before).toEqual({ status: 'recommended' });
      const secretariat = await dataSourceOf(t.app).getRepository(UserAccount).findOneByOrFail({ username: 'mishuchu' });
      expect(screened.actor).toBe(`user:${secretariat.id}`);
      expect(screened.actorLabel).toBe(secretariat.displayName);
      const created = items.find((i) => i.action === 'application.create')!;
      expect(created.actor).toMatch(/^card:/);
      const listed = (await get<Paged<Item>>('/console/applications?pageSize=100')).body.items.find((i) => i.id === apps1[0])!;
      expect(created.actorLabel).toBe(listed.enterpriseName);
    });

    it('filters by actor, action prefix, entity and time', async () => {
      const all = await get<Paged<AuditItem>>('/console/audit');
      expect(all.body.pageSize).toBe(20);
      const card = all.body.items.find((i) => i.actor.startsWith('card:')) ?? (await get<Paged<AuditItem>>('/console/audit?action=application.create')).body.items[0]!;
      const byActor = await get<Paged<AuditItem>>(`/console/audit?actor=${encodeURIComponent(card.actor)}&pageSize=100`);
      expect(byActor.body.total).toBeGreaterThan(0);
      expect(byActor.body.items.every((i) => i.actor === card.actor)).toBe(true);
      const review = await get<Paged<AuditItem>>('/console/audit?action=review.&pageSize=100');
      expect(review.body.items.every((i) => i.action.startsWith('review.'))).toBe(true);
      const close = review.body.items.find((i) => i.action === 'review.closeMaterials')!;
      expect(close).toMatchObject({ entity: 'panel', entityId: String(s.panels[0]!.panelNo) });
      expect(close.actorLabel).not.toMatch(/^user:/);
      expect((await get<Paged<AuditItem>>(`/console/audit?entity=panel&entityId=${s.panels[0]!.panelNo}`)).body.items.map((i) => i.id)).toContain(close.id);
      expect((await get<Paged<AuditItem>>('/console/audit?action=review%25')).body.total).toBe(0);
      const wide = await get<Paged<AuditItem>>('/console/audit?from=2000-01-01&to=2100-12-31');
      expect(wide.body.total).toBe(all.body.total);
      expect((await get<Paged<AuditItem>>('/console/audit?to=2000-01-01')).body.total).toBe(0);
      const newest = all.body.items[0]!;
      expect((await get<Paged<AuditItem>>(`/console/audit?from=${encodeURIComponent(newest.at)}`)).body.items.map((i) => i.id)).toContain(newest.id);
    });

    it('verifies the chain', async () => {
      const total = (await get<Paged<AuditItem>>('/console/audit')).body.total;
      const reply = await get<{ intact: boolean; firstBrokenId: number | null; entries: number }>('/console/audit/verify');
      expect(reply.status).toBe(200);
      // No anchor yet: the test app writes none by itself (AUDIT_ANCHOR_* 0, see support/test-app.ts).
      expect(reply.body).toEqual({
        intact: true,
        firstBrokenId: null,
        reason: null,
        entries: total,
        message: `审计日志完整：共 ${total} 条记录，哈希链逐条核对无误；尚无锚点（日志写入后会定时生成）`,
        anchor: null,
        anchors: { valid: 0, otherKey: 0, forged: 0 },
      });
    });
  });

  describe('outbox', () => {
    it('pages the queue newest first, filters by status and counts every status', async () => {
      const before = (await get<OutboxPage>('/console/outbox')).body;
      const repo = dataSourceOf(t.app).getRepository(OutboxMessage);
      const base = { recipientType: 'member' as const, recipientId: 1, openid: 'o-console', template: 'tpl-status', payload: { page: 'pages/index', data: {} }, nextAttemptAt: new Date('2026-07-10T04:00:00Z') };
      await repo.insert([
        { ...base, status: 'pending', attempts: 0 },
        { ...base, status: 'sent', attempts: 1, sentAt: new Date('2026-07-10T04:01:00Z') },
        { ...base, status: 'failed', attempts: 5, lastError: '43101 用户拒绝接受消息' },
      ]);
      const reply = await get<OutboxPage>('/console/outbox?pageSize=2');
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ total: before.total + 3, page: 1, pageSize: 2 });
      expect(reply.body.items).toHaveLength(2);
      expect(reply.body.items[0]!.id).toBeGreaterThan(reply.body.items[1]!.id);
      expect(reply.body.items[0]).not.toHaveProperty('openid');
      expect(reply.body.counts).toEqual({
        pending: before.counts.pending! + 1,
        sent: before.counts.sent! + 1,
        failed: before.counts.failed! + 1,
        refused: before.counts.refused!,
      });
      const failed = await get<OutboxPage>('/console/outbox?status=failed');
      expect(failed.body.items.every((i) => i.status === 'failed')).toBe(true);
      expect(failed.body.items[0]).toMatchObject({ attempts: 5, lastError: '43101 用户拒绝接受消息', template: 'tpl-status', recipientType: 'member' });
    });
  });

  describe('access and bad input', () => {
    const urls = ['/console/dashboard', '/console/applications', '/console/audit', '/console/audit/verify', '/console/outbox'];

    it('is for the secretariat only', async () => {
      const others = { declarant: s.applications[0]!.declarantToken, expert: s.experts[0]!.token, recommender };
      for (const url of urls) {
        for (const token of Object.values(others)) expect((await get(url, token)).status).toBe(403);
        expect((await get(url, '')).status).toBe(401);
      }
    });

    it('refuses bad query values with Chinese messages', async () => {
      const cases: Array<[string, string]> = [
        ['/console/applications?pageSize=0', 'pageSize'],
        ['/console/applications?pageSize=101', 'pageSize'],
        ['/console/applications?page=0', 'page'],
        ['/console/applications?sort=password', 'sort'],
        ['/console/applications?order=sideways', 'order'],
        ['/console/applications?status=reviewed,bogus', 'status'],
        ['/console/applications?unitId=abc', 'unitId'],
        ['/console/audit?from=yesterday', 'from'],
        ['/console/audit?applicationId=-1', 'applicationId'],
        ['/console/outbox?status=lost', 'status'],
        ['/console/outbox?pageSize=0', 'pageSize'],
        ['/console/applications?password=1', 'password'],
      ];
      for (const [url, field] of cases) {
        const reply = await get<ErrorBody>(url);
        expect([url, reply.status]).toEqual([url, 422]);
        expect(reply.body.field).toBe(field);
        expect(reply.body.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect((await get<ErrorBody>('/console/applications?sort=password')).body.message).toContain('排序字段');
      expect((await get<ErrorBody>('/console/applications?order=sideways')).body.message).toContain('排序方向');
      expect((await get<ErrorBody>('/console/applications?pageSize=0')).body.message).toBe('每页条数至少为 1');
    });
  });
});
