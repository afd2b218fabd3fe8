import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { syntheticCorpus } from '@cacem/shared';
import { Clock } from '../src/common/clock.js';
import { textPdfFixture, textPptxFixture } from './support/material-files.js';
import { submittedApplicationFactory } from './support/recommendation-factories.js';
import { MATERIALS_REVIEW, REGISTRATION } from './support/review-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type Member = { documentId: number; applicationId: number; teamName: string; enterpriseName: string; campaignYear: number; kind: 'pdf' | 'ppt'; share: number };
type Cluster = { id: number; score: number; documentCount: number; applicationCount: number; chars: number; members: Member[] };
type Detail = Cluster & { representative: Member; passages: Array<{ fromPage: number; toPage: number; text: string }> };

// The same text bought by six teams from one writer, each putting in its own name (issue 18: 模板雷同).
const BOUGHT = [
  '本班组始终把质量放在首位，坚持开展每日班前讲评和班后总结，由班组长带领成员逐项对照作业指导书检查当天的施工质量。',
  '针对钢筋直螺纹连接丝头加工长度不足的问题，班组运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因。',
  '通过制作丝头加工限位卡具并开展专项技能培训，丝头一次加工合格率由百分之八十九提高到百分之九十八，节约返工费用四万余元。',
  '班组还建立了质量问题随手拍制度，成员发现问题即拍照上传到班组微信群，由技术员在当日给出整改意见并跟踪闭合。',
];
const REPO_CONFIG = join(import.meta.dirname, '..', '..', 'config');

describe(`材料查重: 模板雷同 (issue 18) on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let configDir: string | undefined;
  const corpus = syntheticCorpus({ seed: 'clusters-spec', independent: 8, copiesPerProportion: 0, proportions: [], pages: 3, charsPerPage: 700, templates: false });
  const buyers: number[] = [];

  beforeAll(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'cacem-config-'));
    cpSync(join(REPO_CONFIG, '.'), configDir, { recursive: true });
    appendFileSync(join(configDir, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
    t = await startTestApp({ SIMILARITY_AFTER_SCREENING_MS: '0', CONFIG_DIR: configDir });
    secretariat = await loginAccount(t.app, 'mishuchu');
    const clock = t.app.get(Clock);
    clock.travelTo(REGISTRATION);
    for (const [k, doc] of corpus.documents.entries()) {
      const team = `模板${k + 1}班组`;
      const pages = k < 6 ? [doc.pages[0]!, BOUGHT.map((s) => s.replace('本班组', team)).join(''), ...doc.pages.slice(1)] : doc.pages;
      const draft = await submittedApplicationFactory(t.app, team, undefined, {
        pdf: await textPdfFixture(pages),
        ppt: { name: '发布材料.pptx', bytes: textPptxFixture([`${team}的发布材料`, doc.pages[1]!.slice(0, 150)]) },
      });
      if (k < 6) buyers.push(draft.applicationId);
    }
    clock.travelTo(MATERIALS_REVIEW);
    expect((await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} })).status).toBe(202);
    for (let i = 0; i < 600; i++) {
      const run = (await call<{ latestRun: { status: string } | null }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat })).body.latestRun;
      if (run?.status === 'done') break;
      if (run?.status === 'failed') throw new Error('similarity run failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  it('lists the teams sharing a bought text as one cluster, with the share of each one\'s own text', async () => {
    const list = await call<{ items: Cluster[] }>(t.app, 'GET', '/api/v1/similarity/clusters', { token: secretariat });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const [cluster] = list.body.items;
    expect(cluster!.members.map((m) => m.applicationId).sort()).toEqual([...buyers].sort());
    expect(cluster).toMatchObject({ documentCount: 6, applicationCount: 6 });
    for (const member of cluster!.members) {
      expect(member.teamName).toMatch(/^模板\d班组$/);
      expect(member.kind).toBe('pdf');
      expect(member.share).toBeGreaterThan(0.05);
    }
    expect(cluster!.score).toBe(Math.max(...cluster!.members.map((m) => m.share)));
    const overview = await call<{ clusters: number; latestRun: { clusters?: number } }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat });
    expect(overview.body.clusters).toBe(1);
    // Six teams share it: none of their pairs is reported as one copying another.
    const pairs = await call<{ items: Array<{ a: Member; b: Member }> }>(t.app, 'GET', '/api/v1/similarity/pairs?suspiciousOnly=false&pageSize=50', { token: secretariat });
    expect(pairs.body.items.filter((p) => buyers.includes(p.a.applicationId) && buyers.includes(p.b.applicationId))).toHaveLength(0);
  });

  it('shows the shared passages as written in one of the files', async () => {
    const [cluster] = (await call<{ items: Cluster[] }>(t.app, 'GET', '/api/v1/similarity/clusters', { token: secretariat })).body.items;
    const detail = await call<Detail>(t.app, 'GET', `/api/v1/similarity/clusters/${cluster!.id}`, { token: secretariat });
    expect(detail.status).toBe(200);
    expect(buyers).toContain(detail.body.representative.applicationId);
    const shown = detail.body.passages.map((p) => p.text.replace(/\s/g, '')).join('');
    expect(shown).toContain('运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因');
    expect(detail.body.passages[0]!.fromPage).toBe(2);
  });

  it('answers an unknown cluster with its code, and only the secretariat', async () => {
    const missing = await call<{ code: string; message: string }>(t.app, 'GET', '/api/v1/similarity/clusters/999999', { token: secretariat });
    expect([missing.status, missing.body.code]).toEqual([404, 'SIMILARITY_CLUSTER_NOT_FOUND']);
    expect(missing.body.message).toBe('找不到该模板雷同组');
    const bad = await call<{ code: string }>(t.app, 'GET', '/api/v1/similarity/clusters/abc', { token: secretariat });
    expect([bad.status, bad.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await call(t.app, 'GET', '/api/v1/similarity/clusters', {})).status).toBe(401);
  });
});
