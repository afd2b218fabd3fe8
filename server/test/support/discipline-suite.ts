import { afterAll, beforeAll } from '@jest/globals';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { contactFactory, submittedApplicationFactory } from './recommendation-factories.js';
import { call, loginAccount, startTestApp, type TestApp } from './test-app.js';

/*
 * The discipline suites' season and requests (test/discipline-cases.spec.ts, test/discipline-experts.spec.ts): one app
 * per file with six applications of the first unit recommended and screened in, the clock in the materials review.
 */

export type Named = { id: number; name: string | null; replacement?: true };
export type PanelView = { panelNo: number; leader: Named; members: Named[]; applications: Array<{ id: number }> };
export type DrawView = {
  id: number;
  seed: string;
  panels: PanelView[];
  replacements: Array<{ id: number; panelNo: number; removedExpert: Named; replacementExpert: Named | null; reason: string; seed: string }>;
};
export type CaseDetail = {
  id: number;
  status: string;
  statusLabel: string;
  kind: string;
  kindLabel: string;
  decisionReason: string | null;
  decidedOn: string | null;
  application: { id: number; status: string };
  evidence: Array<{ id: number; fileName: string; size: number; sha256: string; mimeType: string; url: string }>;
};
export type Warnings = { items: Array<{ caseId: number; unit: { id: number } | null; application: { id: number; teamName: string | null }; reason: string; kindLabel: string | null }> };
export type Removal = {
  expert: { id: number; active: boolean; removedAt: string | null; removalReason: string | null };
  replacement: { panelNo: number; role: string; seed: string; replacementExpert: { id: number; name: string } | null } | null;
  voidedSheetIds: number[];
};

const REGISTRATION = new Date('2026-06-15T04:00:00Z');
const MATERIALS_REVIEW = new Date('2026-07-05T04:00:00Z');
export const MESSAGE_IS_CHINESE = /[\u4e00-\u9fff]/;

export type SeasonApplication = { applicationId: number; token: string; teamId: number };

export interface DisciplineSuite {
  t: TestApp;
  secretariat: string;
  unitIds: number[];
  contactA: { token: string; unitId: number };
  contactB: { token: string; unitId: number };
  apps: Record<'upheld' | 'certified' | 'dismissed' | 'p1' | 'p2' | 'p3', SeasonApplication>;
}

/** Starts the suite's app and plays its season before its tests (hooks of the calling describe). */
export function disciplineSuite(): DisciplineSuite {
  const suite = { apps: {} } as DisciplineSuite;
  beforeAll(async () => {
    suite.t = await startTestApp();
    suite.secretariat = await loginAccount(suite.t.app, 'mishuchu');
    suite.unitIds = (await call<{ items: Array<{ id: number }> }>(suite.t.app, 'GET', '/api/v1/recommending-units')).body.items.map((u) => u.id);
    suite.t.app.get(Clock).travelTo(REGISTRATION);
    suite.contactA = await contactFactory(suite.t.app, suite.unitIds[0]!);
    suite.contactB = await contactFactory(suite.t.app, suite.unitIds[1]!, '王强');
    const names = { upheld: '违规一班', certified: '违规二班', dismissed: '违规三班', p1: '评审一班', p2: '评审二班', p3: '评审三班' } as const;
    for (const [key, name] of Object.entries(names) as Array<[keyof typeof names, string]>) {
      const application = await submittedApplicationFactory(suite.t.app, name);
      const reply = await call(suite.t.app, 'POST', `/api/v1/applications/${application.applicationId}/recommend`, { token: suite.contactA.token, json: {} });
      if (reply.status !== 200) throw new Error(`recommend failed: ${JSON.stringify(reply.body)}`);
      suite.apps[key] = application;
    }
    suite.t.app.get(Clock).travelTo(MATERIALS_REVIEW);
    for (const { applicationId } of Object.values(suite.apps)) {
      const reply = await call(suite.t.app, 'POST', `/api/v1/applications/${applicationId}/screening`, { token: suite.secretariat, json: { decision: 'pass' } });
      if (reply.status !== 200) throw new Error(`screening failed: ${JSON.stringify(reply.body)}`);
    }
  });
  afterAll(async () => {
    await suite.t.close();
  });
  return suite;
}

/** Misconduct cases opened and decided, experts removed and draws read, by the secretariat unless a token is named. */
export function disciplineRequests(suite: DisciplineSuite) {
  const manager = () => dataSourceOf(suite.t.app).manager;
  const openCase = (json: Record<string, unknown>, token = suite.secretariat) => call<CaseDetail>(suite.t.app, 'POST', '/api/v1/misconduct-cases', { token, json });
  const decide = (id: number, json: Record<string, unknown>, token = suite.secretariat) =>
    call<CaseDetail>(suite.t.app, 'POST', `/api/v1/misconduct-cases/${id}/decision`, { token, json });
  const remove = (id: number, json: Record<string, unknown> = { reason: '评审期间私下接触申报企业，违反廉洁自律规定' }, token = suite.secretariat) =>
    call<Removal>(suite.t.app, 'POST', `/api/v1/experts/${id}/removal`, { token, json });
  const getDraw = (id: number) => call<DrawView>(suite.t.app, 'GET', `/api/v1/draws/${id}`, { token: suite.secretariat });
  return { manager, openCase, decide, remove, getDraw };
}
