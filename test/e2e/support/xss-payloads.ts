import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { shot } from './season.js';

/**
 * stored-xss.e2e.ts's payloads and how a page is checked for them: each payload runs script if it is ever parsed as
 * HTML (a <script>, an onerror, an onload, a javascript: link) and ends with its own Chinese tag so we can tell where it
 * shows.
 */

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=window.__xss=1>';
const SHORT_SVG = '<svg onload=window.__xss=1>';
const JS_LINK = 'javascript:window.__xss=1//';

/** Each payload, by the field it is stored in. Lengths respect each field's cap (member names 30, team names 60). */
export const X = {
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

export interface Watch {
  dialogs: string[];
  cspViolations: string[];
  xImageRequests: string[];
}

/** Listens on a page for what a payload that ran would leave behind. */
export function watch(page: Page): Watch {
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

/** Opens a page, waits until every expected payload shows as text, and checks nothing ran. */
export async function expectInert(page: Page, seen: Watch, url: string, expected: string[], name: string, open?: () => Promise<void>): Promise<void> {
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
