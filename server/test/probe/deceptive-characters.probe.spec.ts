import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { Clock } from '../../src/common/clock.js';
import { applicationFormFactory, draftApplicationFactory } from '../support/factories.js';
import { pdfFixture } from '../support/material-files.js';
import { multipartBody } from '../support/multipart.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Deceptive characters. Found by the outside probe: names and file names kept right-to-left overrides
 * (`申报\u202Efdp.exe` shows as “申报exe.pdf”), NUL, BEL and ESC, and a leading tab was trimmed away, turning `\t=1+1`
 * into the formula `=1+1`. Every text field of a body or query, and every uploaded file's name, must refuse them with
 * TEXT_CHARACTERS_INVALID (FILE_NAME_INVALID for names) naming the field; one-line fields refuse tabs and line breaks too,
 * multi-line ones keep them.
 */

/** Refused in every text: controls, DEL, C1, bidi overrides, embeddings, isolates and marks, Unicode line separators. */
const NEVER = ['\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u0000', '\u0007', '\u001B', '\u0008', '\u007F', '\u0085', '\u009B', '\u2028', '\u2029'];
/** Refused in one-line fields as well. */
const ONE_LINE_ONLY = ['\t', '\n', '\r', '\r\n'];

const show = (s: string) => JSON.stringify(s).slice(1, -1);

interface FieldCase {
  what: string;
  /** The request with `value` placed in the field. */
  send: (value: string) => Promise<{ status: number; body: Record<string, unknown> }>;
  field: string;
  /** A valid value of the field, the bad character is put in its middle. */
  valid: string;
  multiLine?: true;
}

describe(`deceptive characters on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let draft: Awaited<ReturnType<typeof draftApplicationFactory>>;
  let pdf: Buffer;
  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Clock).travelTo(new Date('2026-06-15T04:00:00Z'));
    secretariat = await loginAccount(t.app, 'mishuchu');
    draft = await draftApplicationFactory(t.app);
    pdf = await pdfFixture();
  });
  afterAll(async () => {
    t?.app.get(Clock).travelTo(null);
    await t?.close();
  });

  let n = 0;
  const form = (profile: Record<string, unknown>) => {
    const base = applicationFormFactory(draft.recommendingUnitId);
    return { ...base, profile: { ...base.profile, ...profile } };
  };
  const expert = (fields: Record<string, unknown>) => ({
    name: '张工',
    mobile: `1390000${String(++n).padStart(4, '0')}`,
    enterpriseName: '中建一局集团',
    recommendingUnitId: draft.recommendingUnitId,
    specialties: ['土建'],
    trainingStatus: 'trained',
    trainedAt: '2026-03-01',
    assessmentStatus: 'passed',
    assessedAt: '2026-03-15',
    ...fields,
  });

  const fields = (): FieldCase[] => [
    { what: 'POST /teams', field: 'name', valid: '钢筋班组', send: (v) => call(t.app, 'POST', '/api/v1/teams', { token: draft.token, json: { name: v, kind: 'construction_crew' } }) },
    { what: 'POST /registration-cards', field: 'enterpriseName', valid: '申报建设有限公司', send: (v) => call(t.app, 'POST', '/api/v1/registration-cards', { token: secretariat, json: { enterpriseName: v } }) },
    { what: 'POST /experts', field: 'name', valid: '张工', send: (v) => call(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expert({ name: v }) }) },
    { what: 'POST /experts', field: 'specialties.0', valid: '土建', send: (v) => call(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expert({ specialties: [v] }) }) },
    { what: 'POST /auth/login', field: 'username', valid: 'mishuchu', send: (v) => call(t.app, 'POST', '/api/v1/auth/login', { json: { username: v, password: 'Demo@2026' } }) },
    { what: 'PUT application', field: 'profile.projectName', valid: '轨道交通工程', send: (v) => call(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token, json: form({ projectName: v }) }) },
    { what: 'PUT application', field: 'profile.leaderName', valid: '王建国', send: (v) => call(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token, json: form({ leaderName: v }) }) },
    {
      what: 'PUT application',
      field: 'profile.introduction',
      valid: '班组坚持班前会与质量自检',
      multiLine: true,
      send: (v) => call(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token, json: form({ introduction: v }) }),
    },
    { what: 'GET /experts?q', field: 'q', valid: '张工', send: (v) => call(t.app, 'GET', `/api/v1/experts?q=${encodeURIComponent(v)}`, { token: secretariat }) },
    { what: 'GET /screening/applications?q', field: 'q', valid: '钢筋', send: (v) => call(t.app, 'GET', `/api/v1/screening/applications?q=${encodeURIComponent(v)}`, { token: secretariat }) },
  ];

  it('refuses control and bidi characters in every text field, naming the field; tabs and line breaks in one-line fields', async () => {
    await probe('deceptive characters', async (tally) => {
      for (const c of fields()) {
        const bad = [...NEVER, ...(c.multiLine ? ['\r'] : ONE_LINE_ONLY)];
        const values = [...bad.map((ch) => c.valid.slice(0, 2) + ch + c.valid.slice(2)), ...(c.multiLine ? [] : ['\t=1+1', `\t${c.valid}`, `${c.valid}\n`])];
        for (const value of values) {
          const answer = await c.send(value);
          tally.check(
            answer.status === 422 && answer.body.code === 'TEXT_CHARACTERS_INVALID' && answer.body.field === c.field,
            `${c.what} ${c.field}="${show(value)}" answered ${answer.status} ${String(answer.body.code)} ${String(answer.body.field)}`,
          );
        }
      }
    });
  });

  it('keeps line breaks and tabs in multi-line fields', async () => {
    await probe('deceptive characters', async (tally) => {
      const multiLine = fields().filter((c) => c.multiLine);
      for (const c of multiLine) {
        for (const value of [`第一段\n第二段`, `第一段\r\n第二段`, `\t首行缩进`, `要点：\n\t一、班前会\n\t二、自检`]) {
          const answer = await c.send(value);
          tally.check(answer.status < 300, `${c.what} ${c.field}="${show(value)}" answered ${answer.status} ${String(answer.body.code)}`);
        }
      }
    });
  });

  it('refuses an uploaded file whose name carries control or bidi characters, and stores nothing', async () => {
    await probe('deceptive characters', async (tally) => {
      const upload = async (filename: string) => {
        const { payload, headers } = multipartBody([{ name: 'file', filename, content: pdf, contentType: 'application/pdf' }]);
        const reply = await t.app.inject({
          method: 'POST',
          url: `/api/v1/applications/${draft.applicationId}/materials/pdf`,
          payload,
          headers: { ...headers, authorization: `Bearer ${draft.token}` },
        });
        return { status: reply.statusCode, body: JSON.parse(reply.body) as Record<string, unknown> };
      };
      const before = await call<unknown[]>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: draft.token });
      const names = [
        '申报\u202Efdp.exe',
        '申报\u202Excod.pdf',
        '申报材料\u202D.pdf',
        '\u2067申报\u2069.pdf',
        '申报\u200F材料.pdf',
        'a\u0000.pdf',
        'a\u0007.pdf',
        '\u001B[31m申报.pdf',
        'a\u007F.pdf',
        'a\u0085.pdf',
        '\t=1+1.pdf',
        '申报\t材料.pdf',
      ];
      for (const name of names) {
        const answer = await upload(name);
        tally.check(
          answer.status === 422 && answer.body.code === 'FILE_NAME_INVALID' && answer.body.field === 'file',
          `file name "${show(name)}" answered ${answer.status} ${String(answer.body.code)} ${String(answer.body.field)}`,
        );
      }
      const after = await call<unknown[]>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: draft.token });
      tally.check(JSON.stringify(after.body) === JSON.stringify(before.body), 'no material was recorded from a refused name');
      const clean = await upload('申报材料.pdf');
      tally.check(clean.status < 300, `a plain name is taken (${clean.status} ${String(clean.body.code)})`);
    });
  });
});
