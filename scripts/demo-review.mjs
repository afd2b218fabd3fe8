// `npm run demo:review`: a demo in which the experts have work to do today. The first run prepares a separate data
// folder (data-demo-review/): in the registration window it registers, submits and recommends six teams of six
// enterprises through the API and enters five experts with accounts; then, with the platform stopped, it moves the
// stored 2026 campaign to its materials-review window, starts again, passes screening and draws one panel of five.
// Every run then keeps the platform in the foreground and prints the panel's accounts. Delete data-demo-review/ to
// prepare afresh (the windows are set relative to the day of preparation).
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiClient } from './lib/api-client.mjs';
import { declarationTexts, pdf, pptx } from './lib/demo-review-materials.mjs';
import { demoPlatform } from './lib/demo-review-platform.mjs';
import { ROOT } from './lib/workspace.mjs';

const DEMO_DIR = join(ROOT, 'data-demo-review');
const configDir = join(DEMO_DIR, 'config');
const dataDir = join(DEMO_DIR, 'data');
const preparedFile = join(DEMO_DIR, 'prepared.json');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1';
const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const PASSWORD = 'Demo@2026';
const DRAW_SEED = '演示抽取';

/** A Beijing date `offset` days from today, yyyy-mm-dd. */
const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const say = (line) => console.log(`【评审演示】${line}`);

// Recommending unit seq 1 (中国冶金建设协会) and seq 2 (中国有色金属建设协会) recommend three teams each.
const TEAMS = [
  { unitSeq: 1, enterprise: '中冶建工集团第一建设有限公司', team: '钢筋绑扎一班', kind: 'construction_crew', specialty: '钢筋工程', project: '重庆钢铁冷轧改造项目', leader: '王德胜' },
  { unitSeq: 1, enterprise: '中国十九冶集团第三工程有限公司', team: '钢结构安装二班', kind: 'construction_crew', specialty: '钢结构安装', project: '攀枝花钒钛产业园主厂房工程', leader: '刘志刚' },
  { unitSeq: 1, enterprise: '中冶天工华北建设有限公司', team: '高炉砌筑QC小组', kind: 'construction_crew', specialty: '工业炉窑砌筑', project: '唐山钢铁2号高炉大修工程', leader: '张海军' },
  { unitSeq: 2, enterprise: '中色十二冶金建设有限公司', team: '电解槽安装班组', kind: 'construction_crew', specialty: '设备安装', project: '铝业电解系列技改工程', leader: '赵永福' },
  { unitSeq: 2, enterprise: '中国有色金属工业第六冶金建设有限公司', team: '项目质量管理部', kind: 'project_department', specialty: '质量管理', project: '郑州有色金属研究院实验楼工程', leader: '孙丽娟' },
  { unitSeq: 2, enterprise: '中色十五冶金建设有限公司', team: '混凝土施工三班', kind: 'construction_crew', specialty: '混凝土工程', project: '长沙有色冶金设计院综合楼工程', leader: '周建新' },
];

// Recommending units seq 3–7 each recommend one expert (none of them may review its own unit's teams).
const EXPERTS = [
  { unitSeq: 3, name: '陈国华', mobile: '13901010011', enterprise: '中煤第三建设集团有限责任公司', specialties: ['土建', '矿建'] },
  { unitSeq: 4, name: '李卫东', mobile: '13901010012', enterprise: '中国石油天然气第一建设有限公司', specialties: ['安装', '焊接'] },
  { unitSeq: 5, name: '杨淑芬', mobile: '13901010013', enterprise: '中石化第十建设有限公司', specialties: ['质量管理', '设备安装'] },
  { unitSeq: 6, name: '黄振宇', mobile: '13901010014', enterprise: '中国化学工程第三建设有限公司', specialties: ['钢结构', '管道'] },
  { unitSeq: 7, name: '吴春明', mobile: '13901010015', enterprise: '中国电建集团湖北工程有限公司', specialties: ['电气', '土建'] },
];

const platform = demoPlatform({ port, listenHost: process.env.HOST ?? '127.0.0.1', base, env: { CONFIG_DIR: configDir, DATA_DIR: dataDir, PORT: String(port) } });
const { api, upload, login } = apiClient(base);

// ---- preparation ----
function writeConfig() {
  rmSync(configDir, { recursive: true, force: true });
  cpSync(join(ROOT, 'config'), configDir, { recursive: true });
  const file = join(configDir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.windows = {
    registration: { opens: day(-10), closes: day(10) },
    materialsReview: { opens: day(11), closes: day(40) },
    presentations: { opens: day(41), closes: day(100) },
  };
  // Records logged today must fall in the statistics period to count towards eligibility.
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(10).slice(0, 7) };
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

async function registerAndRecommend() {
  const { creditCodeCheckChar } = await import('@cacem/shared');
  const secretariat = await login('mishuchu', PASSWORD);
  const units = (await api('GET', '/recommending-units')).items;
  const unit = (seq) => units.find((u) => u.seq === seq);
  const contact2 = await api('POST', `/recommending-units/${unit(2).id}/contacts`, {
    token: secretariat,
    json: { displayName: `${unit(2).name}联系人`, username: 'tuijian02' },
  });
  say(`已为推荐单位「${unit(2).name}」开设联系人账号 ${contact2.username}`);
  const recommenders = { 1: await login('tuijian01', PASSWORD), 2: await login(contact2.username, contact2.password) };
  const applications = [];
  const texts = await declarationTexts(TEAMS);
  for (const [i, t] of TEAMS.entries()) {
    const card = await api('POST', '/registration-cards', { token: secretariat, json: { enterpriseName: t.enterprise } });
    const token = (await api('POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `9111000071093${String(5100 + i * 7).padStart(4, '0')}`;
    await api('PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const team = await api('POST', '/teams', { token, json: { name: t.team, kind: t.kind } });
    const application = await api('PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: unit(t.unitSeq).id,
        profile: {
          leaderName: t.leader,
          leaderMobile: `1380013${String(8100 + i).padStart(4, '0')}`,
          memberCount: 10 + i * 2,
          specialty: t.specialty,
          projectName: t.project,
          introduction: `${t.team}隶属${t.enterprise}，坚持“班前讲质量、班中控质量、班后查质量”，推行样板引路和三检制，近三年未发生质量安全事故。`,
        },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api('POST', `/teams/${team.id}/activity-records`, {
      token,
      json: { clientKey: `demo-review-${i}-0001`, date: day(0), kind: 'pre_shift_meeting', content: '班前会：交底当日工序质量控制要点与验收标准', place: `${t.project}施工现场`, attendeeIds: [] },
    });
    await upload(`/applications/${application.id}/materials/pdf`, token, `${t.team}申报材料.pdf`, await pdf(`${t.enterprise} ${t.team}`, texts[i].pages), 'application/pdf');
    await upload(`/applications/${application.id}/materials/ppt`, token, `${t.team}成果发布.pptx`, pptx(texts[i].slides), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api('POST', `/applications/${application.id}/submit`, { token });
    await api('POST', `/applications/${application.id}/recommend`, { token: recommenders[t.unitSeq], json: {} });
    applications.push({ id: application.id, enterprise: t.enterprise, team: t.team, cardNo: card.cardNo, cardPassword: card.password });
    say(`${i + 1}/6 ${t.enterprise} ${t.team}：已填表、上传材料、提交，并由「${unit(t.unitSeq).name}」推荐`);
  }

  const experts = [];
  for (const [i, e] of EXPERTS.entries()) {
    const expert = await api('POST', '/experts', {
      token: secretariat,
      json: {
        name: e.name,
        mobile: e.mobile,
        enterpriseName: e.enterprise,
        recommendingUnitId: unit(e.unitSeq).id,
        specialties: e.specialties,
        trainingStatus: 'trained',
        trainedAt: day(-60),
        assessmentStatus: 'passed',
        assessedAt: day(-45),
      },
    });
    const account = await api('POST', `/experts/${expert.id}/account`, { token: secretariat, json: { username: `zhuanjia${11 + i}` } });
    experts.push({ expertId: expert.id, name: e.name, username: account.username, unit: unit(e.unitSeq).name });
    say(`专家 ${e.name}（${unit(e.unitSeq).name}推荐，已培训、考核合格）账号 ${account.username}`);
  }
  return { applications, experts, recommenderContacts: ['tuijian01', contact2.username] };
}

/** With the platform stopped: today in the materials-review window; the experts' and tuijian02's passwords set to Demo@2026. */
async function moveToMaterialsReview(experts) {
  const { default: Database } = await import('better-sqlite3');
  const { default: argon2 } = await import('argon2');
  const windows = {
    registration: { opens: day(-30), closes: day(-1) },
    materialsReview: { opens: day(0), closes: day(10) },
    presentations: { opens: day(11), closes: day(60) },
  };
  const db = new Database(join(dataDir, 'platform.sqlite'));
  try {
    const row = db.prepare('SELECT id, settings FROM campaign WHERE year = ?').get(2026);
    if (!row) throw new Error('数据库中没有 2026 年度活动');
    const settings = JSON.parse(row.settings);
    settings.windows = windows;
    db.prepare('UPDATE campaign SET settings = ? WHERE id = ?').run(JSON.stringify(settings), row.id);
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const update = db.prepare('UPDATE user_account SET passwordHash = ? WHERE username = ?');
    for (const username of [...experts.map((e) => e.username), 'tuijian02']) {
      if (update.run(hash, username).changes !== 1) throw new Error(`找不到账号 ${username}`);
    }
  } finally {
    db.close();
  }
  return windows;
}

async function screenAndDraw(experts) {
  const secretariat = await login('mishuchu', PASSWORD);
  const screened = await api('POST', '/screening/bulk-pass', { token: secretariat, json: {} });
  if (JSON.stringify(screened).includes('"skipped":[{')) throw new Error(`形式审查有未通过的申报：${JSON.stringify(screened)}`);
  say('形式审查：6 件申报全部通过');
  // 材料查重 would start a minute after screening by itself; the demo asks for it at once and waits for the result.
  await api('POST', '/similarity/runs', { token: secretariat, json: {} });
  for (let i = 0; i < 240; i++) {
    const { latestRun } = await api('GET', '/similarity/overview', { token: secretariat });
    if (latestRun && ['done', 'failed'].includes(latestRun.status)) {
      say(`材料查重：${latestRun.statusLabel}，比对 ${latestRun.documents} 份文件，疑似雷同 ${latestRun.suspicious} 对，模板雷同 ${latestRun.clusters ?? 0} 组，无法比对 ${latestRun.uncheckable} 份`);
      break;
    }
    await sleep(500);
  }
  const drawn = await api('POST', '/draws', { token: secretariat, json: { panelCount: 1, panelSize: 5, seed: DRAW_SEED } });
  const draw = await api('GET', `/draws/${drawn.id}`, { token: secretariat });
  const panel = draw.panels[0];
  const byId = (id) => experts.find((e) => e.expertId === id);
  const leader = byId(panel.leader.id);
  const members = panel.members.map((m) => byId(m.id)).filter((m) => m && m.expertId !== leader.expertId);
  say(`已抽取专家组（种子「${DRAW_SEED}」）：组长 ${leader.name}（${leader.username}），组员 ${members.map((m) => m.name).join('、')}`);
  return { drawId: drawn.id, leader, members };
}

async function prepare() {
  say('首次运行：准备演示数据（约需一两分钟）');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(DEMO_DIR, { recursive: true });
  writeConfig();
  say(`演示用活动设置已写入 ${configDir}（先处于报名与推荐阶段：${day(-10)} 至 ${day(10)}）`);
  say('启动平台（报名阶段）……');
  await platform.start();
  const registered = await registerAndRecommend();
  // The synthetic declarations quote a synthetic notice and rubric: boilerplate to 材料查重, as the real ones are.
  const { DECLARATION_HEADINGS, NOTICE_WORDING, RUBRIC_WORDING } = await import('@cacem/shared');
  appendFileSync(join(configDir, 'similarity-boilerplate.txt'), `\n\n${[...DECLARATION_HEADINGS, ...RUBRIC_WORDING, ...NOTICE_WORDING].join('\n\n')}\n`);
  say('停止平台，切换到材料评审阶段……');
  await platform.stop();
  const windows = await moveToMaterialsReview(registered.experts);
  say(`已将 2026 年度活动改为：报名 ${windows.registration.opens} 至 ${windows.registration.closes}，材料评审 ${windows.materialsReview.opens} 至 ${windows.materialsReview.closes}，现场发布 ${windows.presentations.opens} 起`);
  say('启动平台（材料评审阶段）……');
  await platform.start();
  const panel = await screenAndDraw(registered.experts);
  const prepared = {
    preparedOn: day(0),
    port,
    windows,
    drawSeed: DRAW_SEED,
    password: PASSWORD,
    leader: panel.leader.username,
    panel: { leader: panel.leader, members: panel.members },
    experts: registered.experts,
    recommenderContacts: registered.recommenderContacts,
    applications: registered.applications,
  };
  writeFileSync(preparedFile, `${JSON.stringify(prepared, null, 2)}\n`);
  say(`准备完成，记录在 ${preparedFile}`);
  return prepared;
}

function printAccounts(prepared) {
  const { leader, members } = prepared.panel;
  const lines = [
    '',
    `材料评审演示（${prepared.preparedOn} 准备；今天处于材料评审阶段，6 件申报待第 1 组评分）`,
    `  网页（H5）：${base}/  → 账号登录，密码均为 ${prepared.password}`,
    `  组长：${leader.username}（${leader.name}）`,
    ...members.map((m) => `  组员：${m.username}（${m.name}）`),
    '  其他账号（密码同上）：秘书处 mishuchu；推荐单位联系人 tuijian01、tuijian02',
    `  材料查重：秘书处控制台 ${base}/#/admin/similarity/index（演示材料为合成文字；第 6 个班组的申报材料约四成取自第 1 个班组，第 3 个班组的幻灯片与第 2 个班组的相同，第 2–5 个班组共用一段购买的文字，见「模板雷同」）`,
    `  重新准备：删除 data-demo-review/ 后再运行 npm run demo:review`,
    '',
  ];
  console.log(lines.join('\n'));
}

try {
  let prepared;
  if (existsSync(preparedFile)) {
    prepared = JSON.parse(readFileSync(preparedFile, 'utf8'));
    say(`使用 ${prepared.preparedOn} 准备的演示数据（${dataDir}）`);
    await platform.start();
  } else {
    prepared = await prepare();
  }
  await sleep(300); // let the platform's own start-up lines come first
  printAccounts(prepared);
  const { code, signal } = await platform.exited();
  process.exit(code ?? (signal ? 0 : 1));
} catch (error) {
  console.error(`【评审演示】未完成：${error.message}`);
  if (platform.running()) await platform.stop();
  process.exit(1);
}
