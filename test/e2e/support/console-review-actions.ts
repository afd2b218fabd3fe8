import type { Locator, Page } from 'playwright-core';
import type { SeasonExpert } from './console-season-cast.js';

/**
 * The secretariat's clicks on the console pages of registration and materials review (报名卡, 推荐单位, 申报总览, 专家库,
 * 专家组抽取, 评审进度, 发布会名单), as console-season.e2e.ts walks them. Each action does what a person would and
 * returns what the page then shows, for the walk to assert on.
 */

/** Waits for a confirmation dialog and accepts it (`<id>` then `<id>-ok`). */
export async function confirmDialog(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor();
  await page.getByTestId(`${testId}-ok`).click();
}

/** Waits until exactly `n` elements match the selector. */
export const waitForCount = (page: Page, selector: string, n: number) =>
  page.waitForFunction(([css, count]) => document.querySelectorAll(css).length === count, [selector, n] as const);

/** The texts of a test id's elements in page order. */
export const textsOf = (page: Page, testId: string) => page.getByTestId(testId).allInnerTexts();

/** Each element's `data-key` as a number, in page order (rows keyed by application id). */
export const keysOf = (rows: Locator) => rows.evaluateAll((found) => found.map((r) => Number(r.getAttribute('data-key'))));

/** 发放报名卡 → 批量发放: one enterprise a line, confirmed. What the form counted, and the result line. */
export async function bulkIssueCards(page: Page, names: readonly string[]): Promise<{ counted: string; result: string }> {
  await page.getByTestId('cards-bulk-names').fill(names.join('\n'));
  const counted = await page.getByTestId('cards-bulk-count').innerText();
  await page.getByTestId('cards-bulk-submit').click();
  await confirmDialog(page, 'cards-bulk-confirm');
  const result = page.getByTestId('cards-bulk-result');
  await result.waitFor();
  return { counted, result: await result.innerText() };
}

/** The card numbers the cards table lists once it has at least `n` rows. */
export async function listedCardNos(page: Page, n: number): Promise<string[]> {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="cards-row"]').length >= count, n);
  return textsOf(page, 'cards-row-card-no');
}

/** 推荐单位 → 联系人: opens the unit's contacts panel and creates a contact; the username and one-time password shown. */
export async function createUnitContact(page: Page, unitId: number, displayName: string, username: string): Promise<{ username: string; password: string }> {
  await page.locator(`[data-testid="units-row"][data-unit-id="${unitId}"]`).getByTestId('units-contacts').click();
  await unitContactsPanel(page, unitId).waitFor();
  await page.getByTestId('contact-display-name').fill(displayName);
  await page.getByTestId('contact-username').fill(username);
  await page.getByTestId('contact-create-submit').click();
  const created = page.getByTestId('contact-created');
  await created.waitFor();
  return {
    username: (await created.getByTestId('contact-created-username').innerText()).trim(),
    password: (await created.getByTestId('contact-password').innerText()).trim(),
  };
}

const unitContactsPanel = (page: Page, unitId: number) => page.locator(`[data-testid="units-contacts-panel"][data-unit-id="${unitId}"]`);

/** Waits for the new contact's row in the unit's panel. */
export const unitContactListed = (page: Page, unitId: number, username: string) => unitContactsPanel(page, unitId).getByTestId('units-contact-row').filter({ hasText: username }).waitFor();

/** Closes the one-time password and then the unit's contacts drawer. */
export async function closeUnitContacts(page: Page, unitId: number): Promise<void> {
  await page.getByTestId('contact-created-close').click();
  await page.getByTestId('units-contacts-drawer-close').click();
  await unitContactsPanel(page, unitId).waitFor({ state: 'detached' });
}

/** 申报总览: selects every listed application and bulk-passes them. What the page showed on the way. */
export async function bulkPassAll(page: Page): Promise<{ selected: string; warnings: number; result: string }> {
  await page.getByTestId('apps-select-all').check();
  const selected = await page.getByTestId('apps-selected-count').innerText();
  await page.getByTestId('apps-bulk-pass').click();
  await page.getByTestId('apps-confirm').waitFor();
  const warnings = await page.getByTestId('apps-confirm-warning').count();
  await page.getByTestId('apps-confirm-ok').click();
  const result = page.getByTestId('apps-bulk-result');
  await result.waitFor();
  return { selected, warnings, result: await result.innerText() };
}

/** 专家库 → 添加专家: fills the form for a trained, assessed expert recommended by `unitId` (not yet saved). */
export async function fillExpertForm(page: Page, expert: SeasonExpert, unitId: number): Promise<void> {
  await page.getByTestId('experts-add').click();
  await page.getByTestId('experts-panel').waitFor();
  await page.getByTestId('expert-form-name').fill(expert.name);
  await page.getByTestId('expert-form-mobile').fill(expert.mobile);
  await page.getByTestId('expert-form-enterprise').fill(expert.enterprise);
  await page.locator(`[data-testid="expert-form-unit"] option[value="${unitId}"]`).waitFor({ state: 'attached' });
  await page.getByTestId('expert-form-unit').selectOption(String(unitId));
  await page.getByTestId('expert-form-specialties').fill('土建、机电安装');
  await page.getByTestId('expert-form-training').selectOption('trained');
  await page.getByTestId('expert-form-trained-at').fill('2026-03-01');
  await page.getByTestId('expert-form-assessment').selectOption('passed');
  await page.getByTestId('expert-form-assessed-at').fill('2026-03-15');
}

/** Saves the expert form and waits for the notice and the new row. */
export async function saveExpertForm(page: Page, name: string): Promise<void> {
  await page.getByTestId('expert-form-save').click();
  await page.getByTestId('experts-notice').filter({ hasText: `已添加专家「${name}」` }).waitFor();
  await page.getByTestId('experts-row').filter({ hasText: name }).waitFor();
}

const expertRow = (page: Page, name: string) => page.getByTestId('experts-row').filter({ hasText: name });

/** 专家库 → 开设账号 on the expert's row, confirmed: the username and one-time password shown (still open). */
export async function openExpertAccount(page: Page, name: string): Promise<{ username: string; password: string }> {
  await expertRow(page, name).getByTestId('experts-account').click();
  await confirmDialog(page, 'experts-account-confirm');
  const shown = page.getByTestId('experts-account-result');
  await shown.waitFor();
  return {
    username: (await shown.getByTestId('experts-account-username').innerText()).trim(),
    password: (await shown.getByTestId('experts-account-password').innerText()).trim(),
  };
}

/** Closes the one-time password; the expert's row then says 已开设. */
export async function closeExpertAccount(page: Page, name: string): Promise<void> {
  await page.getByTestId('experts-account-result-ok').click();
  await expertRow(page, name).filter({ hasText: '已开设' }).waitFor();
}

/** 专家组抽取: draws `panelCount` panels of `panelSize` with the seed, confirmed; the draw's detail once shown. */
export async function drawPanels(page: Page, panelCount: number, panelSize: number, seed: string): Promise<Locator> {
  await page.getByTestId('draw-panel-count').fill(String(panelCount));
  await page.getByTestId('draw-panel-size').fill(String(panelSize));
  await page.getByTestId('draw-seed').fill(seed);
  await page.getByTestId('draw-submit').click();
  await confirmDialog(page, 'draw-confirm');
  await page.getByTestId('draw-notice').filter({ hasText: `种子 ${seed}` }).waitFor();
  const detail = page.getByTestId('draw-detail');
  await detail.waitFor();
  return detail;
}

/** The names on the drawn panel: its leader's and members' text together. */
export const drawnPanelText = async (detail: Locator) => (await detail.getByTestId('draw-panel-leader').innerText()) + (await detail.getByTestId('draw-panel-members').innerText());

/** 复核 on the draw's detail: whether it reproduced the draw; the draw's row then says 已复核. */
export async function verifyDraw(page: Page, detail: Locator): Promise<string | null> {
  await detail.getByTestId('draw-detail-verify').click();
  const verified = page.getByTestId('draw-verify-result');
  await verified.waitFor();
  const result = await verified.getAttribute('data-verified');
  await page.getByTestId('draw-row').filter({ hasText: '已复核' }).waitFor();
  return result;
}

/** 评审进度: the panel's materials row once it counts `sheets` (e.g. '12 / 12'). */
export async function materialsProgressRow(page: Page, panel: number, sheets: string): Promise<Locator> {
  const row = page.locator(`[data-testid="progress-materials-row"][data-panel="${panel}"]`);
  await row.locator('[data-testid="progress-sheets"]', { hasText: sheets }).waitFor();
  return row;
}

/** Opens the panel's detail from its row: the sheet count, the applications listed, the submitted sheets. */
export async function progressDetail(page: Page, row: Locator): Promise<{ sheets: string; items: number; submitted: number }> {
  await row.getByTestId('progress-open').click();
  const detail = page.getByTestId('progress-detail');
  await detail.waitFor();
  return {
    sheets: await detail.getByTestId('progress-detail-sheets').innerText(),
    items: await detail.getByTestId('progress-detail-item').count(),
    submitted: await detail.locator('[data-testid="progress-detail-sheet"] [data-status="submitted"]').count(),
  };
}

/**
 * Clicks what asks for confirmation, counts the warnings the dialog shows (`<dialog>-warning`), accepts it
 * (`<dialog>-confirm-ok`) and waits for the notice it leads to. Returns how many warnings there were.
 */
export async function confirmCountingWarnings(page: Page, trigger: Locator, dialog: string, notice: Locator): Promise<number> {
  await trigger.click();
  await page.getByTestId(`${dialog}-confirm`).waitFor();
  const warnings = await page.getByTestId(`${dialog}-warning`).count();
  await page.getByTestId(`${dialog}-confirm-ok`).click();
  await notice.waitFor();
  return warnings;
}

/** 结束资料审核 on the panel's row, confirmed: how many warnings the dialog showed; waits for the notice. */
export const closeMaterials = (page: Page, row: Locator, notice: string) =>
  confirmCountingWarnings(page, row.getByTestId('progress-close-materials'), 'progress-close', page.getByTestId('progress-notice').filter({ hasText: notice }));

/** 发布会名单: selects the top `n` by materials score; the selected count shown. */
export async function selectTopInvitations(page: Page, n: number): Promise<string> {
  await page.getByTestId('invitations-top-n').fill(String(n));
  await page.getByTestId('invitations-select-top').click();
  return page.getByTestId('invitations-selected-count').innerText();
}

/** How many invitation rows carry the status. */
export const invitationsWithStatus = (page: Page, status: string) => page.locator(`[data-testid="invitations-status"][data-status="${status}"]`).count();
