import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeCheckChar, syntheticCorpus } from '@cacem/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { pptxFixture, textPdfFixture } from '../../server/test/support/material-files.js';
import { api, uploadTo } from './support/api.js';
import { launchChromium, type LaunchedBrowser } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { desk } from './support/console-season.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import { field, login, phone, shot, today, UNIT_A } from './support/season.js';
import { newDataDir, ROOT, type RunningServer, startServer } from './support/server.js';

/*
 * Stored XSS: every free-text field a user fills and others read is stored through the API with a payload that runs
 * script if it is ever parsed as HTML (a <script>, an onerror, an onload, a javascript: link), each ending with its
 * own Chinese tag so we can tell where it shows. Then the pages where others read them are opened in Chromium: the
 * payloads must show literally, as text; window.__xss stays unset, no dialog opens, the Content-Security-Policy
 * reports nothing, and the browser never asks for the `x` image an <img src=x> would load.
 */

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=window.__xss=1>';
const SHORT_SVG = '<svg onload=window.__xss=1>';
const JS_LINK = 'javascript:window.__xss=1//';

/** Each payload, by the field it is stored in. Lengths respect each field's cap (member names 30, team names 60). */
const X = {
  enterprise: `${SCRIPT}建设有限公司`,
  team: `${IMG}钢筋班`,
  declinedTeam: `${SVG}木工班`,
  eliminatedTeam: `${SCRIPT}测量班`,
  copyTeam: `${JS_LINK}抹灰班`,
  member: `${SHORT_SVG}李师傅`,
  leader: `${SHORT_SVG}王工`,
  specialty: `${IMG}土建`,
  project: `${SVG}地铁三号线`,
  introduction: `${SCRIPT}${IMG}班组简介`,
  recordContent: `${IMG}${SCRIPT}班前会内容`,
  recordPlace: `${SVG}三号楼`,
  declineReason: `${IMG}不予推荐的原因`,
  eliminationReason: `${SCRIPT}${SVG}初选淘汰原因`,
  caseDescription: `${SVG}${SCRIPT}案件情况说明`,
  dismissalReason: `${IMG}${JS_LINK}核实无问题的说明`,
  expertName: `${IMG}专家`,
  expertEnterprise: `${SCRIPT}专家所在企业`,
  contactName: `${SHORT_SVG}联系人`,
};

/**
 * Links the front end builds from data, each reviewed: none takes a user's text as its address. A new `href={…}` must
 * be reviewed and added here (a `javascript:` address typed by a user would run on click).
 */
const REVIEWED_HREFS: Record<string, string> = {
  // Signed file links the server makes (/api/v1/files/<token>), never a user's text.
  'components/document-link.h5.tsx': 'href={url}',
  'admin/units/index.tsx': 'href={links[row.unitId]!.url}',
  'admin/discipline/index.tsx': 'href={absoluteFileUrl(ev.url)}',
  'admin/cards/index.tsx': 'href={absoluteFileUrl(result.download.url)}',
  // A constant: the public lists page.
  'admin/invitations/index.tsx': 'href={PUBLIC_LISTS_URL}',
};

interface Watch {
  dialogs: string[];
  cspViolations: string[];
  xImageRequests: string[];
}

/** Listens on a page for what a payload that ran would leave behind. */
function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], cspViolations: [], xImageRequests: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) seen.xImageRequests.push(request.url());
  });
  return seen;
}

describe('stored XSS: hostile text in every shown free-text field stays text in the H5 build', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let dataDir: string;
  const configDirs: string[] = [];
  const ids = { team: 0, declinedTeam: 0, eliminatedTeam: 0, application: 0, declinedApplication: 0, eliminatedApplication: 0, case: 0, pair: 0 };
  const creds = { cardNo: '', cardPassword: '', contactUsername: '', contactPassword: '' };
  // Two declarations share half their text, so the check finds one pair to dismiss with a hostile reason.
  const corpus = syntheticCorpus({ seed: 'xss', independent: 2, copiesPerProportion: 1, proportions: [0.5], pages: 3, charsPerPage: 700, templates: false });

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      await registerWithPayloads(registration.url);
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    appendFileSync(join(configDirs[1]!, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
    server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    await reviewWithPayloads(server.url);
    chromium = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Registration window: an enterprise with hostile names registers four teams; its unit recommends three, declines one. */
  async function registerWithPayloads(base: string): Promise<void> {
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
    const unitA = units.items.find((u) => u.name === UNIT_A)!;
    const contact = await api<{ username: string; password: string }>(base, 'POST', `/recommending-units/${unitA.id}/contacts`, {
      token: secretariat,
      json: { displayName: X.contactName, username: 'xss-contact' },
    });
    Object.assign(creds, { contactUsername: contact.username, contactPassword: contact.password });
    const recommender = await login(base, contact.username, contact.password);
    const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: X.enterprise } });
    Object.assign(creds, { cardNo: card.cardNo, cardPassword: card.password });
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
    Object.assign(ids, {
      team: first.teamId,
      application: first.applicationId,
      declinedTeam: declined.teamId,
      declinedApplication: declined.applicationId,
      eliminatedTeam: eliminated.teamId,
      eliminatedApplication: eliminated.applicationId,
    });
    const invite = await api<{ code: string }>(base, 'POST', `/teams/${first.teamId}/invites`, { token });
    await api(base, 'POST', '/auth/join', { json: { inviteCode: invite.code, name: X.member } });
    for (const recommended of [first, eliminated, copy]) await api(base, 'POST', `/applications/${recommended.applicationId}/recommend`, { token: recommender, json: {} });
    await api(base, 'POST', `/applications/${declined.applicationId}/decline`, { token: recommender, json: { reason: X.declineReason } });
  }

  /** Materials-review window: one team eliminated at screening, a case opened, a similar pair dismissed, an expert added. */
  async function reviewWithPayloads(base: string): Promise<void> {
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    await api(base, 'POST', `/applications/${ids.eliminatedApplication}/screening`, { token: secretariat, json: { decision: 'eliminate', reason: X.eliminationReason } });
    await api(base, 'POST', '/screening/bulk-pass', { token: secretariat, json: {} });
    const opened = await api<{ id: number }>(base, 'POST', '/misconduct-cases', { token: secretariat, json: { applicationId: ids.application, kind: 'fraud', description: X.caseDescription } });
    ids.case = opened.id;
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
    ids.pair = pairs.items[0].id;
    await api(base, 'POST', `/similarity/pairs/${ids.pair}/dismissal`, { token: secretariat, json: { reason: X.dismissalReason } });
  }

  /** Opens a page, waits until every expected payload shows as text, and checks nothing ran. */
  async function expectInert(page: Page, seen: Watch, url: string, expected: string[], name: string, open?: () => Promise<void>): Promise<void> {
    await page.goto(url);
    await open?.();
    for (const text of expected) {
      // Rendered text, spaces collapsed (a wrapped title may carry a no-break space): the payload as typed, not parsed.
      const isShown = (t: string) => document.body.innerText.replace(/\s+/g, ' ').includes(t.replace(/\s+/g, ' '));
      // Polled rather than waitForFunction: the hash route may still be replacing the previous page's document.
      let shown = false;
      for (let i = 0; i < 75 && !shown; i++) {
        shown = await page.evaluate(isShown, text).catch(() => false);
        if (!shown) await page.waitForTimeout(200);
      }
      if (!shown) await shot(page, `stored-xss-missing-${name}`);
      expect({ page: name, text, shown }).toEqual({ page: name, text, shown: true });
    }
    // Give an onerror or onload the chance to fire before looking.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    // No element a payload would have created: the text was never parsed as HTML.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onload]').length)).toBe(0);
    expect(seen).toEqual({ dialogs: [], cspViolations: [], xImageRequests: [] });
    await shot(page, `stored-xss-${name}`);
  }

  it('the front end renders no HTML from data: no innerHTML, rich text or nodes=, and only reviewed data-built links', () => {
    const src = join(ROOT, 'miniapp/src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(tsx?|jsx?)$/.test(f) && !/\.test\.tsx?$/.test(f));
    const html: string[] = [];
    const links: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      const name = relative(src, join(src, file)).split('\\').join('/');
      for (const m of text.matchAll(/dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|<RichText|rich-text|\bnodes=/g)) html.push(`${name}: ${m[0]}`);
      for (const m of text.matchAll(/href=\{[^}]*\}/g)) if (REVIEWED_HREFS[name] !== m[0]) links.push(`${name}: ${m[0]}`);
    }
    expect(files.length).toBeGreaterThan(50);
    expect(html).toEqual([]);
    expect(links).toEqual([]);
  });

  it('the secretariat’s console shows enterprise, team, expert names, case text and the dismissal reason as text', async () => {
    context = await chromium.browser.newContext(desk);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill('mishuchu');
    await field(page, 'login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('console-layout').waitFor();
    const base = server.url;
    await expectInert(page, seen, `${base}/#/admin/cards/index`, [X.enterprise], 'console-cards');
    await expectInert(page, seen, `${base}/#/admin/applications/index`, [X.team, X.enterprise, X.copyTeam], 'console-applications');
    await expectInert(page, seen, `${base}/#/admin/experts/index`, [X.expertName], 'console-experts');
    await expectInert(page, seen, `${base}/#/admin/discipline/index?caseId=${ids.case}`, [X.caseDescription, X.team], 'console-discipline');
    await expectInert(page, seen, `${base}/#/admin/similarity/pair?id=${ids.pair}`, [X.dismissalReason], 'console-similarity-pair');
    await expectInert(page, seen, `${base}/#/admin/similarity/index`, [X.team], 'console-similarity');
    await expectInert(page, seen, `${base}/#/admin/audit/index`, [], 'console-audit');
    await context.close();
  });

  it('the recommending unit sees the teams and the application’s fields as text', async () => {
    context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill(creds.contactUsername);
    await field(page, 'login-password').fill(creds.contactPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('rec-home-unit').waitFor();
    // Past the recommendation window the unit's list keeps the team it declined (the others went on to screening).
    await expectInert(page, seen, `${server.url}/#/recommender/applications/index`, [X.declinedTeam, X.enterprise], 'recommender-applications');
    await expectInert(
      page,
      seen,
      `${server.url}/#/recommender/application/index?id=${ids.declinedApplication}`,
      [X.declinedTeam, X.declineReason, X.leader, X.specialty, X.project, X.introduction],
      'recommender-application',
    );
    await context.close();
  });

  it('the team sees its members, records and, in its messages, the reasons it was declined and eliminated, as text', async () => {
    context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${server.url}/#/pages/login/index`);
    await field(page, 'login-card-no').fill(creds.cardNo);
    await field(page, 'login-card-password').fill(creds.cardPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('team-card').first().waitFor();
    const base = server.url;
    await expectInert(page, seen, `${base}/#/pages/index/index`, [X.team, X.declinedTeam, X.eliminatedTeam], 'team-home');
    await expectInert(page, seen, `${base}/#/declarant/members/index?teamId=${ids.team}`, [X.member], 'team-members');
    // The records tab first asks which team: the choice is itself a hostile team name.
    await expectInert(page, seen, `${base}/#/pages/records/index`, [X.recordContent, X.recordPlace], 'team-records', () =>
      page.getByTestId('records-pick-team').filter({ hasText: X.team }).click(),
    );
    // The unit's reason for declining and the screening's reason for eliminating reach the team as messages (「……原因：…」).
    await expectInert(page, seen, `${base}/#/pages/inbox/index`, [X.declineReason, X.eliminationReason], 'team-inbox');
    await context.close();
  });
});
