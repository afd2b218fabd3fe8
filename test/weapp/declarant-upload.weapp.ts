import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import { today } from '../e2e/support/season.js';
import { registrationWorld } from './support/season.js';
import type { World } from './support/world.js';
import { fieldByLabel, materialFiles, tapButton, until, writeApiLog, type MaterialFiles } from './support/fixtures.js';
import type { MiniProgram } from './runtime/mini-program.js';

/**
 * The declaring enterprise on its phone: logs in with the registration card, fills the demo team's registration form,
 * sends the PDF and the PPTX from a WeChat chat (watching the upload progress), and submits.
 */
let world: World;
let mp: MiniProgram;
let files: MaterialFiles;
let cardToken: string;
let teamId: number;

beforeAll(async () => {
  // The campaign in its registration window today, with a statistics period that includes today (as the browser tests).
  world = await registrationWorld();
  files = await materialFiles();
  cardToken = (await api<{ accessToken: string }>(world.server.url, 'POST', '/auth/card-login', { json: { cardNo: world.demo.cardNo, password: world.demo.cardPassword } })).accessToken;
  const teams = await api<{ items: Array<{ id: number; name: string }> }>(world.server.url, 'GET', '/teams', { token: cardToken });
  teamId = teams.items.find((t) => t.name === '钢筋加工一班')!.id;
  // Set up through the API: the team's one activity record the rules ask for, dated today, inside the statistics period
  // (recording on the phone is member-record's journey).
  await api(world.server.url, 'POST', `/teams/${teamId}/activity-records`, {
    token: cardToken,
    json: { clientKey: 'weapp-declarant-0001', date: today(), kind: 'pre_shift_meeting', content: '班前会：钢筋下料尺寸复核', place: '钢筋加工棚', attendeeIds: [] },
  });
});

afterAll(async () => {
  if (mp) writeApiLog('declarant-upload', mp.calls);
  files?.remove();
  await world?.stop();
});

const DECLARATIONS = ['本班组是企业最基础的正式组织单元', '本班组近三年无质量、安全、环保事故', '已制定班组活动计划', '已制定班组活动实施方案'];

/** Taps 选择文件上传 of a material slot, and collects the percentages the page draws until the file is stored. */
const shown: string[] = [];

async function uploadMaterial(slotTitle: string, fileName: string): Promise<number[]> {
  const slotText = () => mp.ui.findAll(slotTitle)[0]!.closest('[class*="qt-reg__material"]')!.textContent ?? '';
  const slot = mp.ui.findAll(slotTitle)[0]!.closest('[class*="qt-reg__material"]')!;
  const pick = [...slot.querySelectorAll('button')].find((b) => b.textContent?.includes('选择文件上传'))!;
  const seen: number[] = [];
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const m = /正在上传 (\d+)%/.exec(mp.ui.text());
      if (m && seen[seen.length - 1] !== Number(m[1])) seen.push(Number(m[1]));
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  await mp.ui.tap(pick);
  if (mp.ui.has('同意并继续')) await tapButton(mp, '同意并继续');
  await until(`${slotTitle}：第 1 版已存`, () => slotText().includes('第 1 版'), 30_000);
  watching = false;
  await watch;
  shown.push(slotText().includes(fileName) ? fileName : slotText());
  return seen;
}

test('a declarant logs in with the card, uploads the PDF and the PPTX with progress, and submits', async () => {
  const units = await api<{ items: Array<{ id: number; seq: number; name: string }> }>(world.server.url, 'GET', '/recommending-units');
  const unit = units.items.find((u) => u.seq === 1)!;

  mp = await world.launch('pages/login/index');
  // A building site's 4G uplink (about 1 MB/s): a few MB take seconds, as on the phone, so the page has time to draw.
  mp.wx.network.uplinkBytesPerSecond = 1_000_000;
  await mp.ui.type('10 位数字，印在报名卡上', world.demo.cardNo);
  await mp.ui.type('报名卡上的密码', world.demo.cardPassword);
  await tapButton(mp, '登录');
  await mp.ui.waitForPage('declarant/status/index');
  await mp.ui.waitFor('钢筋加工一班');
  await tapButton(mp, '填写申报');
  await mp.ui.waitForPage('declarant/registration/index');
  await mp.ui.waitFor('尚未填写报名表');

  await mp.ui.tap('点击选择推荐单位');
  await mp.ui.tap(`${unit.seq}. ${unit.name}`);
  await mp.ui.type(fieldByLabel(mp, '班组长姓名'), '张建国');
  await mp.ui.type(fieldByLabel(mp, '班组长手机'), '13800138000');
  await mp.ui.type(fieldByLabel(mp, '班组人数'), '12');
  await mp.ui.type('例如：钢筋工、混凝土工', '钢筋工');
  await mp.ui.type(fieldByLabel(mp, '项目名称'), '城南综合管廊二期工程');
  await mp.ui.type('班组的组成、主要工作和质量活动开展情况', '班组 12 人，负责钢筋下料、加工和绑扎，坚持班前会和每周质量自检。');
  for (const text of DECLARATIONS) await mp.ui.tap(text);
  await tapButton(mp, '保存报名表');
  await until('报名表已保存', () => mp.wx.device.toasts.includes('报名表已保存'));
  await mp.ui.waitFor('当前状态：填写中');

  mp.wx.device.messageFiles.push([{ file: files.pdf, name: '钢筋加工一班申报材料.pdf' }]);
  const pdfProgress = await uploadMaterial('申报材料（PDF）', '钢筋加工一班申报材料.pdf');
  mp.wx.device.messageFiles.push([{ file: files.pptx, name: '钢筋加工一班成果发布.pptx' }]);
  const pptProgress = await uploadMaterial('成果发布 PPT（PPT/PPTX）', '钢筋加工一班成果发布.pptx');
  console.log(`PDF ${files.pdfBytes} 字节，页面画出的进度：${pdfProgress.join('、')}；PPTX：${pptProgress.join('、')}`);
  // A few MB leave in 64 KB slices: the page shows the percentage climbing, not just 0 and done.
  expect(pdfProgress.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(1);
  expect(pdfProgress).toEqual([...pdfProgress].sort((a, b) => a - b));
  const uploads = mp.calls.filter((c) => c.api === 'uploadFile');
  expect(uploads.map((c) => c.ok)).toEqual([true, true]);

  await tapButton(mp, '提交申报');
  await tapButton(mp, '确认提交');
  await until('已提交申报', () => mp.wx.device.toasts.includes('已提交申报'));

  const application = await api<{ status: string; materials: { pdf: { originalName: string; size: number } | null; ppt: { originalName: string } | null } }>(
    world.server.url,
    'GET',
    `/teams/${teamId}/application`,
    { token: cardToken },
  );
  expect(application.status).toBe('submitted');
  // The names the declarant picked are what the page and the reviewers see (WeChat's uploadFile sends only tmp_….pdf).
  expect(shown).toEqual(['钢筋加工一班申报材料.pdf', '钢筋加工一班成果发布.pptx']);
  expect(application.materials.pdf).toMatchObject({ size: files.pdfBytes });
  expect(application.materials.pdf?.originalName).toBe('钢筋加工一班申报材料.pdf');
  expect(application.materials.ppt).toMatchObject({ originalName: '钢筋加工一班成果发布.pptx' });
  expect(mp.wx.device.privacyAsks.map((a) => a.answer)).toEqual(['agree']);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});
