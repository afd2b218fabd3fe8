import { creditCodeCheckChar } from '@cacem/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { call, loginAccount } from './test-app.js';

let enterpriseCounter = 0;

/** A valid unified social credit code, different each call. */
export function creditCodeFactory(n = ++enterpriseCounter): string {
  const body = `9111010${String(n).padStart(10, '0')}`;
  return body + creditCodeCheckChar(body);
}

export async function issueCardFactory(app: NestFastifyApplication, enterpriseName = `测试建设工程有限公司${++enterpriseCounter}`) {
  const token = await loginAccount(app, 'mishuchu');
  const reply = await call<{ cardNo: string; password: string; id: number }>(app, 'POST', '/api/v1/registration-cards', {
    token,
    json: { enterpriseName },
  });
  if (reply.status !== 201) throw new Error(`issue card failed: ${JSON.stringify(reply.body)}`);
  return { ...reply.body, enterpriseName };
}

export async function declarantFactory(app: NestFastifyApplication, options: { withCreditCode?: boolean } = {}) {
  const card = await issueCardFactory(app);
  const login = await call<{ accessToken: string }>(app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } });
  const token = login.body.accessToken;
  if (options.withCreditCode) {
    const creditCode = creditCodeFactory();
    const reply = await call(app, 'PUT', '/api/v1/enterprises/me/credit-code', { token, json: { creditCode } });
    if (reply.status !== 200) throw new Error(`credit code failed: ${JSON.stringify(reply.body)}`);
  }
  return { ...card, token };
}

/** A complete registration form (报名表) with every declaration of 第六条 made. */
export function applicationFormFactory(recommendingUnitId: number, overrides: Record<string, unknown> = {}) {
  return {
    recommendingUnitId,
    profile: {
      leaderName: '王建国',
      leaderMobile: '13800138000',
      memberCount: 12,
      specialty: '钢筋工程',
      projectName: '城市轨道交通 3 号线土建工程',
      introduction: '班组坚持班前会与质量自检，近三年无质量安全事故。',
    },
    declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
    ...overrides,
  };
}

/** A declarant with a team and a draft application for it (form filled, no materials yet). */
export async function draftApplicationFactory(app: NestFastifyApplication, options: { teamName?: string; unitId?: number } = {}) {
  const declarant = await declarantFactory(app, { withCreditCode: true });
  const team = await call<{ id: number }>(app, 'POST', '/api/v1/teams', {
    token: declarant.token,
    json: { name: options.teamName ?? '钢筋加工一班', kind: 'construction_crew' },
  });
  if (team.status !== 201) throw new Error(`team failed: ${JSON.stringify(team.body)}`);
  const units = await call<Array<{ id: number }> | { items: Array<{ id: number }> }>(app, 'GET', '/api/v1/recommending-units', { token: declarant.token });
  const list = Array.isArray(units.body) ? units.body : units.body.items;
  const unitId = options.unitId ?? list[0]!.id;
  const saved = await call<{ id: number; status: string }>(app, 'PUT', `/api/v1/teams/${team.body.id}/application`, {
    token: declarant.token,
    json: applicationFormFactory(unitId),
  });
  if (saved.status !== 200) throw new Error(`application failed: ${JSON.stringify(saved.body)}`);
  return { declarant, token: declarant.token, teamId: team.body.id, applicationId: saved.body.id, recommendingUnitId: unitId };
}

/** One on-site activity record of the team, dated inside the campaign's statistics period. */
export async function activityRecordFactory(app: NestFastifyApplication, token: string, teamId: number, date = '2026-05-20') {
  const reply = await call(app, 'POST', `/api/v1/teams/${teamId}/activity-records`, {
    token,
    json: { clientKey: `rec-${Math.random().toString(36).slice(2, 12)}`, date, kind: 'pre_shift_meeting', content: '班前会：交代钢筋绑扎质量要点', place: '3号楼', attendeeIds: [] },
  });
  if (reply.status !== 201) throw new Error(`activity record failed: ${JSON.stringify(reply.body)}`);
  return reply.body;
}
