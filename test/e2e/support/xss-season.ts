import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { creditCodeCheckChar, syntheticCorpus } from '@cacem/shared';
import { pptxFixture, textPdfFixture } from '../../../server/test/support/material-files.js';
import { api, uploadTo } from './api.js';
import { configDirInRegistrationWindow } from './config-dir.js';
import { registerThenReview } from './registration-then-review.js';
import { configDirInMaterialsReviewWindow } from './review-config.js';
import { login, today, UNIT_A } from './season.js';
import { newDataDir, type RunningServer } from './server.js';
import { X } from './xss-payloads.js';

/**
 * stored-xss.e2e.ts's season: every free-text field a user fills and others read is stored through the API with a
 * payload (xss-payloads.ts), in the registration window and then in materials review, where the server stays running.
 */

type Corpus = ReturnType<typeof syntheticCorpus>;
interface RegisteredIds {
  team: number;
  application: number;
  declinedTeam: number;
  declinedApplication: number;
  eliminatedTeam: number;
  eliminatedApplication: number;
}
interface Creds {
  cardNo: string;
  cardPassword: string;
  contactUsername: string;
  contactPassword: string;
}

export interface HostileSeason {
  server: RunningServer;
  /** The teams' and applications' ids, the case opened and the similar pair dismissed. */
  ids: RegisteredIds & { case: number; pair: number };
  /** The enterprise's registration card and its unit's contact. */
  creds: Creds;
  close(): Promise<void>;
}

export async function startHostileSeason(): Promise<HostileSeason> {
  const dataDir = newDataDir();
  const configDirs = [configDirInRegistrationWindow(), configDirInMaterialsReviewWindow()];
  // Two declarations share half their text, so the check finds one pair to dismiss with a hostile reason.
  const corpus = syntheticCorpus({ seed: 'xss', independent: 2, copiesPerProportion: 1, proportions: [0.5], pages: 3, charsPerPage: 700, templates: false });
  appendFileSync(join(configDirs[1]!, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
  let server: RunningServer | undefined;
  const close = async () => {
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const env = { registration: { CONFIG_DIR: configDirs[0]! }, review: { CONFIG_DIR: configDirs[1]! } };
    const started = await registerThenReview(dataDir, env, (base) => registerWithPayloads(base, corpus));
    server = started.server;
    const registered = started.registered;
    const reviewed = await reviewWithPayloads(server.url, registered.ids);
    return { server, ids: { ...registered.ids, ...reviewed }, creds: registered.creds, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Registration window: an enterprise with hostile names registers four teams; its unit recommends three, declines one. */
async function registerWithPayloads(base: string, corpus: Corpus): Promise<{ ids: RegisteredIds; creds: Creds }> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const contact = await api<{ username: string; password: string }>(base, 'POST', `/recommending-units/${unitA.id}/contacts`, {
    token: secretariat,
    json: { displayName: X.contactName, username: 'xss-contact' },
  });
  const recommender = await login(base, contact.username, contact.password);
  const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: X.enterprise } });
  const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
  const body = `9111010${String(900).padStart(10, '0')}`;
  await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });

  const register = async (name: string, pdfPages: readonly string[]) => {
    const team = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name, kind: 'construction_crew' } });
    const application = await api<{ id: number }>(base, 'PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: unitA.id,
        profile: { leaderName: X.leader, leaderMobile: '13800138002', memberCount: 12, specialty: X.specialty, projectName: X.project, introduction: X.introduction },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api(base, 'POST', `/teams/${team.id}/activity-records`, {
      token,
      json: { clientKey: `xss-${team.id}-record`, date: today(), kind: 'pre_shift_meeting', content: X.recordContent, place: X.recordPlace, attendeeIds: [] },
    });
    await uploadTo(base, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await textPdfFixture(pdfPages), 'application/pdf');
    await uploadTo(base, `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', pptxFixture(name), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    return { teamId: team.id, applicationId: application.id };
  };
  const first = await register(X.team, corpus.documents[0]!.pages);
  const declined = await register(X.declinedTeam, corpus.documents[1]!.pages);
  const eliminated = await register(X.eliminatedTeam, corpus.documents[1]!.pages);
  const copy = await register(X.copyTeam, corpus.documents[2]!.pages);
  const ids = {
    team: first.teamId,
    application: first.applicationId,
    declinedTeam: declined.teamId,
    declinedApplication: declined.applicationId,
    eliminatedTeam: eliminated.teamId,
    eliminatedApplication: eliminated.applicationId,
  };
  const invite = await api<{ code: string }>(base, 'POST', `/teams/${first.teamId}/invites`, { token });
  await api(base, 'POST', '/auth/join', { json: { inviteCode: invite.code, name: X.member } });
  for (const recommended of [first, eliminated, copy]) await api(base, 'POST', `/applications/${recommended.applicationId}/recommend`, { token: recommender, json: {} });
  await api(base, 'POST', `/applications/${declined.applicationId}/decline`, { token: recommender, json: { reason: X.declineReason } });
  return { ids, creds: { cardNo: card.cardNo, cardPassword: card.password, contactUsername: contact.username, contactPassword: contact.password } };
}

/** Materials-review window: one team eliminated at screening, a case opened, a similar pair dismissed, an expert added. */
async function reviewWithPayloads(base: string, ids: RegisteredIds): Promise<{ case: number; pair: number }> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  await api(base, 'POST', `/applications/${ids.eliminatedApplication}/screening`, { token: secretariat, json: { decision: 'eliminate', reason: X.eliminationReason } });
  await api(base, 'POST', '/screening/bulk-pass', { token: secretariat, json: {} });
  const opened = await api<{ id: number }>(base, 'POST', '/misconduct-cases', { token: secretariat, json: { applicationId: ids.application, kind: 'fraud', description: X.caseDescription } });
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  await api(base, 'POST', '/experts', {
    token: secretariat,
    json: {
      name: X.expertName,
      mobile: '13910000099',
      enterpriseName: X.expertEnterprise,
      recommendingUnitId: units.items.find((u) => u.name !== UNIT_A)!.id,
      specialties: ['土建'],
      trainingStatus: 'trained',
      trainedAt: '2026-03-01',
      assessmentStatus: 'passed',
      assessedAt: '2026-03-15',
    },
  });
  await api(base, 'POST', '/similarity/runs', { token: secretariat, json: {} });
  // The run works in the background and has no event to wait on: its status is polled until it has finished, and a
  // run that failed or did not finish within the deadline fails the setup here, saying so (the pages below need its pairs).
  const deadline = Date.now() + 60_000;
  let run: { status: string; error?: string | null } | null = null;
  while (run?.status !== 'done') {
    run = (await api<{ latestRun: { status: string; error?: string | null } | null }>(base, 'GET', '/similarity/overview', { token: secretariat })).latestRun;
    if (run?.status === 'failed') throw new Error(`setup: the similarity run failed: ${run.error ?? '(no error given)'}`);
    if (run?.status === 'done') break;
    if (Date.now() > deadline) throw new Error(`setup: the similarity run did not finish within 60 s (last status: ${run?.status ?? 'no run'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const pairs = await api<{ items: Array<{ id: number }> }>(base, 'GET', '/similarity/pairs?suspiciousOnly=false', { token: secretariat });
  if (!pairs.items[0]) throw new Error('setup: the finished similarity run found no pair of declarations to dismiss');
  const pair = pairs.items[0].id;
  await api(base, 'POST', `/similarity/pairs/${pair}/dismissal`, { token: secretariat, json: { reason: X.dismissalReason } });
  return { case: opened.id, pair };
}
