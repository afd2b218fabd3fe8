import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity.js';
import { PanelDraw } from '../src/modules/panel/panel-draw.entity.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/**
 * A national season's draw: 5,000 applications and 300 experts make snapshots and a result of a few hundred KB — more
 * than MySQL/MariaDB's TEXT (64 KB) holds. It used to fail with "Data too long" (a 500) above ~1,350 applications.
 */
describe(`columns that hold a national season on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const applications = Array.from({ length: 5000 }, (_, i) => ({ id: String(100_000 + i), enterpriseId: String(1000 + (i % 2500)), unitId: String(1 + (i % 70)) }));
  const experts = Array.from({ length: 300 }, (_, i) => ({ id: String(i + 1), enterpriseId: `E${i}`, unitId: String(1 + (i % 70)) }));
  const result = {
    panels: Array.from({ length: 60 }, (_, k) => ({
      leaderId: String(k * 5 + 1),
      memberIds: [2, 3, 4, 5].map((m) => String(k * 5 + m)),
      applicationIds: applications.filter((_, i) => i % 60 === k).map((a) => a.id),
    })),
  };

  it('stores and reads back a draw of 5,000 applications, its audit entry, and a large kept answer', async () => {
    const ds = dataSourceOf(t.app);
    expect(JSON.stringify(applications).length).toBeGreaterThan(200_000);
    const saved = await ds.getRepository(PanelDraw).save(
      ds.getRepository(PanelDraw).create({
        campaignId: 1,
        seed: 'national-2026',
        panelCount: 60,
        panelSize: 5,
        expertsSnapshot: experts,
        applicationsSnapshot: applications,
        result,
        drawnAt: new Date(),
        drawnBy: 'user:1',
        verifiedAt: null,
      }),
    );
    const back = await ds.getRepository(PanelDraw).findOneByOrFail({ id: saved.id });
    expect(back.applicationsSnapshot).toEqual(applications);
    expect(back.result).toEqual(result);

    const entry = await ds.transaction((m) =>
      t.app.get(AuditService).record(m, { actor: 'user:1', action: 'panel.draw', entity: 'panel_draw', entityId: saved.id, after: { applicationCount: 5000, result } }),
    );
    expect((await ds.getRepository(AuditEntry).findOneByOrFail({ id: entry.id })).after).toEqual({ applicationCount: 5000, result });
    expect((await t.app.get(AuditService).verifyChain()).intact).toBe(true);

    const response = JSON.stringify({ items: applications });
    await ds.getRepository(IdempotencyRecord).insert({ scope: 'x'.repeat(64), actor: 'user:1', method: 'POST', path: '/api/v1/draws', fingerprint: null, state: 'done', statusCode: 201, response, createdAt: new Date(), completedAt: new Date() });
    expect((await ds.getRepository(IdempotencyRecord).findOneByOrFail({ scope: 'x'.repeat(64) })).response).toBe(response);
  });
});
