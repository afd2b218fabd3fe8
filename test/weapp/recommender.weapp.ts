import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { pdfFixture } from '../../server/test/support/material-files.js';
import { api } from '../e2e/support/api.js';
import { login } from '../e2e/support/season.js';
import type { MiniProgram } from './runtime/mini-program.js';
import { tapButton, until, writeApiLog } from './support/fixtures.js';
import { registrationWorld, submitApplications, type SubmittedTeam, UNIT_A } from './support/season.js';
import type { World } from './support/world.js';

/**
 * A recommending unit's contact on the phone: binds WeChat with the code the secretariat issued, recommends one of the
 * unit's two submitted teams and declines the other with a reason, and opens a team's declaration PDF in WeChat's viewer.
 */
const OPENID = 'openid-recommender-weapp-tuijian01';
const TEAMS = ['焊接工艺一班', '管道安装二班'] as const;
const REASON = '班组近三年现场活动记录不足，建议明年完善后再申报。';

let world: World;
let mp: MiniProgram;
let teams: SubmittedTeam[];
let bindCode: string;

interface Detail {
  status: string;
  decisionReason: string | null;
  materials: { pdf: { size: number } | null };
}

beforeAll(async () => {
  world = await registrationWorld();
  const base = world.server.url;
  teams = await submitApplications(base, UNIT_A, TEAMS);
  // The secretariat issues tuijian01 a WeChat bind code (管理后台 → 推荐单位 → 联系人 → 重新发放绑定码).
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitId = units.items.find((u) => u.name === UNIT_A)!.id;
  const contacts = await api<{ items: Array<{ id: number; username: string }> }>(base, 'GET', `/recommending-units/${unitId}/contacts`, { token: secretariat });
  const contact = contacts.items.find((c) => c.username === 'tuijian01')!;
  bindCode = (await api<{ bindCode: string }>(base, 'POST', `/recommending-units/${unitId}/contacts/${contact.id}/bind-code`, { token: secretariat })).bindCode;
}, 120_000);

let files: string | undefined;

/** A complete 统计表 (附件3) return for a unit that recommended one team. */
const STATISTICS = {
  enterprisesThisYear: 12, teamsThisYear: 48, cumulativeTrustedTeams: 0, staffParticipations: 960, teamsRecommended: 1,
  trainingSpending: 12.5, rewardSpending: 3.25, featuresAndProblems: '班组活动与 QC 小组活动结合开展；部分企业现场活动记录不够完整。',
  reviewForms: ['presentation_review', 'with_qc_groups'], meetingHeld: true, meetingRegisteredTeams: 30, meetingPresentingTeams: 28,
  meetingDate: '2026-05-18', meetingPlace: '北京', meetingAttendance: 200, department: '质量管理部', departmentHead: '张伟',
  contactPerson: '王晓燕', mobile: '13912345678', email: 'wangxy@example.com',
};

afterAll(async () => {
  if (mp) writeApiLog('recommender', mp.calls);
  await world?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** Opens a team's application from the list of the unit's teams. */
async function openTeam(name: string): Promise<void> {
  await mp.ui.waitFor(name);
  await mp.ui.tap(name);
  await mp.ui.waitForPage('recommender/application/index');
  await mp.ui.waitFor('申报声明');
}

test('the unit contact binds WeChat with the bind code, recommends one team, declines the other with a reason, and opens its PDF', async () => {
  mp = await world.launch('pages/login/index');
  mp.wx.device.loginCode = () => world.wechat.codeFor(OPENID);
  await mp.ui.tap('微信一键登录');
  await mp.ui.waitFor('该微信还没有绑定账号');
  await tapButton(mp, '绑定推荐单位账号');
  await mp.ui.type('绑定码', bindCode);
  await tapButton(mp, '绑定并登录');
  await mp.ui.waitForPage('recommender/home/index');
  await mp.ui.waitFor(UNIT_A);
  expect(mp.ui.text()).toContain('联系人：');

  // 申报班组 → the first team → 推荐 → 确认推荐.
  await tapButton(mp, '申报班组');
  await mp.ui.waitForPage('recommender/applications/index');
  await openTeam(TEAMS[0]);
  await tapButton(mp, '推荐');
  await mp.ui.waitFor('确定推荐该班组参加本届活动？');
  await tapButton(mp, '确认推荐');
  await until('已推荐 toast', () => mp.wx.device.toasts.includes('已推荐'));
  await mp.ui.waitFor('已推荐');
  expect(mp.ui.has('确认推荐')).toBe(false);

  // Back to the list → the second team → 不推荐 → the reason → 确认不推荐.
  await mp.navigate('navigateBack', {}); // the navigation bar's back arrow
  await mp.ui.waitForPage('recommender/applications/index');
  await openTeam(TEAMS[1]);
  await tapButton(mp, '不推荐');
  await mp.ui.waitFor('请填写理由');
  await tapButton(mp, '确认不推荐');
  await mp.ui.waitFor('请填写不推荐的理由，班组将在进度和消息中看到');
  await mp.ui.type('不推荐的理由', REASON);
  await tapButton(mp, '确认不推荐');
  await until('已标记为不推荐 toast', () => mp.wx.device.toasts.includes('已标记为不推荐'));
  await mp.ui.waitFor(REASON);

  // The team's declaration PDF, downloaded and opened in WeChat's document viewer.
  await tapButton(mp, '打开申报材料（PDF）');
  await until('openDocument', () => mp.wx.files.opened.length === 1);
  expect(mp.wx.files.opened[0]).toMatchObject({ fileType: 'pdf', head: '%PDF' });

  // The server agrees: one recommended, one declined with the reason the contact typed; the PDF opened is the one stored.
  const token = await login(world.server.url, 'tuijian01', 'Demo@2026');
  const detail = (t: SubmittedTeam) => api<Detail>(world.server.url, 'GET', `/recommendation/applications/${t.applicationId}`, { token });
  expect(await detail(teams[0]!)).toMatchObject({ status: 'recommended' });
  const declined = await detail(teams[1]!);
  expect(declined).toMatchObject({ status: 'declined', decisionReason: REASON });
  expect(mp.wx.files.opened[0]!.bytes).toBe(declined.materials.pdf!.size);

  const used = new Set(mp.calls.map((c) => c.api));
  for (const name of ['login', 'request', 'navigateTo', 'showToast', 'downloadFile', 'openDocument']) expect(used).toContain(name);
  expect(mp.calls.filter((c) => !c.ok)).toEqual([]);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});

test('the contact uploads the letter and the excellent-list notice from a chat, builds the package and opens it', async () => {
  files = mkdtempSync(join(tmpdir(), 'weapp-package-'));
  const letter = join(files, 'tuijianhan.pdf');
  const notice = join(files, 'youxiu-mingdan.pdf');
  writeFileSync(letter, await pdfFixture('推荐函'));
  const two = await PDFDocument.create();
  two.addPage([595, 842]);
  two.addPage([595, 842]);
  writeFileSync(notice, await two.save());
  // 附件3 filed through the API (its own screen is a long form with a browser test of its own).
  const token = await login(world.server.url, 'tuijian01', 'Demo@2026');
  await api(world.server.url, 'PUT', '/recommendation/statistics', { token, json: STATISTICS });

  await mp.navigate('reLaunch', { url: '/recommender/package/index' });
  await mp.ui.waitFor('推荐函（PDF）');
  const opened = mp.wx.files.opened.length;
  // The first file from a chat: WeChat holds chooseMessageFile until the contact agrees to the privacy guide.
  mp.wx.device.messageFiles.push([{ file: letter, name: '推荐函（盖章）.pdf' }], [{ file: notice, name: '2026年度优秀名单公布通知.pdf' }]);
  const [letterPicker, noticePicker] = mp.ui.findAll('选择 PDF 上传');
  await mp.ui.tap(letterPicker!);
  await mp.ui.waitFor('隐私保护提示');
  await mp.ui.tap('同意并继续');
  await until('推荐函 uploaded', () => mp.calls.some((c) => c.api === 'uploadFile' && c.detail.includes('/letter') && c.ok));
  await mp.ui.tap(noticePicker!);
  await until('通知 uploaded', () => mp.calls.some((c) => c.api === 'uploadFile' && c.detail.includes('/excellent-list') && c.ok));
  await mp.ui.waitFor('已填报');
  await tapButton(mp, '生成推荐材料 PDF');
  await until('推荐材料已生成 toast', () => mp.wx.device.toasts.includes('推荐材料已生成'));
  await mp.ui.waitFor('当前推荐材料');
  await tapButton(mp, '下载推荐材料');
  await until('openDocument', () => mp.wx.files.opened.length === opened + 1);
  const pkg = mp.wx.files.opened[opened]!;
  expect(pkg).toMatchObject({ fileType: 'pdf', head: '%PDF' });
  // letter (1 page) + the statistics return (1 or more) + the notice (2): the merged package the server built.
  const merged = await PDFDocument.load(mp.wx.files.read(pkg.filePath));
  expect(merged.getPageCount()).toBeGreaterThanOrEqual(4);
  const stored = await api<{ current: { version: number } | null }>(world.server.url, 'GET', '/recommendation/package', { token });
  expect(stored.current?.version).toBe(1);
  expect(mp.wx.device.privacyAsks.map((a) => `${a.referrer}:${a.answer}`)).toEqual(['chooseMessageFile:agree']);
  expect(mp.calls.filter((c) => !c.ok)).toEqual([]);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});
