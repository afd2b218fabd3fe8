import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity.js';
import { creditCodeFactory, draftApplicationFactory } from '../support/factories.js';
import { drawnSeasonFactory, type Season } from '../support/review-factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Stage ownership. Found by the outside probe: PUT /enterprises/me/credit-code succeeded during materials review — the
 * enterprise the secretariat screened, and whose application the experts are scoring, could change the code it
 * declared under. After the enterprise's first submission the code is the secretariat's to correct (audited, with the
 * code before and after and the reason); the declarant is refused with CREDIT_CODE_LOCKED.
 */

type Enterprise = { id: number; creditCode: string | null };

describe(`stage ownership on ${TEST_DB}`, () => {
  let t: TestApp;
  let season: Season;
  beforeAll(async () => {
    t = await startTestApp();
    season = await drawnSeasonFactory(t.app, { teams: 3, teamUnits: 1, experts: 3, panelCount: 1, panelSize: 3, tag: 'S' });
  }, 120_000);
  afterAll(async () => {
    t?.app.get(Clock).travelTo(null);
    await t?.close();
  });

  const mine = async (token: string) => (await call<Enterprise>(t.app, 'GET', '/api/v1/enterprises/me', { token })).body;

  it('refuses the declarant a new credit code once the enterprise has submitted, during review, and changes nothing', async () => {
    await probe('stage ownership', async (tally) => {
      for (const application of season.applications) {
        const before = await mine(application.declarantToken);
        for (const attempt of [creditCodeFactory(), creditCodeFactory(), ` ${creditCodeFactory().toLowerCase()} `]) {
          const answer = await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token: application.declarantToken, json: { creditCode: attempt } });
          tally.check(
            answer.status === 409 && answer.body.code === 'CREDIT_CODE_LOCKED' && answer.body.field === 'creditCode',
            `application ${application.id} in review: new code answered ${answer.status} ${String(answer.body.code)}`,
          );
        }
        const after = await mine(application.declarantToken);
        tally.check(after.creditCode === before.creditCode, `application ${application.id}: the code stays ${before.creditCode} (now ${after.creditCode})`);
        // The same code again changes nothing and is no error.
        const same = await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token: application.declarantToken, json: { creditCode: before.creditCode } });
        tally.check(same.status === 200, `re-sending the recorded code answers ${same.status}`);
      }
    });
  });

  it('lets the secretariat correct it, audited with before, after and reason; declarants may not use that route', async () => {
    await probe('stage ownership', async (tally) => {
      const application = season.applications[0]!;
      const before = await mine(application.declarantToken);
      const next = creditCodeFactory();
      const byDeclarant = await call(t.app, 'PUT', `/api/v1/enterprises/${before.id}/credit-code`, {
        token: application.declarantToken,
        json: { creditCode: next, reason: '自行更正' },
      });
      tally.check(byDeclarant.status === 403, `the declarant on the secretariat's route answered ${byDeclarant.status} ${String(byDeclarant.body.code)}`);
      const noReason = await call(t.app, 'PUT', `/api/v1/enterprises/${before.id}/credit-code`, { token: season.secretariat, json: { creditCode: next } });
      tally.check(noReason.status === 422 && noReason.body.field === 'reason', `a correction without a reason answered ${noReason.status} ${String(noReason.body.field)}`);
      const corrected = await call<Enterprise>(t.app, 'PUT', `/api/v1/enterprises/${before.id}/credit-code`, {
        token: season.secretariat,
        json: { creditCode: next, reason: '营业执照核对有误' },
      });
      tally.check(corrected.status === 200 && corrected.body.creditCode === next, `the secretariat's correction answered ${corrected.status} ${JSON.stringify(corrected.body)}`);
      tally.check((await mine(application.declarantToken)).creditCode === next, 'the enterprise now shows the corrected code');
      const audit = await dataSourceOf(t.app).getRepository(AuditEntry).findBy({ action: 'enterprise.correct_credit_code', entityId: String(before.id) });
      tally.check(
        audit.length === 1 && JSON.stringify(audit[0]!.before) === JSON.stringify({ creditCode: before.creditCode }) && JSON.stringify(audit[0]!.after) === JSON.stringify({ creditCode: next, reason: '营业执照核对有误' }),
        `one audit entry with before and after (${JSON.stringify(audit.map((a) => [a.before, a.after]))})`,
      );
      const unknown = await call(t.app, 'PUT', '/api/v1/enterprises/987654/credit-code', { token: season.secretariat, json: { creditCode: creditCodeFactory(), reason: '核对' } });
      tally.check(unknown.status === 404, `an unknown enterprise answers ${unknown.status}`);
    });
  });

  it('still lets an enterprise that has not submitted record and change its code', async () => {
    await probe('stage ownership', async (tally) => {
      const draft = await draftApplicationFactory(t.app);
      const next = creditCodeFactory();
      const answer = await call<Enterprise>(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token: draft.token, json: { creditCode: next } });
      tally.check(answer.status === 200 && answer.body.creditCode === next, `a draft-only enterprise changes its code: ${answer.status} ${JSON.stringify(answer.body)}`);
    });
  });
});
