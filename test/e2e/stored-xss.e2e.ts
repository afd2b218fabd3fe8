import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './support/browser.js';
import { desk } from './support/console-season.js';
import { field, phone } from './support/season.js';
import { ROOT } from './support/server.js';
import { expectInert, watch, X } from './support/xss-payloads.js';
import { type HostileSeason, startHostileSeason } from './support/xss-season.js';

/*
 * Stored XSS: every free-text field a user fills and others read is stored through the API with a payload that runs
 * script if it is ever parsed as HTML (a <script>, an onerror, an onload, a javascript: link), each ending with its
 * own Chinese tag so we can tell where it shows. Then the pages where others read them are opened in Chromium: the
 * payloads must show literally, as text; window.__xss stays unset, no dialog opens, the Content-Security-Policy
 * reports nothing, and the browser never asks for the `x` image an <img src=x> would load. The payloads and the page
 * check are in support/xss-payloads.ts, the season that stores them in support/xss-season.ts.
 */

/**
 * Links the front end builds from data, each reviewed: none takes a user's text as its address. A new `href={…}` must
 * be reviewed and added here (a `javascript:` address typed by a user would run on click).
 */
const REVIEWED_HREFS: Record<string, string> = {
  // Signed file links the server makes (/api/v1/files/<token>), never a user's text.
  'components/document-link.h5.tsx': 'href={url}',
  'admin/units/index.tsx': 'href={links[row.unitId]!.url}',
  'admin/discipline/case-evidence.tsx': 'href={absoluteFileUrl(ev.url)}',
  'admin/cards/bulk-issue.tsx': 'href={absoluteFileUrl(result.download.url)}',
  // A constant: the public lists page.
  'admin/invitations/index.tsx': 'href={PUBLIC_LISTS_URL}',
};

describe('stored XSS: hostile text in every shown free-text field stays text in the H5 build', () => {
  let season: HostileSeason;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    season = await startHostileSeason();
    chromium = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    await season?.close();
  });

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
    await page.goto(`${season.server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill('mishuchu');
    await field(page, 'login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('console-layout').waitFor();
    const base = season.server.url;
    await expectInert(page, seen, `${base}/#/admin/cards/index`, [X.enterprise], 'console-cards');
    await expectInert(page, seen, `${base}/#/admin/applications/index`, [X.team, X.enterprise, X.copyTeam], 'console-applications');
    await expectInert(page, seen, `${base}/#/admin/experts/index`, [X.expertName], 'console-experts');
    await expectInert(page, seen, `${base}/#/admin/discipline/index?caseId=${season.ids.case}`, [X.caseDescription, X.team], 'console-discipline');
    await expectInert(page, seen, `${base}/#/admin/similarity/pair?id=${season.ids.pair}`, [X.dismissalReason], 'console-similarity-pair');
    await expectInert(page, seen, `${base}/#/admin/similarity/index`, [X.team], 'console-similarity');
    await expectInert(page, seen, `${base}/#/admin/audit/index`, [], 'console-audit');
    await context.close();
  });

  it('the recommending unit sees the teams and the application’s fields as text', async () => {
    context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${season.server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill(season.creds.contactUsername);
    await field(page, 'login-password').fill(season.creds.contactPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('rec-home-unit').waitFor();
    // Past the recommendation window the unit's list keeps the team it declined (the others went on to screening).
    await expectInert(page, seen, `${season.server.url}/#/recommender/applications/index`, [X.declinedTeam, X.enterprise], 'recommender-applications');
    await expectInert(
      page,
      seen,
      `${season.server.url}/#/recommender/application/index?id=${season.ids.declinedApplication}`,
      [X.declinedTeam, X.declineReason, X.leader, X.specialty, X.project, X.introduction],
      'recommender-application',
    );
    await context.close();
  });

  it('the team sees its members, records and, in its messages, the reasons it was declined and eliminated, as text', async () => {
    context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${season.server.url}/#/pages/login/index`);
    await field(page, 'login-card-no').fill(season.creds.cardNo);
    await field(page, 'login-card-password').fill(season.creds.cardPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('team-card').first().waitFor();
    const base = season.server.url;
    await expectInert(page, seen, `${base}/#/pages/index/index`, [X.team, X.declinedTeam, X.eliminatedTeam], 'team-home');
    await expectInert(page, seen, `${base}/#/declarant/members/index?teamId=${season.ids.team}`, [X.member], 'team-members');
    // The records tab first asks which team: the choice is itself a hostile team name.
    await expectInert(page, seen, `${base}/#/pages/records/index`, [X.recordContent, X.recordPlace], 'team-records', () =>
      page.getByTestId('records-pick-team').filter({ hasText: X.team }).click(),
    );
    // The unit's reason for declining and the screening's reason for eliminating reach the team as messages (「……原因：…」).
    await expectInert(page, seen, `${base}/#/pages/inbox/index`, [X.declineReason, X.eliminationReason], 'team-inbox');
    await context.close();
  });
});
