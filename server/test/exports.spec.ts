import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UNIT_STATISTICS_ROWS } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { Clock } from '../src/common/clock.js';
import { contactFactory, statisticsFactory } from './support/recommendation-factories.js';
import { drawnSeasonFactory, expertOf, fullSheet, PRESENTATIONS, type Season } from './support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

type Rubric = { step: number; total: number; categories: Array<{ id: string; items: Array<{ id: string; max: number; title: string }> }> };
type Grading = { items: Array<{ applicationId: number; grade: string; rank: number; total: number }> };

const sum = (scores: Record<string, number>) => Math.round(Object.values(scores).reduce((a, b) => a + b, 0) * 100) / 100;
const materialsFraction = (n: number) => 0.5 + 0.1 * n;
const presentationFraction = (n: number) => 0.9 - 0.1 * n;

describe(`secretariat exports on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  let materials: Rubric;
  let presentation: Rubric;
  let apps: number[];
  let experts: Array<{ id: number; name: string; token: string }>;
  let grading: Grading;
  let units: Array<{ id: number; name: string }>;

  const as = (token: string) => ({
    get: <T = Record<string, unknown>>(url: string) => call<T>(t.app, 'GET', `/api/v1${url}`, { token }),
    put: <T = Record<string, unknown>>(url: string, json: unknown) => call<T>(t.app, 'PUT', `/api/v1${url}`, { token, json }),
    post: <T = Record<string, unknown>>(url: string, json: unknown = {}) => call<T>(t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  const ok = <T>(reply: { status: number; body: T }, what: string, expected = 200): T => {
    if (reply.status !== expected) throw new Error(`${what} failed (${reply.status}): ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const download = async (name: string, token = s.secretariat) => {
    const reply = await t.app.inject({ method: 'GET', url: `/api/v1/console/exports/${name}`, headers: { authorization: `Bearer ${token}` } });
    return reply;
  };
  const workbook = async (name: string) => {
    const reply = await download(name);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('spreadsheetml');
    expect(String(reply.headers['content-disposition'])).toMatch(/^attachment/);
    expect(decodeURIComponent(String(reply.headers['content-disposition']))).toContain('2026年度');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
  const rowWhere = (sheet: ExcelJS.Worksheet, column: number, value: unknown) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === value) return sheet.getRow(r);
    throw new Error(`no row with ${String(value)} in column ${column}`);
  };

  beforeAll(async () => {
    t = await startTestApp();
    s = await drawnSeasonFactory(t.app, { teams: 3, teamUnits: 2, experts: 3, panelCount: 1, panelSize: 3, tag: 'X' });
    const panel = s.panels[0]!;
    apps = s.applications.map((a) => a.id);
    experts = [panel.leader, ...panel.members].map((e) => expertOf(s, e.id));
    const leader = experts[0]!;
    materials = ok(await as(leader.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/materials`), 'rubric').rubric;
    for (const [n, id] of apps.entries()) {
      for (const e of experts) ok(await as(e.token).post(`/reviews/${id}/materials/submit`, { scores: fullSheet(materials, materialsFraction(n)) }), 'materials submit');
    }
    ok(await as(leader.token).post('/reviews/panels/1/materials/close'), 'close panel');
    ok(await as(s.secretariat).post('/invitations', { applicationIds: apps }), 'invite');
    t.app.get(Clock).travelTo(PRESENTATIONS);
    const session = ok(
      await as(s.secretariat).post<{ id: number }>('/presentation-sessions', { title: '导出测试场', date: '2026-08-20', venue: '北京', panelNo: 1, applicationIds: apps }),
      'session',
      201,
    );
    presentation = ok(await as(leader.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/presentation`), 'presentation rubric').rubric;
    for (const [n, id] of apps.entries()) {
      for (const e of experts) ok(await as(e.token).post(`/reviews/${id}/presentation/submit`, { scores: fullSheet(presentation, presentationFraction(n)) }), 'presentation submit');
    }
    ok(await as(leader.token).post(`/presentation-sessions/${session.id}/close`), 'close session');
    ok(await as(s.secretariat).post('/grading/proposal'), 'proposal');
    grading = ok(await as(s.secretariat).post<Grading>('/grading/confirm'), 'confirm');
    // Two units file their 附件3 return; the others do not.
    units = ok(await call<{ items: Array<{ id: number; name: string }> }>(t.app, 'GET', '/api/v1/recommending-units'), 'units').items;
    for (const [k, unit] of units.slice(0, 2).entries()) {
      const contact = await contactFactory(t.app, unit.id, `统计联系人${k}`);
      const overrides = k === 0 ? {} : { enterprisesThisYear: 5, teamsThisYear: 7, staffParticipations: 40, trainingSpending: 1.25, rewardSpending: 0.5, meetingHeld: false };
      ok(await as(contact.token).put('/recommendation/statistics', statisticsFactory(overrides)), 'statistics');
    }
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  it('is for the secretariat only', async () => {
    const declarant = s.applications[0]!.declarantToken;
    for (const name of ['applications.xlsx', 'scores.xlsx', 'results.xlsx', 'statistics.xlsx']) {
      expect((await download(name, declarant)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/console/exports/${name}` })).statusCode).toBe(401);
    }
  });

  it('applications.xlsx lists every submitted application with scores, grade and unit', async () => {
    const book = await workbook('applications.xlsx');
    const sheet = book.worksheets[0]!;
    expect(values(sheet, 1)).toEqual(['序号', '班组名称', '班组类型', '企业名称', '统一社会信用代码', '推荐单位', '状态', '提交时间', '资料审核得分', '成果发布得分', '总分', '等级', '证书编号']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(1 + apps.length);
    const first = s.applications[0]!;
    const row = rowWhere(sheet, 2, first.teamName);
    expect(row.getCell(9).value).toBe(sum(fullSheet(materials, materialsFraction(0))));
    expect(row.getCell(10).value).toBe(sum(fullSheet(presentation, presentationFraction(0))));
    expect(typeof row.getCell(11).value).toBe('number');
    expect(row.getCell(11).value).toBe(grading.items.find((i) => i.applicationId === first.id)!.total);
    expect(['卓越级', '示范级', '改进级']).toContain(row.getCell(12).value);
    expect(row.getCell(6).value).toBe(units.find((u) => u.id === first.unitId)!.name);
    expect(row.getCell(8).value).toBeInstanceOf(Date);
  });

  it('scores.xlsx has one worksheet per kind, one column per rubric item and one row per submitted sheet', async () => {
    const book = await workbook('scores.xlsx');
    expect(book.worksheets.map((w) => w.name)).toEqual(['资料审核评分', '成果发布评分']);
    for (const [sheet, rubric, fraction, label] of [
      [book.worksheets[0]!, materials, materialsFraction, '资料审核'],
      [book.worksheets[1]!, presentation, presentationFraction, '成果发布'],
    ] as const) {
      const items = rubric.categories.flatMap((c) => c.items);
      const header = values(sheet, 1);
      expect(header.slice(0, 5)).toEqual(['申报编号', '班组名称', '专家组', '专家', '评分类别']);
      expect(header.slice(-2)).toEqual(['总分', '提交时间']);
      expect(header).toHaveLength(5 + items.length + 2);
      expect(header[5]).toBe(`${items[0]!.title}（满分${items[0]!.max}）`);
      expect(sheet.rowCount).toBe(1 + apps.length * experts.length);
      const row = rowWhere(sheet, 1, apps[1]);
      expect(row.getCell(3).value).toBe('第1组');
      expect(row.getCell(5).value).toBe(label);
      const expected = fullSheet(rubric, fraction(1));
      expect(row.getCell(6).value).toBe(expected[items[0]!.id]);
      expect(row.getCell(6 + items.length).value).toBe(sum(expected));
      expect(experts.map((e) => e.name)).toContain(row.getCell(4).value);
    }
  });

  it('results.xlsx lists the grade results by rank with proposed and decided grade', async () => {
    const book = await workbook('results.xlsx');
    const sheet = book.worksheets[0]!;
    expect(values(sheet, 1)).toEqual(['排名', '班组名称', '企业名称', '推荐单位', '资料审核得分', '成果发布得分', '总分', '建议等级', '决定等级', '调整理由', '说明']);
    expect(sheet.rowCount).toBe(1 + grading.items.length);
    const best = [...grading.items].sort((a, b) => a.rank - b.rank)[0]!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(best.rank);
    expect(row.getCell(2).value).toBe(s.applications.find((a) => a.id === best.applicationId)!.teamName);
    expect(row.getCell(7).value).toBe(best.total);
    expect(String(row.getCell(11).value).length).toBeGreaterThan(0);
  });

  it('statistics.xlsx has a row per filed return, a 合计 row summing them and the units that did not file', async () => {
    const book = await workbook('statistics.xlsx');
    const sheet = book.worksheets[0]!;
    const header = values(sheet, 1) as string[];
    expect(header.slice(0, 3)).toEqual(['序号', '推荐单位', '报送情况']);
    for (const r of UNIT_STATISTICS_ROWS) expect(header).toContain(`${r.label}（${r.unit}）`);
    // Header, two returns, 合计, the units that did not file.
    expect(sheet.rowCount).toBe(1 + 2 + 1 + (units.length - 2));
    expect(sheet.getRow(2).getCell(2).value).toBe(units[0]!.name);
    expect(sheet.getRow(3).getCell(2).value).toBe(units[1]!.name);
    const total = sheet.getRow(4);
    expect(total.getCell(2).value).toBe('合计');
    const column = (label: string) => header.findIndex((h) => h.startsWith(label)) + 1;
    const a = statisticsFactory();
    expect(total.getCell(column('本年度开展质量信得过班组活动企业数')).value).toBe(a.enterprisesThisYear + 5);
    expect(total.getCell(column('本年度开展质量信得过班组活动班组数')).value).toBe(a.teamsThisYear + 7);
    expect(total.getCell(column('本年度参与质量信得过班组活动员工数')).value).toBe(a.staffParticipations + 40);
    expect(total.getCell(column('本年度对质量信得过班组活动投入费用')).value).toBe(a.trainingSpending + 1.25);
    expect(total.getCell(column('本年度对质量信得过班组活动奖励费用')).value).toBe(a.rewardSpending + 0.5);
    // Only the first unit held a meeting.
    expect(total.getCell(column('发布会报名班组数')).value).toBe(a.meetingRegisteredTeams);
    for (const unit of UNIT_STATISTICS_ROWS) expect(typeof total.getCell(column(unit.label)).value).toBe('number');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(3).value).toBe('未报送');
    expect(last.getCell(2).value).toBe(units[units.length - 1]!.name);
  });
});
