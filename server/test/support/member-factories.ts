import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { declarantFactory } from './factories.js';
import { call } from './test-app.js';

export { PNG_1x1 } from './material-files.js';

let teamCounter = 0;

/** A declarant with a recorded credit code and one team. */
export async function teamFactory(app: NestFastifyApplication, name = `测试班组${++teamCounter}`) {
  const declarant = await declarantFactory(app, { withCreditCode: true });
  const team = await call<{ id: number }>(app, 'POST', '/api/v1/teams', { token: declarant.token, json: { name, kind: 'construction_crew' } });
  if (team.status !== 201) throw new Error(`team failed: ${JSON.stringify(team.body)}`);
  return { declarant, teamId: team.body.id };
}

/** A member who joined the team with an invite code; returns their token and id. */
export async function memberFactory(app: NestFastifyApplication, declarantToken: string, teamId: number, name = '李师傅') {
  const invite = await call<{ code: string }>(app, 'POST', `/api/v1/teams/${teamId}/invites`, { token: declarantToken });
  const joined = await call<{ accessToken: string; memberId: number }>(app, 'POST', '/api/v1/auth/join', { json: { inviteCode: invite.body.code, name } });
  if (joined.status !== 201) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
  return { token: joined.body.accessToken, memberId: joined.body.memberId };
}
