import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, expect } from '@jest/globals';
import { syntheticCorpus } from '@cacem/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { Application } from '../../src/modules/application/application.entity.js';
import { Campaign } from '../../src/modules/campaign/campaign.entity.js';
import { oleFixture, pdfFixture, textPdfFixture, textPptxFixture } from './material-files.js';
import { contactFactory, submittedApplicationFactory } from './recommendation-factories.js';
import { MATERIALS_REVIEW, REGISTRATION } from './review-factories.js';
import { call, loginAccount, startTestApp, type TestApp } from './test-app.js';

/*
 * The similarity suite's corpus and app (test/similarity.spec.ts): five submitted and recommended applications whose
 * PDFs and decks are the synthetic declarations below, one moved to last year's campaign; and the suite's reads.
 */

export type Run = {
  id: number;
  trigger: string;
  status: string;
  statusLabel: string;
  phase: string | null;
  percent: number;
  documents: number;
  newDocuments: number;
  uncheckable: number;
  candidates: number;
  pairs: number;
  suspicious: number;
  error: string | null;
  requestedBy: string;
  requestedByName: string;
};
export type Side = { documentId: number; applicationId: number; campaignYear: number; kind: 'pdf' | 'ppt'; teamName: string; fileName: string; pages: number; submittedAt: string | null };
export type Precedence = { first: 'a' | 'b' | null; a: string; b: string };
export type Pair = { id: number; score: number; suspicious: boolean; coverageA: number; coverageB: number; containmentAInB: number; jaccard: number; passageCount: number; caseId: number | null; precedence: Precedence; a: Side; b: Side };
export type Counts = { total: number; suspicious: number; belowLine: number; dismissed: number };
export type Passage = { a: { fromPage: number; toPage: number; text: string }; b: { fromPage: number; toPage: number; text: string }; chars: number };
export type Doc = { id: number; applicationId: number; kind: string; status: string; reasonCode: string | null; reason: string | null; teamName: string };

const REPO_CONFIG = join(import.meta.dirname, '..', '..', '..', 'config');

// Three pages each of synthetic declarations: one source (an earlier year's), one copying 40 % of it, two independent.
export const corpus = syntheticCorpus({ seed: 'server-spec', independent: 4, copiesPerProportion: 1, proportions: [0.4], pages: 3, charsPerPage: 700, templates: false });
export const [source, independent1, independent2, independent3] = corpus.documents;
export const copy = corpus.documents[4]!;

export interface SimilaritySuite {
  t: TestApp;
  secretariat: string;
  /** The corpus's applications by key: source, copy, independent1, independent2, scanned. */
  ids: Record<string, number>;
  /** The copy of config/ whose boilerplate names the corpus's notice wording. */
  configDir?: string;
}

/** Starts the suite's app on the corpus before its tests (hooks of the calling describe), the clock in the materials review. */
export function similaritySuite(): SimilaritySuite {
  const suite = { ids: {} } as SimilaritySuite;
  beforeAll(async () => {
    // The notice's wording of the synthetic declarations is boilerplate, as the real notice is in config/.
    suite.configDir = mkdtempSync(join(tmpdir(), 'cacem-config-'));
    cpSync(join(REPO_CONFIG, '.'), suite.configDir, { recursive: true });
    appendFileSync(join(suite.configDir, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
    suite.t = await startTestApp({ SIMILARITY_AFTER_SCREENING_MS: '50', CONFIG_DIR: suite.configDir });
    suite.secretariat = await loginAccount(suite.t.app, 'mishuchu');
    await registerCorpus(suite.t.app, suite);
  }, 120_000);
  afterAll(async () => {
    await suite.t?.close();
    if (suite.configDir) rmSync(suite.configDir, { recursive: true, force: true });
  });
  return suite;
}

async function registerCorpus(app: NestFastifyApplication, suite: SimilaritySuite): Promise<void> {
  const clock = app.get(Clock);
  clock.travelTo(REGISTRATION);
  const slides = ['班组概况\n钢筋加工一班成立于2019年，现有成员十二人', '质量管理活动\n开展样板引路和三检制度，一次验收合格率百分之百', '活动成效\n节约钢材三点二吨，获评公司优秀班组'];
  const pptx = (text: readonly string[]) => ({ name: '发布材料.pptx', bytes: textPptxFixture(text) });
  let contact: string | undefined;
  const make = async (key: string, pdf: Buffer, ppt: { name: string; bytes: Buffer }) => {
    const draft = await submittedApplicationFactory(app, `查重${key}班组`, undefined, { pdf, ppt });
    suite.ids[key] = draft.applicationId;
    contact ??= (await contactFactory(app, draft.recommendingUnitId)).token;
    const recommended = await call(app, 'POST', `/api/v1/applications/${draft.applicationId}/recommend`, { token: contact, json: {} });
    expect(recommended.status).toBe(200);
  };
  await make('source', await textPdfFixture(source!.pages), pptx(independent3!.pages.map((p) => p.slice(0, 200))));
  await make('copy', await textPdfFixture(copy.pages), pptx([`${copy.id} 的发布材料`, copy.pages[1]!.slice(0, 120)]));
  // Two teams whose PDFs are their own but whose slides are the same deck: a PPT pair, found with slide numbers.
  await make('independent1', await textPdfFixture(independent1!.pages), pptx(slides));
  await make('independent2', await textPdfFixture(independent2!.pages), pptx([...slides].reverse()));
  // A scanned PDF (no text layer) and an old binary .ppt: reported as cannot be checked, with the reason.
  await make('scanned', await pdfFixture('扫描件'), { name: '发布材料.ppt', bytes: oleFixture(['PowerPoint Document']) });
  // The source belongs to last year's campaign.
  const dataSource = dataSourceOf(app);
  const current = await dataSource.getRepository(Campaign).findOneByOrFail({ year: 2026 });
  const campaigns = dataSource.getRepository(Campaign);
  const earlier = await campaigns.save(campaigns.create({ year: 2025, name: '2025 年度工程建设质量信得过班组活动', settings: current.settings }));
  await dataSource.getRepository(Application).update({ id: suite.ids.source }, { campaignId: earlier.id });
  clock.travelTo(MATERIALS_REVIEW);
}

/** The latest run once finished, every pair, and the pair of two applications' files of a kind. */
export function similarityReads(suite: SimilaritySuite) {
  const waitForRun = async (): Promise<Run> => {
    for (let i = 0; i < 600; i++) {
      const overview = await call<{ latestRun: Run | null }>(suite.t.app, 'GET', '/api/v1/similarity/overview', { token: suite.secretariat });
      const run = overview.body.latestRun;
      if (run && (run.status === 'done' || run.status === 'failed')) return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('similarity run did not finish');
  };
  const pairs = async () => (await call<{ items: Pair[]; total: number }>(suite.t.app, 'GET', '/api/v1/similarity/pairs?suspiciousOnly=false&pageSize=50', { token: suite.secretariat })).body.items;
  const between = (list: Pair[], x: number, y: number, kind: 'pdf' | 'ppt') =>
    list.find((p) => p.a.kind === kind && p.b.kind === kind && new Set([p.a.applicationId, p.b.applicationId]).size === 2 && [x, y].includes(p.a.applicationId) && [x, y].includes(p.b.applicationId));
  return { waitForRun, pairs, between };
}
