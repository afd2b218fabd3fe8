import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_SIMILARITY } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { Clock } from '../src/common/clock.js';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { UserAccount } from '../src/modules/account/user-account.entity.js';
import { SimilarityJobService } from '../src/modules/similarity/similarity-job.service.js';
import { SimilarityRun } from '../src/modules/similarity/similarity-run.entity.js';
import { type ErrorBody } from './support/error-body.js';
import { textPdfFixture, textPptxFixture } from './support/material-files.js';
import { submittedApplicationFactory } from './support/recommendation-factories.js';
import { MATERIALS_REVIEW, REGISTRATION } from './support/review-factories.js';
import { copy, corpus, type Counts, type Doc, independent3, type Pair, type Passage, type Run, similarityReads, similaritySuite, source } from './support/similarity-suite.js';
import { call, TEST_DB, type TestApp } from './support/test-app.js';

/* 材料查重 over a corpus: runs, pairs and passages, re-checks, setting pairs aside, cases, and taking over a quiet run. */

const MIME_PDF = 'application/pdf';

describe(`材料查重 (issue 8) on ${TEST_DB}`, () => {
  const suite = similaritySuite();
  const { waitForRun, pairs, between } = similarityReads(suite);
  const { ids } = suite;
  let t: TestApp;
  let secretariat: string;
  beforeAll(() => {
    ({ t, secretariat } = suite);
  });

  it('runs in the background after screening, with progress, and finds the copy across years and the shared deck', async () => {
    const passed = await call<{ passed: number[] }>(t.app, 'POST', '/api/v1/screening/bulk-pass', { token: secretariat, json: { applicationIds: [ids.copy, ids.independent1, ids.independent2] } });
    expect(passed.status).toBe(200);
    expect(passed.body.passed.sort()).toEqual([ids.copy, ids.independent1, ids.independent2].sort());
    const run = await waitForRun();
    expect(run).toMatchObject({ status: 'done', statusLabel: '已完成', percent: 100, documents: 10, newDocuments: 10, uncheckable: 2, error: null });
    expect(run.suspicious).toBeGreaterThanOrEqual(2);
    expect(run.phase).toBe('compare');
    const list = await pairs();
    const copied = between(list, ids.copy!, ids.source!, 'pdf')!;
    expect(copied).toBeDefined();
    expect(copied.suspicious).toBe(true);
    // At least the share planted, less what the light edits spoil (in a corpus this small, a template two documents
    // happen to share is not yet common text, and counts too).
    expect(copied.score).toBeGreaterThan(corpus.planted[0]!.proportion - 0.1);
    expect([copied.a.campaignYear, copied.b.campaignYear].sort()).toEqual([2025, 2026]);
    const deck = between(list, ids.independent1!, ids.independent2!, 'ppt')!;
    expect(deck.suspicious).toBe(true);
    expect(deck.score).toBeGreaterThan(0.9);
    // Independent declarations share the notice's wording and the rubric's headings, and are not paired for it.
    expect(between(list, ids.independent1!, ids.independent2!, 'pdf')).toBeUndefined();
    expect(between(list, ids.source!, ids.independent1!, 'pdf')).toBeUndefined();
    expect(run.suspicious).toBe(list.filter((p) => p.suspicious).length);
    // A run after screening is the system's, not the raw actor of the screening decision.
    expect(run).toMatchObject({ trigger: 'screening', requestedByName: '系统（初选后自动）' });
    // Ranked by score.
    const suspicious = (await call<{ items: Pair[]; total: number; counts: Counts }>(t.app, 'GET', '/api/v1/similarity/pairs', { token: secretariat })).body;
    expect(suspicious.items.every((p) => p.suspicious)).toBe(true);
    expect(suspicious.items.map((p) => p.score)).toEqual([...suspicious.items.map((p) => p.score)].sort((x, y) => y - x));
    // The overview's counts are the list's: the default list holds the open 疑似雷同, the rest add up to all pairs.
    const overview = (await call<{ pairs: Counts; thresholds: { reportFrom: number; suspiciousFrom: number } }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat })).body;
    expect(overview.thresholds).toEqual({ reportFrom: DEFAULT_SIMILARITY.reportFrom, suspiciousFrom: DEFAULT_SIMILARITY.suspiciousFrom });
    expect(suspicious.counts).toEqual(overview.pairs);
    expect(overview.pairs).toEqual({ total: list.length, suspicious: suspicious.total, belowLine: list.length - suspicious.total, dismissed: 0 });
  }, 120_000);

  it('says who came first: across years the earlier campaign, within a year the earlier submission', async () => {
    const list = await pairs();
    const copied = between(list, ids.copy!, ids.source!, 'pdf')!;
    const sourceSide = copied.a.applicationId === ids.source ? 'a' : 'b';
    const copySide = sourceSide === 'a' ? 'b' : 'a';
    expect(copied.precedence).toEqual({ first: sourceSide, [sourceSide]: '往年（2025 年度）', [copySide]: '后提交（2026 年度）' });
    const deck = between(list, ids.independent1!, ids.independent2!, 'ppt')!;
    expect(deck.a.submittedAt).not.toBeNull();
    const order = Date.parse(deck.a.submittedAt!) - Date.parse(deck.b.submittedAt!);
    const expected = order === 0 ? { first: null, a: '同时提交', b: '同时提交' } : order < 0 ? { first: 'a', a: '先提交', b: '后提交' } : { first: 'b', a: '后提交', b: '先提交' };
    expect(deck.precedence).toEqual(expected);
  });

  it('shows the matching passages side by side with page and slide numbers, as written', async () => {
    const list = await pairs();
    const copied = between(list, ids.copy!, ids.source!, 'pdf')!;
    const detail = (await call<Pair & { passages: Passage[] }>(t.app, 'GET', `/api/v1/similarity/pairs/${copied.id}`, { token: secretariat })).body;
    expect(detail.passages.length).toBeGreaterThan(0);
    const sourceSide = detail.a.applicationId === ids.source ? 'a' : 'b';
    const sourceText = source!.pages.join('').replace(/\s/g, '');
    // In A's reading order: page by page, and down each page.
    const textA = (sourceSide === 'a' ? source! : copy).pages.join('').replace(/\s/g, '');
    // Each passage is found in A's text at or after the one before it (a phrase A repeats is looked for further on).
    let from = 0;
    for (const p of detail.passages) {
      const at = textA.indexOf(p.a.text.replace(/\s/g, '').replace(/…$/, '').slice(0, 16), from);
      expect([p.a.fromPage, at >= 0]).toEqual([p.a.fromPage, true]);
      from = at;
    }
    for (const passage of detail.passages) {
      const side = passage[sourceSide];
      expect(side.fromPage).toBeGreaterThanOrEqual(1);
      expect(side.toPage).toBeLessThanOrEqual(3);
      // The passage is the source's own wording (punctuation and all), not the normalised form.
      expect(sourceText).toContain(side.text.replace(/\s/g, '').replace(/…$/, '').slice(0, 30));
    }
    const deck = between(list, ids.independent1!, ids.independent2!, 'ppt')!;
    const slides = (await call<{ passages: Passage[] }>(t.app, 'GET', `/api/v1/similarity/pairs/${deck.id}`, { token: secretariat })).body.passages;
    // The deck was shown in reverse order by the second team: slide 1 of one is slide 3 of the other.
    const pagesOf = slides.map((p) => [p.a.fromPage, p.b.fromPage].sort().join('-')).sort();
    expect(pagesOf).toEqual(['1-3', '2-2', '1-3'].sort());
  });

  it('lists the files that cannot be checked with the reason', async () => {
    const docs = (await call<{ items: Doc[]; total: number }>(t.app, 'GET', '/api/v1/similarity/documents?status=uncheckable', { token: secretariat })).body;
    expect(docs.total).toBe(2);
    expect(docs.items.map((d) => d.reasonCode).sort()).toEqual(['SIMILARITY_LEGACY_PPT', 'SIMILARITY_NO_TEXT_LAYER']);
    expect(docs.items.every((d) => d.applicationId === ids.scanned && d.reason && /不能参与查重/.test(d.reason))).toBe(true);
    const bad = await call<ErrorBody>(t.app, 'GET', '/api/v1/similarity/documents?status=lost', { token: secretariat });
    expect(bad.status).toBe(422);
  });

  it('re-checks only new or changed files on demand', async () => {
    const again = await call<Run>(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} });
    expect(again.status).toBe(202);
    // The requester by name, as people read it.
    const account = await dataSourceOf(t.app).getRepository(UserAccount).findOneByOrFail({ username: 'mishuchu' });
    expect(again.body).toMatchObject({ trigger: 'manual', requestedBy: `user:${account.id}`, requestedByName: account.displayName });
    const run = await waitForRun();
    expect(run).toMatchObject({ status: 'done', newDocuments: 0, candidates: 0, documents: 10 });
    expect((await pairs()).length).toBeGreaterThanOrEqual(2);
    // A late team copying the second deck: only its files are extracted, and only its pairs compared.
    const clock = t.app.get(Clock);
    clock.travelTo(REGISTRATION);
    const late = await submittedApplicationFactory(t.app, '查重late班组', undefined, {
      pdf: await textPdfFixture(independent3!.pages),
      ppt: { name: '发布材料.pptx', bytes: textPptxFixture(['班组概况\n钢筋加工一班成立于2019年，现有成员十二人', '活动成效\n节约钢材三点二吨，获评公司优秀班组']) },
    });
    clock.travelTo(MATERIALS_REVIEW);
    await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} });
    const third = await waitForRun();
    expect(third).toMatchObject({ status: 'done', newDocuments: 2, documents: 12 });
    const list = await pairs();
    expect(list.some((p) => [p.a.applicationId, p.b.applicationId].includes(late.applicationId) && p.a.kind === 'ppt')).toBe(true);
    // Never a pair inside one application (its own PDF and PPTX).
    expect(list.every((p) => p.a.applicationId !== p.b.applicationId)).toBe(true);
  }, 60_000);

  it('sets a pair aside as 核实无问题 with a reason, and takes that back', async () => {
    const deck = between(await pairs(), ids.independent1!, ids.independent2!, 'ppt')!;
    const url = `/api/v1/similarity/pairs/${deck.id}/dismissal`;
    expect((await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { reason: ' ' } })).status).toBe(422);
    const dismissed = await call<Pair & { dismissal: { reason: string; by: string } | null }>(t.app, 'POST', url, {
      token: secretariat,
      json: { reason: '两队同属一个项目部，发布材料由项目部统一制作' },
    });
    expect(dismissed.status).toBe(200);
    const account = await dataSourceOf(t.app).getRepository(UserAccount).findOneByOrFail({ username: 'mishuchu' });
    expect(dismissed.body.dismissal).toMatchObject({ reason: '两队同属一个项目部，发布材料由项目部统一制作', byName: account.displayName });
    expect((await call<{ items: Pair[] }>(t.app, 'GET', '/api/v1/similarity/pairs', { token: secretariat })).body.items.map((p) => p.id)).not.toContain(deck.id);
    expect((await call<{ items: Pair[] }>(t.app, 'GET', '/api/v1/similarity/pairs?includeDismissed=true', { token: secretariat })).body.items.map((p) => p.id)).toContain(deck.id);
    const overview = (await call<{ pairs: Counts }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat })).body;
    expect(overview.pairs.dismissed).toBe(1);
    expect(overview.pairs.suspicious + overview.pairs.belowLine + overview.pairs.dismissed).toBe(overview.pairs.total);
    const again = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { reason: '再次' } });
    expect([again.status, again.body.code]).toEqual([409, 'SIMILARITY_PAIR_DISMISSED']);
    const caseOnDismissed = await call<ErrorBody>(t.app, 'POST', `/api/v1/similarity/pairs/${deck.id}/case`, {
      token: secretariat,
      json: { applicationId: ids.independent2, description: '立案' },
    });
    expect([caseOnDismissed.status, caseOnDismissed.body.code]).toEqual([409, 'SIMILARITY_PAIR_DISMISSED']);
    // A later run keeps the conclusion (only the figures are refreshed).
    await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} });
    await waitForRun();
    const restored = await call<Pair & { dismissal: unknown }>(t.app, 'DELETE', url, { token: secretariat });
    expect([restored.status, restored.body.dismissal]).toEqual([200, null]);
    const twice = await call<ErrorBody>(t.app, 'DELETE', url, { token: secretariat });
    expect([twice.status, twice.body.code]).toEqual([409, 'SIMILARITY_PAIR_NOT_DISMISSED']);
    const audit = await dataSourceOf(t.app).getRepository(AuditEntry).findBy({ entity: 'similarity_pair', entityId: String(deck.id) });
    expect(audit.map((e) => e.action).sort()).toEqual(['similarity.dismiss', 'similarity.restore']);
  });

  it('opens a plagiarism case from a pair with the comparison and both files as evidence, once', async () => {
    const copied = between(await pairs(), ids.copy!, ids.source!, 'pdf')!;
    const url = `/api/v1/similarity/pairs/${copied.id}/case`;
    const outsider = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { applicationId: ids.independent1, description: '不相干的申报' } });
    expect(outsider.status).toBe(422);
    expect(outsider.body.code).toBe('SIMILARITY_CASE_APPLICATION');
    const blank = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { applicationId: ids.copy, description: '   ' } });
    expect(blank.status).toBe(422);
    const missing = await call<ErrorBody>(t.app, 'POST', '/api/v1/similarity/pairs/999999/case', { token: secretariat, json: { applicationId: ids.copy, description: '查重' } });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('SIMILARITY_PAIR_NOT_FOUND');
    const opened = await call<{ caseId: number }>(t.app, 'POST', url, { token: secretariat, json: { applicationId: ids.copy, description: '材料查重：与 2025 年申报材料相似度较高' } });
    expect(opened.status).toBe(201);
    const detail = (
      await call<{ kind: string; application: { id: number }; evidence: Array<{ fileName: string; mimeType: string; url: string; sha256: string }> }>(
        t.app,
        'GET',
        `/api/v1/misconduct-cases/${opened.body.caseId}`,
        { token: secretariat },
      )
    ).body;
    expect(detail.kind).toBe('plagiarism');
    expect(detail.application.id).toBe(ids.copy);
    expect(detail.evidence.map((e) => e.mimeType).sort()).toEqual([MIME_PDF, MIME_PDF, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].sort());
    const report = detail.evidence.find((e) => e.fileName.endsWith('.xlsx'))!;
    const bytes = await t.app.inject({ method: 'GET', url: report.url });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet('比对概要')!;
    expect(summary.getCell('B2').value).toBe(copied.a.teamName);
    const rows = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))] : []));
    const labels = rows(summary).map((r) => r[0]);
    expect(labels).toContain('本文件文字见于对方的比例');
    const order = rows(summary).find((r) => r[0] === '提交时间与先后')!;
    expect(order.join('|')).toContain('往年（2025 年度）');
    expect(order.join('|')).toContain('后提交（2026 年度）');
    // Chinese labels only, nobody named by a raw id.
    const everything = book.worksheets.flatMap(rows).flat().join('\n');
    expect(everything).not.toMatch(/Jaccard|user:|containment/i);
    // The passages in the order the console shows them.
    const passages = book.getWorksheet('匹配段落')!;
    expect(passages.rowCount).toBe(copied.passageCount + 1);
    const shown = (await call<{ passages: Passage[] }>(t.app, 'GET', `/api/v1/similarity/pairs/${copied.id}`, { token: secretariat })).body.passages;
    expect(rows(passages).slice(1).map((r) => r[2])).toEqual(shown.map((p) => p.a.text));
    const twice = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { applicationId: ids.copy, description: '再次立案' } });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('SIMILARITY_CASE_EXISTS');
    const listed = await pairs();
    expect(listed.find((p) => p.id === copied.id)!.caseId).toBe(opened.body.caseId);
    const dismissCased = await call<ErrorBody>(t.app, 'POST', `/api/v1/similarity/pairs/${copied.id}/dismissal`, { token: secretariat, json: { reason: '无问题' } });
    expect([dismissCased.status, dismissCased.body.code]).toEqual([409, 'SIMILARITY_CASE_EXISTS']);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('takes over a run whose worker went quiet (a stopped process, a dead instance), and finishes it', async () => {
    const runs = dataSourceOf(t.app).getRepository(SimilarityRun);
    const quiet = await runs.save(
      runs.create({
        trigger: 'manual',
        status: 'running',
        phase: 'extract',
        done: 1,
        total: 5,
        documents: 0,
        newDocuments: 0,
        uncheckable: 0,
        candidates: 0,
        pairs: 0,
        suspicious: 0,
        error: null,
        requestedBy: 'user:1',
        requestedAt: new Date(),
        startedAt: new Date(Date.now() - 20 * 60_000),
        finishedAt: null,
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      }),
    );
    // A run still beating is left to its worker.
    const alive = await runs.save(runs.create({ ...quiet, id: undefined, heartbeatAt: new Date() } as Partial<SimilarityRun>));
    await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} });
    await t.app.get(SimilarityJobService).idle();
    expect((await runs.findOneByOrFail({ id: quiet.id })).status).toBe('done');
    expect((await runs.findOneByOrFail({ id: alive.id })).status).toBe('running');
    await runs.delete({ id: alive.id });
  });
});
