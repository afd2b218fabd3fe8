import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { creditCodeCheckChar } from '@cacem/shared';
import type { Page } from 'playwright-core';
import { pdfFixture, pptxFixture } from '../../../server/test/support/material-files.js';
import { api, uploadTo } from './api.js';
import { SCREENSHOTS } from './browser.js';
import { ROOT } from './server.js';

/**
 * The setup the season's browser tests share: three teams registered and recommended through the HTTP API, screened,
 * three experts with accounts, one panel of three drawn. Used by expert-scoring.e2e.ts and season-results.e2e.ts.
 */

export const UNIT_A = '中国冶金建设协会'; // tuijian01's unit
export const TEAMS = [
  { name: '钢结构安装一班', unit: 'A' },
  { name: '机电调试班组', unit: 'A' },
  { name: '桥梁预制梁班组', unit: 'B' },
] as const;

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' };
export const field = (page: Page, testId: string, tag = 'input') => page.locator(`[data-testid="${testId}"] ${tag}`);
export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
/** Today's Beijing date, yyyy-mm-dd. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export interface RubricItem {
  id: string;
  title: string;
  max: number;
}
type RubricKind = 'materials' | 'presentation';
const rubrics = (JSON.parse(readFileSync(join(ROOT, 'config/campaigns/2026.json'), 'utf8')) as {
  rubrics: Record<RubricKind, { categories: Array<{ items: RubricItem[] }> }>;
}).rubrics;
/** The items of the shipped rubric of a kind, in order. */
export const rubricItems = (kind: RubricKind): RubricItem[] => rubrics[kind].categories.flatMap((c) => c.items);
/** Every item at its maximum less `minus`. */
export const scoresOf = (kind: RubricKind, minus: number) => Object.fromEntries(rubricItems(kind).map((i) => [i.id, i.max - minus]));
export const totalOf = (kind: RubricKind, minus: number) => rubricItems(kind).reduce((s, i) => s + i.max - minus, 0);

export interface Credentials {
  expertId: number;
  username: string;
  password: string;
  name: string;
}

/** One registered team: its application and the registration card its enterprise logs in with. */
export interface RegisteredTeam {
  name: string;
  applicationId: number;
  teamId: number;
  cardNo: string;
  cardPassword: string;
}

export const login = async (base: string, username: string, password: string) =>
  (await api<{ accessToken: string }>(base, 'POST', '/auth/login', { json: { username, password } })).accessToken;

/** Registration window: three enterprises each register a team and submit; two units recommend them. */
export interface TeamFiles {
  pdf: Uint8Array;
  pptx: Uint8Array;
}

export async function registerAndRecommend(
  base: string,
  files?: (i: number) => Promise<TeamFiles>,
  teams: ReadonlyArray<{ name: string; unit: 'A' | 'B' }> = TEAMS,
): Promise<RegisteredTeam[]> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const unitB = units.items.find((u) => u.id !== unitA.id)!;
  const contactB = await api<{ username: string; password: string }>(base, 'POST', `/recommending-units/${unitB.id}/contacts`, {
    token: secretariat,
    json: { displayName: '乙单位联系人', username: 'e2e-unit-b' },
  });
  const recommender = { A: await login(base, 'tuijian01', 'Demo@2026'), B: await login(base, contactB.username, contactB.password) };
  const registered: RegisteredTeam[] = [];
  for (const [i, team] of teams.entries()) {
    const unitId = team.unit === 'A' ? unitA.id : unitB.id;
    const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `评审测试建设有限公司${i + 1}` } });
    const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `9111010${String(800 + i).padStart(10, '0')}`;
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const created = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name: team.name, kind: 'construction_crew' } });
    const application = await api<{ id: number }>(base, 'PUT', `/teams/${created.id}/application`, {
      token,
      json: {
        recommendingUnitId: unitId,
        profile: { leaderName: '李工', leaderMobile: '13800138002', memberCount: 12, specialty: '钢结构', projectName: '示例大桥工程', introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api(base, 'POST', `/teams/${created.id}/activity-records`, {
      token,
      json: { clientKey: `rec-exp-${i}-0000`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
    });
    const own = files ? await files(i) : { pdf: await pdfFixture(team.name), pptx: pptxFixture(team.name) };
    await uploadTo(base, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', own.pdf, 'application/pdf');
    await uploadTo(base, `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', own.pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    await api(base, 'POST', `/applications/${application.id}/recommend`, { token: recommender[team.unit], json: {} });
    registered.push({ name: team.name, applicationId: application.id, teamId: created.id, cardNo: card.cardNo, cardPassword: card.password });
  }
  return registered;
}

/** Materials-review window: screening passes all, three experts join the pool with accounts, one panel of three is drawn. */
export async function screenAndDraw(base: string): Promise<{ leader: Credentials; members: Credentials[] }> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const passed = await api<Record<string, unknown>>(base, 'POST', '/screening/bulk-pass', { token: secretariat, json: {} });
  if (JSON.stringify(passed).includes('"skipped":[{')) throw new Error(`screening skipped applications: ${JSON.stringify(passed)}`);
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  // The teams' units are UNIT_A and the first other unit (see registerAndRecommend): the experts come from neither.
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const unitB = units.items.find((u) => u.id !== unitA.id)!;
  const expertUnits = units.items.filter((u) => u.id !== unitA.id && u.id !== unitB.id).slice(5, 8);
  const names = ['赵建华', '钱立新', '孙宏伟'];
  const experts: Credentials[] = [];
  for (const [i, name] of names.entries()) {
    const expert = await api<{ id: number }>(base, 'POST', '/experts', {
      token: secretariat,
      json: {
        name,
        mobile: `1391000000${i}`,
        enterpriseName: `专家所在工程局${i + 1}`,
        recommendingUnitId: expertUnits[i]!.id,
        specialties: ['土建', '钢结构'],
        trainingStatus: 'trained',
        trainedAt: '2026-03-01',
        assessmentStatus: 'passed',
        assessedAt: '2026-03-15',
      },
    });
    const account = await api<{ username: string; password: string }>(base, 'POST', `/experts/${expert.id}/account`, { token: secretariat, json: { username: `e2e-expert-${i + 1}` } });
    experts.push({ expertId: expert.id, username: account.username, password: account.password, name });
  }
  const drawn = await api<{ id: number }>(base, 'POST', '/draws', { token: secretariat, json: { panelCount: 1, panelSize: 3, seed: 'e2e-expert-scoring' } });
  const draw = await api<{ panels: Array<{ leader: { id: number }; members: Array<{ id: number }> }> }>(base, 'GET', `/draws/${drawn.id}`, { token: secretariat });
  const panel = draw.panels[0]!;
  const byId = (id: number) => experts.find((e) => e.expertId === id)!;
  return { leader: byId(panel.leader.id), members: panel.members.map((m) => byId(m.id)) };
}

/** An expert logs in on the H5 login page (账号登录) and opens 进入评审. */
export async function loginExpertInBrowser(page: Page, base: string, who: Credentials) {
  await page.goto(`${base}/#/pages/login/index`);
  await page.getByText('账号登录').click();
  await field(page, 'login-username').fill(who.username);
  await field(page, 'login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-expert').click();
  await page.getByTestId('exp-home').waitFor();
}

/** A declarant logs in on the H5 login page with the registration card and lands on the teams page. */
export async function loginDeclarantInBrowser(page: Page, base: string, team: RegisteredTeam) {
  await page.goto(`${base}/#/pages/login/index`);
  await field(page, 'login-card-no').fill(team.cardNo);
  await field(page, 'login-card-password').fill(team.cardPassword);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('team-card').first().waitFor();
}
