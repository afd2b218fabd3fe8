import type { Page } from 'playwright-core';
import { confirmCountingWarnings } from './console-review-actions.js';
import { downloadWorkbook, type Sheet } from './console-season.js';

/**
 * The secretariat's clicks on the console pages of the presentations stage and after (发布会, 等级评定, 证书, 活动概览,
 * 审计日志), as console-season.e2e.ts walks them. Each action returns what the page then shows, for the walk to
 * assert on.
 */

/** 发布会: fills the new session's form for panel `panel` (not yet created); waits until it orders `teams` teams. */
export async function fillSessionForm(page: Page, session: { title: string; venue: string; date: string }, panel: number, teams: number): Promise<void> {
  await page.getByTestId('session-title').fill(session.title);
  await page.getByTestId('session-date').fill(session.date);
  await page.getByTestId('session-venue').fill(session.venue);
  await page.locator(`[data-testid="session-panel"] option[value="${panel}"]`).waitFor({ state: 'attached' });
  await page.getByTestId('session-panel').selectOption(String(panel));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="session-order-row"]').length === n, teams);
}

/** 闭会 on the session card, confirmed: how many warnings the dialog showed; waits for the notice. */
export const closeSession = (page: Page, notice: string) =>
  confirmCountingWarnings(page, page.getByTestId('session-close'), 'session-close', page.getByTestId('sessions-notice').filter({ hasText: notice }));

/** Waits until `n` slots of the session show every sheet of the panel's three experts in (3 / 3). */
export const slotsFullySubmitted = (page: Page, n: number) =>
  page.waitForFunction(
    (count) => [...document.querySelectorAll('[data-testid="session-slot-submitted"]')].filter((c) => c.textContent?.trim() === '3 / 3').length === count,
    n,
  );

/** 等级评定: one of its steps (生成建议 / 确认 / 公布) clicked and confirmed; waits for the state it leads to. */
export async function gradingStep(page: Page, step: 'propose' | 'confirm' | 'publish', notice?: string): Promise<void> {
  await page.getByTestId(`grading-${step}`).click();
  await page.getByTestId(`grading-${step}-confirm-ok`).click();
  if (notice) await page.getByTestId('grading-notice').filter({ hasText: notice }).waitFor();
  const state = { propose: 'proposed', confirm: 'confirmed', publish: 'published' }[step];
  await page.locator(`[data-testid="grading-state"][data-state="${state}"]`).waitFor();
}

/** 证书 → 颁发证书, confirmed: waits for the notice and `n` rows; the certificate numbers listed. */
export async function issueCertificates(page: Page, n: number): Promise<string[]> {
  await page.getByTestId('cert-issue').click();
  await page.getByTestId('cert-issue-confirm-ok').click();
  await page.getByTestId('cert-notice').filter({ hasText: `已颁发 ${n} 张证书。` }).waitFor();
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="certs-row"]').length === count, n);
  return (await page.getByTestId('cert-no').allInnerTexts()).map((s) => s.trim());
}

/**
 * An export button and the message it leaves: the workbook it downloads (its name and sheets) once the message with
 * `done` shows (any message, without `done`).
 */
export async function exportWorkbook(page: Page, button: string, message: string, done?: string): Promise<{ filename: string; sheets: Sheet[] }> {
  const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId(button).click());
  const shown = page.getByTestId(message);
  await (done ? shown.filter({ hasText: done }) : shown).waitFor();
  return { filename, sheets };
}

/** 审计日志: how many entries the filter by action counts, for each action (the list shown only that action's rows). */
export async function auditCounts(page: Page, actions: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const action of actions) {
    await page.getByTestId('audit-filter-action').fill(action);
    await page.getByTestId('audit-filters-submit').click();
    await page.waitForFunction(
      (prefix) =>
        !document.querySelector('[data-testid="audit-refreshing"]') &&
        [...document.querySelectorAll('[data-testid="audit-action"]')].length > 0 &&
        [...document.querySelectorAll('[data-testid="audit-action"]')].every((c) => c.textContent?.startsWith(prefix)),
      action,
    );
    counts[action] = Number(/共 (\d+) 条/.exec(await page.getByTestId('audit-count').innerText())![1]);
  }
  return counts;
}

/** 审计日志 filtered to exactly one action, its first row shown. */
export async function auditFilteredTo(page: Page, action: string): Promise<void> {
  await page.getByTestId('audit-filter-action').fill(action);
  await page.getByTestId('audit-filters-submit').click();
  await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid="audit-action"]')].every((c) => c.textContent === name), action);
  await page.getByTestId('audit-row').first().waitFor();
}

/** 校验审计链: whether the chain is intact, and the result's text. */
export async function verifyAuditChain(page: Page): Promise<{ intact: string | null; text: string }> {
  await page.getByTestId('audit-verify').click();
  const verified = page.getByTestId('audit-verify-result');
  await verified.waitFor();
  return { intact: await verified.getAttribute('data-intact'), text: await verified.innerText() };
}
