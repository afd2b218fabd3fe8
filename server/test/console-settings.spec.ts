import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { drawnSeasonFactory, fullSheet } from './support/review-factories.js';
import { call, loginAccount, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string; field?: string; details?: { problems: Array<{ code: string; field: string; message: string }> } };
type Bulk = {
  items: Array<{ cardNo: string; password: string; enterpriseName: string }>;
  skipped: Array<{ row: number; enterpriseName: string; message: string }>;
  download: { url: string; filename: string } | null;
};

describe(`secretariat console: campaign settings and registration cards on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;

  const settingsNow = async (): Promise<CampaignSettings> => {
    const [campaign] = await dataSourceOf(t.app).getRepository(Campaign).find({ order: { year: 'DESC' }, take: 1 });
    return structuredClone(campaign!.settings);
  };
  const putSettings = <T = Record<string, unknown>>(settings: unknown, token = secretariat) =>
    call<T>(t.app, 'PUT', '/api/v1/campaigns/current/settings', { token, json: { settings } });
  const cardLogin = (cardNo: string, password: string) => call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo, password } });

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await loginAccount(t.app, 'mishuchu');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('PUT campaigns/current/settings', () => {
    it('saves valid settings, answers with the campaign view and audits before and after', async () => {
      const before = await settingsNow();
      const next = { ...before, windows: { ...before.windows, presentations: { ...before.windows.presentations, closes: '2026-09-20' } }, gradeCaps: { ...before.gradeCaps, exemplaryMax: 35 } };
      const reply = await putSettings<{ year: number; windows: CampaignSettings['windows']; gradeCaps: CampaignSettings['gradeCaps']; stageLabel: string }>(next);
      expect(reply.status).toBe(200);
      expect(reply.body.year).toBe(before.year);
      expect(reply.body.windows.presentations.closes).toBe('2026-09-20');
      expect(reply.body.gradeCaps.exemplaryMax).toBe(35);
      expect((await settingsNow()).gradeCaps.exemplaryMax).toBe(35);
      const entries = await dataSourceOf(t.app).getRepository(AuditEntry).find({ where: { action: 'campaign.settings.update' }, order: { id: 'DESC' } });
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actor).toMatch(/mishuchu|user:/);
      expect((entries[0]!.before as CampaignSettings).gradeCaps.exemplaryMax).toBe(before.gradeCaps.exemplaryMax);
      expect((entries[0]!.after as CampaignSettings).gradeCaps.exemplaryMax).toBe(35);
      // Public view follows.
      const open = await call<{ gradeCaps: { exemplaryMax: number }; settings: CampaignSettings }>(t.app, 'GET', '/api/v1/campaigns/current');
      expect(open.body.gradeCaps.exemplaryMax).toBe(35);
      // The whole settings come back, so the console's form can be filled and saved whole.
      expect(open.body.settings.gradeCaps.exemplaryMax).toBe(35);
      expect(open.body.settings.rubrics.materials.total).toBe(80);
    });

    it('refuses invalid settings with 422 SETTINGS_INVALID listing every problem in Chinese', async () => {
      const before = await settingsNow();
      const bad = {
        ...before,
        name: '',
        weights: { materials: 70, presentation: 20 },
        windows: { ...before.windows, materialsReview: { opens: '2026-07-40', closes: '2026-07-31' } },
        gradeCaps: { excellentMax: 60, exemplaryMax: 50, improvingMin: 0 },
      };
      const reply = await putSettings<ErrorBody>(bad);
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('SETTINGS_INVALID');
      const messages = reply.body.details!.problems.map((p) => p.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringContaining('活动名称不能为空'),
          expect.stringContaining('分值之和应为 100'),
          expect.stringContaining('材料审核的起止日期'),
          expect.stringContaining('超过 100%'),
        ]),
      );
      expect(reply.body.details!.problems.every((p) => p.code === 'SETTINGS_INVALID' && /[\u4e00-\u9fa5]/.test(p.message))).toBe(true);
      expect(reply.body.details!.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'weights', 'gradeCaps']));
      // The year is the campaign's; a missing body is a problem too.
      const otherYear = await putSettings<ErrorBody>({ ...before, year: before.year + 1 });
      expect(otherYear.status).toBe(422);
      expect(otherYear.body.details!.problems[0]!.message).toContain('年度不能修改');
      const missing = await call<ErrorBody>(t.app, 'PUT', '/api/v1/campaigns/current/settings', { token: secretariat, json: {} });
      expect(missing.status).toBe(422);
      expect(missing.body.details!.problems).toHaveLength(1);
      expect(await settingsNow()).toEqual(before);
    });

    it('is for the secretariat only', async () => {
      const before = await settingsNow();
      expect((await call(t.app, 'PUT', '/api/v1/campaigns/current/settings', { json: { settings: before } })).status).toBe(401);
      const expertLike = await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units');
      const unitId = expertLike.body.items[0]!.id;
      const contact = await call<{ username: string; password: string }>(t.app, 'POST', `/api/v1/recommending-units/${unitId}/contacts`, {
        token: secretariat,
        json: { displayName: '设置测试', username: 'settings-contact', mobile: '13912345670' },
      });
      const token = await loginAccount(t.app, contact.body.username, contact.body.password);
      expect((await putSettings(before, token)).status).toBe(403);
      expect((await call(t.app, 'POST', '/api/v1/registration-cards/bulk', { token, json: { enterpriseNames: ['越权企业'] } })).status).toBe(403);
      expect((await call(t.app, 'POST', '/api/v1/registration-cards/1/reset', { token })).status).toBe(403);
      expect((await call(t.app, 'GET', '/api/v1/console/exports/applications.xlsx', { token })).status).toBe(403);
    });

    it('refuses a rubric change with 409 once a score sheet exists, but still takes other changes', async () => {
      const season = await drawnSeasonFactory(t.app, { teams: 2, teamUnits: 1, experts: 2, panelCount: 1, panelSize: 2, tag: 'S' });
      const before = await settingsNow();
      const expert = season.experts.find((e) => e.id === season.panels[0]!.leader.id)!;
      const draft = await call(t.app, 'PUT', `/api/v1/reviews/${season.panels[0]!.applications[0]!.id}/materials`, { token: expert.token, json: { scores: fullSheet(before.rubrics.materials, 0.5) } });
      expect(draft.status).toBe(200);
      const rubrics = structuredClone(before.rubrics);
      rubrics.materials.categories[0]!.items[0]!.title = `${rubrics.materials.categories[0]!.items[0]!.title}（修订）`;
      const locked = await putSettings<ErrorBody>({ ...before, rubrics });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('SETTINGS_RUBRIC_LOCKED');
      expect((await settingsNow()).rubrics).toEqual(before.rubrics);
      // Same rubrics with keys in another order are not a change.
      const reordered = { ...before, rubrics: { presentation: before.rubrics.presentation, materials: before.rubrics.materials }, eligibility: { minActivityRecords: before.eligibility.minActivityRecords + 1 } };
      const other = await putSettings(reordered);
      expect(other.status).toBe(200);
      expect((await settingsNow()).eligibility.minActivityRecords).toBe(before.eligibility.minActivityRecords + 1);
    }, 120_000);
  });

  describe('registration cards in bulk', () => {
    let bulk: Bulk;

    it('issues one card per name, skipping blank, too long and repeated names', async () => {
      const names = ['批量发卡企业甲', '  批量发卡企业乙  ', '', '批量发卡企业甲', '企'.repeat(101), '批量发卡企业丙', '   '];
      const reply = await call<Bulk>(t.app, 'POST', '/api/v1/registration-cards/bulk', { token: secretariat, json: { enterpriseNames: names } });
      expect(reply.status).toBe(200);
      bulk = reply.body;
      expect(bulk.items.map((i) => i.enterpriseName)).toEqual(['批量发卡企业甲', '批量发卡企业乙', '批量发卡企业丙']);
      expect(new Set(bulk.items.map((i) => i.cardNo)).size).toBe(3);
      expect(bulk.items.every((i) => /^\d{10}$/.test(i.cardNo) && i.password.length >= 8)).toBe(true);
      expect(bulk.skipped.map((s) => s.row)).toEqual([3, 4, 5, 7]);
      expect(bulk.skipped[1]!.message).toContain('第 1 行重复');
      expect(bulk.skipped[2]!.message).toContain('不能超过');
      expect(bulk.download!.filename).toMatch(/^\d{4}年度报名卡发放清单/);
      const audits = await dataSourceOf(t.app).getRepository(AuditEntry).countBy({ action: 'registration_card.issue' });
      expect(audits).toBeGreaterThanOrEqual(3);
    });

    it('links an xlsx with the passwords, shown this once', async () => {
      // A data: link inside the answer: the passwords are never stored in the file store.
      const [head, base64] = bulk.download!.url.split(',');
      expect(head).toBe('data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(base64!, 'base64') as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(String(sheet.getCell(1, 1).value)).toContain('仅在此显示一次');
      expect(sheet.getRow(2).values).toEqual([undefined, '序号', '企业名称', '报名卡号', '初始密码']);
      expect(sheet.rowCount).toBe(2 + bulk.items.length);
      bulk.items.forEach((item, i) => {
        expect(sheet.getRow(3 + i).values).toEqual([undefined, i + 1, item.enterpriseName, item.cardNo, item.password]);
      });
    });

    it('lets each card log in with its password', async () => {
      for (const item of bulk.items) expect((await cardLogin(item.cardNo, item.password)).status).toBe(200);
    });

    it('refuses an empty list and one over 500 names', async () => {
      expect((await call(t.app, 'POST', '/api/v1/registration-cards/bulk', { token: secretariat, json: { enterpriseNames: [] } })).status).toBe(422);
      const many = Array.from({ length: 501 }, (_, i) => `企业${i}`);
      expect((await call(t.app, 'POST', '/api/v1/registration-cards/bulk', { token: secretariat, json: { enterpriseNames: many } })).status).toBe(422);
    });

    it('resets a password: the old one is refused, the new one accepted, the audit keeps no password', async () => {
      const item = bulk.items[0]!;
      const list = await call<{ items: Array<{ id: number; cardNo: string }> }>(t.app, 'GET', '/api/v1/registration-cards?pageSize=50', { token: secretariat });
      const card = list.body.items.find((c) => c.cardNo === item.cardNo)!;
      const reply = await call<{ cardNo: string; password: string }>(t.app, 'POST', `/api/v1/registration-cards/${card.id}/reset`, { token: secretariat });
      expect(reply.status).toBe(200);
      expect(reply.body.cardNo).toBe(item.cardNo);
      expect(reply.body.password).not.toBe(item.password);
      expect((await cardLogin(item.cardNo, item.password)).status).toBe(401);
      expect((await cardLogin(item.cardNo, reply.body.password)).status).toBe(200);
      const audit = await dataSourceOf(t.app).getRepository(AuditEntry).findOneByOrFail({ action: 'registration_card.reset_password', entityId: String(card.id) });
      expect(JSON.stringify(audit)).not.toContain(reply.body.password);
      expect((await call<ErrorBody>(t.app, 'POST', '/api/v1/registration-cards/999999/reset', { token: secretariat })).body.code).toBe('REGISTRATION_CARD_NOT_FOUND');
    });
  });
});
