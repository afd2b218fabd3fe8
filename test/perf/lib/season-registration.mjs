import { creditCodeCheckChar } from '@cacem/shared';
import { forEachLimited } from './season-http.mjs';
import { pdfFixture as seasonPdf, pptxFixture as seasonPptx } from './upload-fixtures.mjs';
import { today } from './season-env.mjs';

// season.bench.mjs, stages 1–3 (the registration window): cards issued, teams registered and submitted, recommended.

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const CARDS_PER_BULK = 500;
const creditCode = (n) => {
  const body = `9111010${String(n).padStart(10, '0')}`;
  return body + creditCodeCheckChar(body);
};
export const mobile = (prefix, n) => `${prefix}${String(n).padStart(8, '0')}`;

/** Runs stages 1–3 on the season (see season.bench.mjs's run); returns the submitted teams. */
export async function registrationStages(season) {
  const { call, upload, login, secretariat, units, stage } = season;
  const { TEAMS, CONCURRENCY } = season.settings;
  // 1. Registration cards: the secretariat issues one per enterprise, 500 names per bulk call (the endpoint's cap).
  const cards = [];
  await stage('1 registration cards', async () => {
    for (let i = 0; i < TEAMS; i += CARDS_PER_BULK) {
      const names = Array.from({ length: Math.min(CARDS_PER_BULK, TEAMS - i) }, (_, k) => `全国模拟建设工程有限公司${String(i + k + 1).padStart(5, '0')}`);
      const issued = await call('POST', '/registration-cards/bulk', { token: secretariat, json: { enterpriseNames: names } });
      if (issued.skipped.length) throw new Error(`cards skipped: ${JSON.stringify(issued.skipped.slice(0, 3))}`);
      cards.push(...issued.items);
    }
    return `${cards.length} cards`;
  });

  // 2. Registration: each enterprise logs in with its card, records its credit code, creates its team; a member
  // joins by invite code and logs an on-site activity record; the declarant fills the form, uploads PDF + PPTX, submits.
  const teams = [];
  await stage('2 registration (team → submit)', async () => {
    const { results, failed } = await forEachLimited(cards, CONCURRENCY, async (card, i) => {
      const unit = units[i % units.length];
      const teamName = `全国模拟班组${String(i + 1).padStart(5, '0')}`;
      const token = (await call('POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
      await call('PUT', '/enterprises/me/credit-code', { token, json: { creditCode: creditCode(500_000 + i) } });
      const team = await call('POST', '/teams', { token, json: { name: teamName, kind: 'construction_crew' } });
      const invite = await call('POST', `/teams/${team.id}/invites`, { token });
      const member = await call('POST', '/auth/join', { json: { inviteCode: invite.code, name: `成员${i + 1}`, mobile: mobile('135', i + 1) } });
      await call('POST', `/teams/${team.id}/activity-records`, {
        token: member.accessToken,
        json: { clientKey: `season-${i}-${Date.now().toString(36)}`, date: today(), kind: 'pre_shift_meeting', content: '班前会：交代质量要点', place: '施工现场', attendeeIds: [member.memberId] },
      });
      const application = await call('PUT', `/teams/${team.id}/application`, {
        token,
        json: {
          recommendingUnitId: unit.id,
          profile: { leaderName: '王建国', leaderMobile: mobile('138', i + 1), memberCount: 12, specialty: '钢筋工程', projectName: `全国模拟工程${i + 1}`, introduction: '班组坚持班前会与质量自检。' },
          declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
        },
      });
      await upload(`/applications/${application.id}/materials/pdf`, token, '申报材料.pdf', await seasonPdf(teamName), 'application/pdf');
      await upload(`/applications/${application.id}/materials/ppt`, token, '成果发布.pptx', seasonPptx(teamName), PPTX);
      await call('POST', `/applications/${application.id}/submit`, { token });
      return { applicationId: application.id, teamId: team.id, unitId: unit.id };
    });
    teams.push(...results.filter(Boolean));
    return `${teams.length} submitted${failed ? `, ${failed} teams stopped by an error` : ''}`;
  });

  // 3. Recommendation: the secretariat opens a contact for each of the 70 units; each contact logs in, pages through
  // its pending applications and recommends them.
  let recommended = 0;
  await stage('3 recommendation (70 units)', async () => {
    const { failed } = await forEachLimited(units, CONCURRENCY, async (unit) => {
      const contact = await call('POST', `/recommending-units/${unit.id}/contacts`, {
        token: secretariat,
        json: { displayName: `${unit.name.slice(0, 10)}联系人`, username: `season-unit-${unit.id}`, mobile: mobile('139', unit.id) },
      });
      const token = await login(contact.username, contact.password);
      const tried = new Set();
      for (;;) {
        const page = await call('GET', '/recommendation/applications?status=submitted&page=1&pageSize=200', { token });
        const fresh = page.items.filter((item) => !tried.has(item.id));
        if (fresh.length === 0) break;
        for (const item of fresh) {
          tried.add(item.id);
          await call('POST', `/applications/${item.id}/recommend`, { token, json: {} });
          recommended++;
        }
      }
    });
    return `${recommended} recommended${failed ? `, ${failed} units stopped by an error` : ''}`;
  });
  return teams;
}
