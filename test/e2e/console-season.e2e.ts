import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeCheckChar } from '@cacem/shared';
import type { Page } from 'playwright-core';
import { pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { api, uploadTo } from './support/api.js';
import * as results from './support/console-results-actions.js';
import * as review from './support/console-review-actions.js';
import { EXPERTS, ENTERPRISES, type ExpertLogin, INVITED, SEED, SESSION, shotName, type Team, TEAM_NAMES, TEAM_UNIT, type Unit } from './support/console-season-cast.js';
import { type DeskSeason, openDeskSeason } from './support/console-season-desk.js';
import * as exported from './support/console-season-exports.js';
import { deskShot, downloadWorkbook, drawnPixels, loginConsole, openConsolePage, type Sheet } from './support/console-season.js';
import { login, scoresOf, today } from './support/season.js';

/**
 * Issue 7: the secretariat runs a small season start to finish through the desk console alone, in Chromium at
 * 1440×900. Every secretariat step is a click in the console; the other roles (declarants, recommenders, experts)
 * act through the HTTP API, as the season's other browser tests do. Four enterprises, four teams, two recommending
 * units, three experts in one panel; the top three are invited, all three present and are graded. The steps depend on
 * each other, so they stay one walk; the clicks on each console page are in support/console-*-actions.ts.
 */

describe('issue 7: the secretariat runs a small season start to finish through the console (H5 build, Chromium 1440×900)', () => {
  let season: DeskSeason;
  let page: Page;
  const contacts: Array<{ unit: Unit; username: string; password: string }> = [];
  const teams: Team[] = [];
  const experts: ExpertLogin[] = [];
  let certificateNos: string[] = [];
  /** The declarants, recommenders and experts act through the API of the server now running. */
  const base = () => season.server.url;
  /** Every expert submits a sheet of the kind for each team, each 0.5 a item below the one before. */
  async function everyExpertScores(kind: 'materials' | 'presentation', scored: Team[]) {
    for (const [k, expert] of experts.entries()) {
      const token = await login(base(), expert.username, expert.password);
      for (const [i, team] of scored.entries()) {
        await api(base(), 'POST', `/reviews/${team.applicationId}/${kind}/submit`, { token, json: { scores: scoresOf(kind, (i + k) * 0.5) } });
      }
    }
  }

  beforeAll(async () => {
    season = await openDeskSeason();
    page = season.page;
  }, 120_000);
  afterAll(() => season?.close());

  it('registration window — 报名卡: bulk-issues four cards and downloads the list with the one-time passwords', async () => {
    await loginConsole(page, base());
    await openConsolePage(page, 'cards', '发放报名卡');
    const issued = await review.bulkIssueCards(page, ENTERPRISES);
    expect(issued.counted).toContain('共 4 行');
    expect(issued.result).toContain('已发放 4 张报名卡。');

    // The passwords are only in the list (a signed link, once): download it and read the cards from it.
    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('cards-bulk-download').click());
    expect(filename).toMatch(/\.xlsx$/);
    const cards = exported.cardsInList(sheets[0]!, ENTERPRISES);
    // The table below lists the four cards, none logged in yet.
    const listed = await review.listedCardNos(page, 4);
    for (const card of cards) expect(listed).toContain(card.cardNo);
    await deskShot(page, shotName(1, 'cards-issued'));
    ENTERPRISES.forEach((enterprise, i) =>
      teams.push({ name: TEAM_NAMES[i]!, enterprise, unit: season.teamUnits[TEAM_UNIT[i]!]!, cardNo: cards[i]!.cardNo, cardPassword: cards[i]!.password, applicationId: 0 }),
    );
  }, 180_000);

  it('registration window — 推荐单位: opens a contact for each of the two units, the one-time password shown once', async () => {
    await openConsolePage(page, 'units', '推荐单位报送情况');
    for (const [k, unit] of season.teamUnits.entries()) {
      const { username, password } = await review.createUnitContact(page, unit.id, k === 0 ? '甲单位联系人' : '乙单位联系人', `season-unit-${k + 1}`);
      expect(username).toBe(`season-unit-${k + 1}`);
      expect(password).toMatch(/^\S{6,}$/);
      contacts.push({ unit, username, password });
      await review.unitContactListed(page, unit.id, username);
      if (k === 1) await deskShot(page, shotName(2, 'units-contact'));
      await review.closeUnitContacts(page, unit.id);
    }
  }, 120_000);

  it('registration window — the declarants register with the issued cards and submit, the units recommend (API, not the secretariat)', async () => {
    const recommender = await Promise.all(contacts.map((c) => login(base(), c.username, c.password)));
    for (const [i, team] of teams.entries()) {
      const token = (await api<{ accessToken: string }>(base(), 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken;
      const body = `9111010${String(700 + i).padStart(10, '0')}`;
      await api(base(), 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
      const created = await api<{ id: number }>(base(), 'POST', '/teams', { token, json: { name: team.name, kind: 'construction_crew' } });
      const application = await api<{ id: number }>(base(), 'PUT', `/teams/${created.id}/application`, {
        token,
        json: {
          recommendingUnitId: team.unit.id,
          profile: { leaderName: '王工', leaderMobile: '13800138003', memberCount: 10, specialty: '土建', projectName: '示范工程', introduction: '班组简介' },
          declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
        },
      });
      await api(base(), 'POST', `/teams/${created.id}/activity-records`, {
        token,
        json: { clientKey: `rec-console-season-${i}`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
      });
      await uploadTo(base(), `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await pdfFixture(team.name), 'application/pdf');
      await uploadTo(base(), `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', pptxFixture(team.name), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      await api(base(), 'POST', `/applications/${application.id}/submit`, { token });
      await api(base(), 'POST', `/applications/${application.id}/recommend`, { token: recommender[TEAM_UNIT[i]!]!, json: {} });
      team.applicationId = application.id;
    }
  }, 180_000);

  it('materials review — 申报总览: selects all four and bulk-passes 初选通过', async () => {
    await season.restartInto('materialsReview');
    await openConsolePage(page, 'applications', '申报总览');
    await review.waitForCount(page, '[data-testid="apps-row"]', 4);
    await expect(page.getByTestId('apps-count').innerText()).resolves.toBe('共 4 条');
    expect(new Set(await review.textsOf(page, 'apps-team'))).toEqual(new Set(TEAM_NAMES));
    const passed = await review.bulkPassAll(page);
    expect(passed.selected).toContain('4');
    expect(passed.warnings).toBe(0);
    expect(passed.result).toContain('初选通过 4 个。');
    await review.waitForCount(page, '[data-testid="apps-status"][data-status="screened_in"]', 4);
    await deskShot(page, shotName(3, 'applications-screened'));
  }, 180_000);

  it('materials review — 专家库: adds three experts with the form and opens their accounts (one-time passwords shown once)', async () => {
    await openConsolePage(page, 'experts', '专家库');
    await page.locator('[data-testid="experts-empty"], [data-testid="experts-row"]').first().waitFor();
    for (const [i, expert] of EXPERTS.entries()) {
      await review.fillExpertForm(page, expert, season.expertUnits[i]!.id);
      if (i === 0) await deskShot(page, shotName(4, 'experts-form'));
      await review.saveExpertForm(page, expert.name);
    }
    await page.waitForFunction(() => !document.querySelector('[data-testid="experts-refreshing"]'));
    expect(await page.getByTestId('experts-row').count()).toBe(3);
    expect(await review.textsOf(page, 'experts-drawable')).toEqual(['可抽取', '可抽取', '可抽取']);

    for (const expert of EXPERTS) {
      const { username, password } = await review.openExpertAccount(page, expert.name);
      expect(username).toMatch(/^\S{3,}$/);
      expect(password).toMatch(/^\S{6,}$/);
      experts.push({ name: expert.name, username, password });
      if (experts.length === 3) await deskShot(page, shotName(5, 'experts-account'));
      await review.closeExpertAccount(page, expert.name);
    }
    // Each one-time password logs its expert in.
    for (const expert of experts) await expect(login(base(), expert.username, expert.password)).resolves.toMatch(/\S+/);
  }, 180_000);

  it('materials review — 专家组抽取: draws one panel of three with a seed and 复核 reproduces it', async () => {
    await openConsolePage(page, 'draws', '专家组抽取');
    await page.getByTestId('draw-list-empty').waitFor();
    const detail = await review.drawPanels(page, 1, 3, SEED);
    await expect(detail.getByTestId('draw-detail-seed').innerText()).resolves.toBe(SEED);
    await expect(detail.getByTestId('draw-panel').count()).resolves.toBe(1);
    const panelText = await review.drawnPanelText(detail);
    for (const expert of EXPERTS) expect(panelText).toContain(expert.name);
    const assigned = await detail.getByTestId('draw-panel-applications').innerText();
    for (const team of teams) expect(assigned).toContain(team.name);
    await expect(review.verifyDraw(page, detail)).resolves.toBe('true');
    await deskShot(page, shotName(6, 'draw-verified'));
  }, 120_000);

  it('materials review — experts score via the API; 评审进度 shows the panel complete and the secretariat 结束资料审核', async () => {
    await everyExpertScores('materials', teams);
    await openConsolePage(page, 'progress', '评审进度');
    const row = await review.materialsProgressRow(page, 1, '12 / 12');
    await expect(row.getAttribute('data-state')).resolves.toBe('ready');
    const detail = await review.progressDetail(page, row);
    expect(detail.sheets).toBe('12 / 12（已收齐）');
    expect(detail.items).toBe(4);
    expect(detail.submitted).toBe(12);
    await deskShot(page, shotName(7, 'progress-complete'));
    await page.getByTestId('progress-panel-close').click();
    await expect(review.closeMaterials(page, row, '第 1 组资料审核已结束：4 个申报得出资料审核得分')).resolves.toBe(0);
    await page.locator('[data-testid="progress-materials-row"][data-panel="1"][data-state="closed"]').waitFor();
    await deskShot(page, shotName(8, 'progress-closed'));
  }, 180_000);

  it('materials review — 发布会名单: selects the top three, publishes, and the export lists all four with 是否受邀', async () => {
    await openConsolePage(page, 'invitations', '发布会名单');
    await review.waitForCount(page, '[data-testid="invitations-row"]', 4);
    // Ranked by materials score: the teams in the order they were scored (each 0.5 a item below the one before).
    expect(await review.keysOf(page.getByTestId('invitations-row'))).toEqual(teams.map((t) => t.applicationId));
    await expect(review.selectTopInvitations(page, INVITED)).resolves.toBe(String(INVITED));
    await page.getByTestId('invitations-publish').click();
    await page.getByTestId('invitations-confirm').waitFor();
    await deskShot(page, shotName(9, 'invitations-confirm'));
    await page.getByTestId('invitations-confirm-ok').click();
    await page.getByTestId('invitations-published').filter({ hasText: `受邀 ${INVITED} 个班组` }).waitFor();
    await expect(review.invitationsWithStatus(page, 'invited')).resolves.toBe(INVITED);
    await expect(review.invitationsWithStatus(page, 'not_invited')).resolves.toBe(1);

    const { filename, sheets } = await results.exportWorkbook(page, 'invitations-export', 'invitations-export-message', '已下载');
    expect(filename).toMatch(/参加成果发布会班组名单\.xlsx$/);
    exported.expectInvitationList(sheets[0]!, teams);
    await deskShot(page, shotName(10, 'invitations-published'));
  }, 120_000);

  it('presentations — 发布会: schedules today’s session for panel 1 with the three invited teams; experts score via the API; 闭会', async () => {
    await season.restartInto('presentations');
    await openConsolePage(page, 'sessions', '发布会');
    await page.getByTestId('sessions-empty').waitFor();
    const invited = teams.slice(0, INVITED);
    await results.fillSessionForm(page, { ...SESSION, date: today() }, 1, INVITED);
    expect(new Set(await review.keysOf(page.getByTestId('session-order-row')))).toEqual(new Set(invited.map((t) => t.applicationId)));
    await deskShot(page, shotName(11, 'session-form'));
    await page.getByTestId('session-create').click();
    await page.getByTestId('sessions-notice').filter({ hasText: `已安排「${SESSION.title}」：${INVITED} 个班组。` }).waitFor();
    const card = page.getByTestId('session-card');
    await card.getByTestId('session-slot').nth(INVITED - 1).waitFor();
    await expect(card.getByTestId('session-slot').count()).resolves.toBe(INVITED);
    await expect(card.getAttribute('data-status')).resolves.not.toBe('closed');

    await everyExpertScores('presentation', invited);
    await page.getByTestId('sessions-refresh').click();
    await results.slotsFullySubmitted(page, INVITED);
    await expect(results.closeSession(page, `已闭会：${INVITED} 个班组完成成果发布，0 个视同放弃。`)).resolves.toBe(0);
    await page.locator('[data-testid="session-card"][data-status="closed"]').waitFor();
    await expect(page.locator('[data-testid="session-slot"][data-outcome="presented"]').count()).resolves.toBe(INVITED);
    await deskShot(page, shotName(12, 'session-closed'));
  }, 180_000);

  it('presentations — 等级评定: 生成建议 → 确认 → 公布 (three graded: ⌊10 %·3⌋ = 0 卓越级, ⌊40 %·3⌋ = 1 示范级)', async () => {
    await openConsolePage(page, 'grading', '等级评定');
    await page.locator('[data-testid="grading-state"][data-state="none"]').waitFor();
    await results.gradingStep(page, 'propose', `已生成等级建议：${INVITED} 个班组。`);
    const rows = page.getByTestId('grading-row');
    await expect(rows.count()).resolves.toBe(INVITED);
    expect(await review.keysOf(rows)).toEqual(teams.slice(0, INVITED).map((t) => t.applicationId));
    expect(await page.locator('[data-testid="grading-row"][data-tie="true"]').count()).toBe(0);
    expect(await page.getByTestId('grading-grade').evaluateAll((r) => r.map((x) => x.getAttribute('data-grade')))).toEqual(['exemplary', 'improving', 'improving']);
    await deskShot(page, shotName(13, 'grading-proposed'));
    await results.gradingStep(page, 'confirm');
    await results.gradingStep(page, 'publish', '评定结果已公布');
    await deskShot(page, shotName(14, 'grading-published'));
  }, 120_000);

  it('presentations — 证书: 颁发证书 lists three certificates; 导出择优推荐名单 has no 卓越级 rows', async () => {
    await openConsolePage(page, 'certificates', '证书');
    await page.getByTestId('certs-empty').waitFor();
    certificateNos = await results.issueCertificates(page, INVITED);
    expect(new Set(certificateNos).size).toBe(INVITED);
    for (const no of certificateNos) expect(no).toMatch(/^\S{8,}$/);
    const tableText = await page.getByTestId('certs').innerText();
    for (const team of teams.slice(0, INVITED)) expect(tableText).toContain(team.name);
    expect(tableText).not.toContain(teams[INVITED]!.name);
    await expect(page.locator('[data-testid="cert-status"][data-revoked="false"]').count()).resolves.toBe(INVITED);

    const { filename, sheets } = await results.exportWorkbook(page, 'cert-onward-export', 'cert-onward-message', '已下载');
    expect(filename).toMatch(/\.xlsx$/);
    exported.expectEmptyOnwardList(sheets[0]!); // no 卓越级 among three graded teams
    await deskShot(page, shotName(15, 'certificates'));
  }, 120_000);

  it('申报总览 导出 Excel: the four applications with statuses, scores, grades and certificate numbers', async () => {
    await openConsolePage(page, 'applications', '申报总览');
    await review.waitForCount(page, '[data-testid="apps-row"]', 4);
    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('apps-export').click());
    await expect(page.getByTestId('apps-export-message').innerText()).resolves.toMatch(/^已导出「.+\.xlsx」$/);
    expect(filename).toMatch(/申报汇总表\.xlsx$/);
    exported.expectApplicationsExport(sheets[0]!, teams, certificateNos);
    await page.getByTestId('apps-export-message').waitFor();
    await deskShot(page, shotName(16, 'applications-exported'));
  }, 120_000);

  it('the dashboard’s exports (scores per expert per item, results, the whole of Annex 3) download from their buttons', async () => {
    await openConsolePage(page, 'dashboard', '活动概览');
    await page.getByTestId('dashboard-exports').waitFor();
    const fetchBook = async (name: string): Promise<Sheet[]> => {
      const key = name.replace('.xlsx', '');
      const { filename, sheets } = await results.exportWorkbook(page, `export-${key}`, `export-${key}-notice`);
      expect(filename).toMatch(/\.xlsx$/);
      return sheets;
    };
    exported.expectScoresBook(await fetchBook('scores.xlsx'), teams);
    exported.expectResultsBook((await fetchBook('results.xlsx'))[0]!, teams);
    exported.expectStatisticsBook((await fetchBook('statistics.xlsx'))[0]!, season.units);
  }, 120_000);

  it('活动概览: the counts of the season and every chart drawn', async () => {
    await openConsolePage(page, 'dashboard', '活动概览');
    await page.getByTestId('dashboard').waitFor();
    await expect(page.getByTestId('dashboard-stat-submitted').innerText()).resolves.toContain('4');
    await expect(page.getByTestId('dashboard-stat-screenedIn').innerText()).resolves.toContain('4');
    await expect(page.getByTestId('dashboard-stat-graded').innerText()).resolves.toContain(String(INVITED));
    for (const chart of ['chart-funnel', 'chart-per-unit', 'chart-grades', 'chart-materials', 'chart-presentation']) {
      expect({ chart, drawn: (await drawnPixels(page, chart)) > 500 }).toEqual({ chart, drawn: true });
    }
    await deskShot(page, shotName(17, 'dashboard'));
  }, 120_000);

  it('审计日志: the season’s actions are logged and 校验审计链 finds the chain intact', async () => {
    await openConsolePage(page, 'audit', '审计日志');
    await page.getByTestId('audit-row').first().waitFor();
    expect(await results.auditCounts(page, exported.SEASON_AUDIT_COUNTS.map(([action]) => action))).toEqual(Object.fromEntries(exported.SEASON_AUDIT_COUNTS));
    await results.auditFilteredTo(page, 'certificate.issue');
    await deskShot(page, shotName(18, 'audit'));
    const verified = await results.verifyAuditChain(page);
    expect(verified.intact).toBe('true');
    expect(verified.text).toContain('审计链完整');
    await deskShot(page, shotName(19, 'audit-verified'));
  }, 180_000);
});
