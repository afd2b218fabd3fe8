import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import { configDirInRegistrationWindow } from '../e2e/support/config-dir.js';
import { registerAndRecommend } from '../e2e/support/season.js';
import { ROOT } from '../e2e/support/server.js';
import { WEAPP_BUILD } from './runtime/mini-program.js';
import { accountLogin, cardLogin, memberLogin, type Session, signIn } from './support/sessions.js';
import { openWorld, type World } from './support/world.js';

/**
 * Every page of the weapp build, opened in the headless WeChat runtime by every role that reaches it and logged out:
 * no error thrown in the logic layer, no template missing in the view, the page's own Chinese title, and Chinese
 * content drawn. Prints the pages × roles table and keeps it in test/artifacts/weapp/boot-table.md.
 */
type Role = '访客' | '班组成员' | '申报企业' | '推荐单位' | '专家';
const ROLES: Role[] = ['访客', '班组成员', '申报企业', '推荐单位', '专家'];
const LOGIN = 'pages/login/index';
const OPEN_TO_ALL = ['pages/index/index', 'public/verify/index', 'public/lists/index'];
const LOGGED_OUT_ONLY = [LOGIN, 'pages/join/index'];
/** Logged out, these show themselves (the tab pages say what a login brings); every other page sends to the login page. */
const GUEST_PAGES = [...OPEN_TO_ALL, ...LOGGED_OUT_ONLY, 'pages/privacy/index', 'pages/records/index', 'pages/inbox/index'];

const appJson = JSON.parse(readFileSync(join(WEAPP_BUILD, 'app.json'), 'utf8')) as { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> };
const DECLARED = [...appJson.pages, ...appJson.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];

interface Cell {
  route: string;
  role: Role;
  shown: string;
  title: string;
  text: string;
  problems: string[];
}

let world: World;
let configDir: string;
const sessions = new Map<Role, Session>();
const query = new Map<string, string>();
const cells: Cell[] = [];

/** The pages each role reaches (its menus' targets), with the query its links pass. */
function pagesOf(role: Role): string[] {
  const own: Record<Role, string[]> = {
    访客: DECLARED,
    班组成员: ['pages/records/index', 'pages/inbox/index', 'records/new/index', 'records/detail/index', 'progress/timeline/index'],
    申报企业: ['pages/records/index', 'pages/inbox/index', ...DECLARED.filter((p) => p.startsWith('declarant/')), 'records/new/index', 'records/detail/index', 'progress/timeline/index'],
    推荐单位: ['pages/inbox/index', ...DECLARED.filter((p) => p.startsWith('recommender/'))],
    专家: ['pages/inbox/index', ...DECLARED.filter((p) => p.startsWith('expert/'))],
  };
  return role === '访客' ? own[role] : [...OPEN_TO_ALL, ...own[role]];
}

beforeAll(async () => {
  configDir = configDirInRegistrationWindow();
  world = await openWorld({ CONFIG_DIR: configDir });
  const base = world.server.url;
  const teams = await registerAndRecommend(base);
  const declarant = await cardLogin(base, teams[0]!.cardNo, teams[0]!.cardPassword);
  sessions.set('申报企业', declarant);
  sessions.set('推荐单位', await accountLogin(base, 'tuijian01', 'Demo@2026'));
  sessions.set('专家', await accountLogin(base, 'zhuanjia01', 'Demo@2026'));
  sessions.set('班组成员', await memberLogin(base, world.demo.memberLoginCode));
  const team = teams[0]!;
  const records = await api<{ items: Array<{ id: number }> }>(base, 'GET', `/teams/${team.teamId}/activity-records`, { token: declarant.accessToken });
  const member = sessions.get('班组成员')!.principal as { teamId: number };
  const teamQuery = `teamId=${team.teamId}&teamName=${encodeURIComponent(team.name)}`;
  query.set('declarant/members/index', teamQuery);
  query.set('declarant/registration/index', teamQuery);
  query.set('declarant/status/index', teamQuery);
  query.set('records/new/index', `teamId=${team.teamId}`);
  query.set('records/detail/index', `teamId=${team.teamId}&recordId=${records.items[0]!.id}`);
  query.set('progress/timeline/index', `teamId=${team.teamId}&applicationId=${team.applicationId}&teamName=${encodeURIComponent(team.name)}`);
  query.set('recommender/application/index', `id=${team.applicationId}`);
  query.set('public/verify/index', 'no=');
  query.set('member-team', String(member.teamId));
  const memberToken = sessions.get('班组成员')!.accessToken;
  const own = await api<{ id: number }>(base, 'POST', `/teams/${member.teamId}/activity-records`, {
    token: memberToken,
    json: { clientKey: 'boot-member-record-0001', date: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), kind: 'pre_shift_meeting', content: '班前会：钢筋绑扎安全交底', place: '3 号楼工地', attendeeIds: [] },
  });
  query.set('班组成员 records/detail/index', `teamId=${member.teamId}&recordId=${own.id}`);
  query.set('班组成员 records/new/index', `teamId=${member.teamId}`);
  query.set('班组成员 progress/timeline/index', `teamId=${member.teamId}`);
}, 180_000);

afterAll(async () => {
  await world?.stop();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
  if (cells.length === 0) return;
  const routes = [...new Set(cells.map((c) => c.route))];
  const mark = (route: string, role: Role) => {
    const cell = cells.find((c) => c.route === route && c.role === role);
    if (!cell) return '—';
    if (cell.problems.length) return `✘ ${cell.problems[0]}`;
    return cell.shown === route ? `✔ ${cell.title}` : `→ ${cell.shown === LOGIN ? '登录' : cell.shown}`;
  };
  const lines = [`| 页面 | ${ROLES.join(' | ')} |`, `| --- | ${ROLES.map(() => '---').join(' | ')} |`, ...routes.map((r) => `| ${r} | ${ROLES.map((role) => mark(r, role)).join(' | ')} |`)];
  const table = lines.join('\n');
  console.log(`weapp 页面 × 角色（✔ 打开且显示自己的标题和内容；→ 被送往的页面；— 该角色不到达）：\n${table}`);
  const dir = join(ROOT, 'test/artifacts/weapp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'boot-table.md'), `${table}\n\n${cells.map((c) => `- ${c.role} ${c.route} → ${c.shown}「${c.title}」${c.text.slice(0, 60)}`).join('\n')}\n`);
});

const cjk = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

describe.each(ROLES)('%s', (role) => {
  it(`opens every page it reaches in the weapp build without an error, with its own Chinese title and content`, async () => {
    const mp = await world.launch();
    const session = sessions.get(role);
    if (session) signIn(mp, session);
    if (role === '班组成员') mp.wx.storage.set('qt.currentTeam', JSON.stringify({ id: Number(query.get('member-team')), name: '钢筋加工一班' }));
    for (const route of pagesOf(role)) {
      if (session && LOGGED_OUT_ONLY.includes(route)) continue;
      const errorsBefore = mp.logic.errors.length + mp.logic.consoleErrors.length;
      const warningsBefore = mp.viewWarnings.length;
      const q = query.get(`${role} ${route}`) ?? query.get(route);
      await mp.navigate('reLaunch', { url: `/${route}${q ? `?${q}` : ''}` });
      await mp.ui.settle(150, 8_000);
      // A page still waiting for its first answer (a busy machine answers slowly) is not judged until it has it.
      for (const deadline = Date.now() + 10_000; /正在加载|加载中/.test(mp.ui.text()) && Date.now() < deadline; ) await mp.ui.settle(150, 1_000);
      const shown = mp.currentRoute();
      const title = mp.page.title;
      const text = mp.ui.text();
      const problems = [
        ...mp.logic.errors.slice(errorsBefore).map((e) => `error in ${e.where}: ${e.message.split('\n')[0]}`),
        ...mp.logic.consoleErrors.slice(Math.max(0, errorsBefore - mp.logic.errors.length)).map((e) => `console.error: ${e.split('\n')[0]}`),
        ...mp.viewWarnings.slice(warningsBefore).map((w) => `view: ${w}`),
      ];
      if (cjk(title) < 2) problems.push(`title「${title}」is not Chinese`);
      if (cjk(text) < 10) problems.push(`only ${cjk(text)} Chinese characters drawn: ${text.slice(0, 80)}`);
      // A role's own page opens itself; logged out, a page that needs a login sends the person to the login page.
      const expected = role === '访客' && !GUEST_PAGES.includes(route) ? LOGIN : route;
      if (shown !== expected) problems.push(`landed on ${shown}, expected ${expected}`);
      cells.push({ route, role, shown, title, text, problems });
    }
    const failed = cells.filter((c) => c.role === role && c.problems.length);
    expect(failed.map((c) => `${c.route}: ${c.problems.join('; ')}`)).toEqual([]);
    expect(mp.wx.unsupported).toEqual([]);
  });
});
