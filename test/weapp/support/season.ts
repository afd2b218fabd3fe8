import { rmSync } from 'node:fs';
import { creditCodeCheckChar } from '@cacem/shared';
import { pdfFixture, pptxFixture } from '../../../server/test/support/material-files.js';
import { api, uploadTo } from '../../e2e/support/api.js';
import { configDirInRegistrationWindow } from '../../e2e/support/config-dir.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from '../../e2e/support/review-config.js';
import { type Credentials, login, registerAndRecommend, type RegisteredTeam, screenAndDraw, today } from '../../e2e/support/season.js';
import { newDataDir, startServer } from '../../e2e/support/server.js';
import { openWorld, type World } from './world.js';

/**
 * The season states the recommender, expert and subscribe journeys start from, set up through the HTTP API as the
 * browser tests do (test/e2e/support/season.ts): the mini-program then does the one step the journey is about.
 */

export const UNIT_A = '中国冶金建设协会'; // the demo contact tuijian01's unit

/** A team whose application is submitted and waits for its unit's decision. */
export interface SubmittedTeam {
  name: string;
  applicationId: number;
  cardNo: string;
  cardPassword: string;
}

/** Enterprises register one team each for `unitName`, upload the PDF and PPTX and submit — nobody recommends yet. */
export async function submitApplications(base: string, unitName: string, teamNames: readonly string[]): Promise<SubmittedTeam[]> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unit = units.items.find((u) => u.name === unitName);
  if (!unit) throw new Error(`没有推荐单位「${unitName}」`);
  const submitted: SubmittedTeam[] = [];
  for (const [i, name] of teamNames.entries()) {
    const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `小程序测试建设有限公司${i + 1}` } });
    const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `9111010${String(900 + i).padStart(10, '0')}`;
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const team = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name, kind: 'construction_crew' } });
    const application = await api<{ id: number }>(base, 'PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: unit.id,
        profile: { leaderName: '周工', leaderMobile: '13800138003', memberCount: 9, specialty: '机电安装', projectName: '示例厂房工程', introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api(base, 'POST', `/teams/${team.id}/activity-records`, {
      token,
      json: { clientKey: `weapp-sub-${i}-0000`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
    });
    await uploadTo(base, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await pdfFixture(name), 'application/pdf');
    await uploadTo(base, `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', pptxFixture(name), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    submitted.push({ name, applicationId: application.id, cardNo: card.cardNo, cardPassword: card.password });
  }
  return submitted;
}

/** A world whose 2026 campaign is in its registration window (teams submit, units recommend); the config copy goes with it. */
export async function registrationWorld(env: Record<string, string> = {}): Promise<World> {
  const config = configDirInRegistrationWindow();
  const world = await openWorld({ CONFIG_DIR: config, ...env });
  return {
    ...world,
    async stop() {
      await world.stop();
      rmSync(config, { recursive: true, force: true });
    },
  };
}

export interface ReviewWorld {
  world: World;
  teams: RegisteredTeam[];
  leader: Credentials;
  members: Credentials[];
}

/**
 * A world in the materials-review window: three teams registered and recommended in the registration window, then the
 * stored campaign moved on, screening passed and one panel of three experts drawn (as expert-scoring.e2e.ts does).
 */
export async function materialsReviewWorld(): Promise<ReviewWorld> {
  const dataDir = newDataDir();
  const configs = [configDirInRegistrationWindow()];
  const registration = await startServer({ CONFIG_DIR: configs[0]! }, { dataDir });
  let teams: RegisteredTeam[];
  try {
    teams = await registerAndRecommend(registration.url);
  } finally {
    await registration.stop();
  }
  moveStoredCampaignToMaterialsReview(dataDir);
  configs.push(configDirInMaterialsReviewWindow());
  const world = await openWorld({ CONFIG_DIR: configs[1]! }, dataDir);
  const panel = await screenAndDraw(world.server.url);
  return {
    world: {
      ...world,
      async stop() {
        await world.stop();
        for (const dir of [...configs, dataDir]) rmSync(dir, { recursive: true, force: true });
      },
    },
    teams,
    leader: panel.leader,
    members: panel.members,
  };
}
