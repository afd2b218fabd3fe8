// Helpers the api and upload benches share: start the built server (built-server.mjs), call its API, and seed
// declarants with applications through the API exactly as a client would.
import { rmSync } from 'node:fs';
import { creditCodeCheckChar } from '@cacem/shared';
import { api, login, upload } from '../../../scripts/lib/api-client.mjs';
import { configDirInRegistration, startBuiltServer } from './built-server.mjs';
import { pdfFixture, pptxFixture } from './upload-fixtures.mjs';

export { api, login, upload } from '../../../scripts/lib/api-client.mjs';
export { freePort, ROOT, SERVER_DIST } from './built-server.mjs';

/**
 * Starts the built server (built-server.mjs) with the 2026 campaign in its registration window today and the WeChat
 * sender off, and waits until it answers and has seeded.
 * @param {Record<string, string>} env
 */
export async function startServer(env = {}) {
  const configDir = configDirInRegistration();
  return startBuiltServer({
    env: { NOTIFY_INTERVAL_MS: '0', CONFIG_DIR: configDir, ...env },
    cleanup: () => rmSync(configDir, { recursive: true, force: true }),
  });
}

/** Runs `task(i)` for i in [0, n) with at most `width` at a time. */
export async function inParallel(n, width, task) {
  const results = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/**
 * Seeds `count` enterprises, each with a registration card, a credit code, one team and its application filled in
 * (recommended by one of the recommending units, round robin). With `submit`, each also uploads a small PDF and PPTX,
 * records one activity and submits — so the application shows in the secretariat's list.
 * @returns {Promise<Array<{ token: string, teamId: number, applicationId: number }>>}
 */
export async function seedDeclarants(base, count, { submit = false, width = 6, tag = 'p' } = {}) {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = (await api(base, 'GET', '/recommending-units')).items;
  const pdf = submit ? await pdfFixture('申报材料') : null;
  const pptx = submit ? pptxFixture('成果发布') : null;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return inParallel(count, width, async (i) => {
    const card = await api(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `性能测试建设有限公司${tag}${i + 1}` } });
    const token = (await api(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `91110${tag === 'p' ? '1' : '2'}0${String(10_000 + i).padStart(10, '0')}`.slice(0, 17);
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const team = await api(base, 'POST', '/teams', { token, json: { name: `第${i + 1}施工班组`, kind: 'construction_crew' } });
    const application = await api(base, 'PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: units[i % units.length].id,
        profile: { leaderName: '李工', leaderMobile: '13800138002', memberCount: 12, specialty: '钢结构', projectName: `示例大桥工程${i + 1}`, introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    if (submit) {
      await api(base, 'POST', `/teams/${team.id}/activity-records`, {
        token,
        json: { clientKey: `perf-${tag}-${i}-0000`, date: today, kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
      });
      await upload(base, `/applications/${application.id}/materials/pdf`, token, '申报材料.pdf', pdf, 'application/pdf');
      await upload(base, `/applications/${application.id}/materials/ppt`, token, '成果发布.pptx', pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    }
    return { token, teamId: team.id, applicationId: application.id };
  });
}
