import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PREFIX } from '../../src/app.factory.js';
import { buildAuthzWorld } from './authz-world.js';
import { type FuzzCase, type FuzzWorld } from './fuzz-cases.js';
import { applicationFormFactory } from './factories.js';
import { pdfFixture, pptxFixture } from './material-files.js';
import { statisticsFactory } from './recommendation-factories.js';
import { call } from './test-app.js';
import type { WechatStandIn } from './wechat-stand-in.js';

/** The route fuzz's world (test/fuzz.spec.ts): the authorization matrix's, with the real values a well-formed case names. */
export async function buildFuzzWorld(app: NestFastifyApplication, wechat: WechatStandIn): Promise<FuzzWorld> {
  const realIds: number[] = [];
  const realParams = new Map<string, string[]>();
  const knownBodies = new Map<string, unknown>();
  const extraExamples = new Map<string, FuzzCase>();
  // The authorization matrix's world: team A's application drawn to a panel, with a record, materials, a certificate,
  // a presentation session and a misconduct case, and every kind of caller beside and around it.
  const w = await buildAuthzWorld(app, wechat);
  const tokens: FuzzWorld['tokens'] = { ...w.tokens };
  realIds.push(
    1,
    2,
    w.unitA,
    w.unitB,
    w.teamA,
    w.teamB,
    w.applicationA,
    w.applicationB,
    w.spareMemberA,
    w.recordA,
    ...Object.values(w.experts),
    w.drawId,
    w.sessionId,
    w.caseId,
    w.inboxMessageA,
    w.recommenderUserA,
    w.resetCardId,
  );
  // Declarant A's second team, with a draft application: what saving and withdrawing an application act on.
  const team = await call<{ id: number }>(app, 'POST', `/${API_PREFIX}/teams`, { token: w.tokens.declarant, json: { name: '模糊测试班组', kind: 'construction_crew' } });
  const draft = await call<{ id: number }>(app, 'PUT', `/${API_PREFIX}/teams/${team.body.id}/application`, { token: w.tokens.declarant, json: applicationFormFactory(w.unitA) });
  if (team.status !== 201 || draft.status !== 200) throw new Error(`fuzz world: the draft failed: ${JSON.stringify([team.body, draft.body])}`);
  realIds.push(team.body.id, draft.body.id);
  const declarantCase = (params: number[], value?: unknown): FuzzCase => ({
    principal: 'declarant',
    wellFormed: true,
    params: params.map(String),
    query: '',
    body: value === undefined ? { kind: 'none' } : { kind: 'json', value },
  });
  extraExamples.set(`PUT /${API_PREFIX}/teams/:teamId/application`, declarantCase([team.body.id], applicationFormFactory(w.unitA)));
  extraExamples.set(`POST /${API_PREFIX}/applications/:id/withdraw`, declarantCase([draft.body.id]));
  realParams.set(':kind', ['materials', 'presentation', 'pdf', 'ppt']);
  realParams.set(':no', [w.certificateNo]);
  realParams.set(':token', [w.fileUrlA.split('/').pop()!.split('?')[0]!]);
  realParams.set(':panelNo', [String(w.panelNo)]);
  // Parameters whose name says what they hold get the world's objects of that kind only: a well-formed case then
  // names a real application, record or member, not an id of something else. (Team ids stay open: the teams the fuzz
  // itself creates, with their draft applications, are reached through them.)
  realParams.set(':applicationId', [w.applicationA, w.applicationB].map(String));
  realParams.set(':recordId', [String(w.recordA)]);
  realParams.set(':memberId', [String(w.spareMemberA)]);
  realParams.set(':unitId', [w.unitA, w.unitB].map(String));
  realParams.set(':expertId', Object.values(w.experts).map(String));
  // Bodies the services check themselves (no DTO): mutate a valid one so the fuzz gets past the first check.
  const current = await call<{ settings: unknown }>(app, 'GET', `/${API_PREFIX}/campaigns/current`);
  knownBodies.set(`PUT /${API_PREFIX}/campaigns/current/settings`, { settings: current.body.settings });
  knownBodies.set(`PUT /${API_PREFIX}/recommendation/statistics`, statisticsFactory());
  const units = await call<{ items: Array<{ name: string }> }>(app, 'GET', `/${API_PREFIX}/recommending-units`);
  const uploadFiles = { pdf: await pdfFixture('fuzz'), pptx: pptxFixture('fuzz'), unitNames: units.body.items.map((u) => u.name).slice(0, 6) };
  return { w, tokens, realIds, realParams, knownBodies, uploadFiles, extraExamples };
}
