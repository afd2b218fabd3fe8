import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { Clock } from '../src/common/clock.js';
import { executableFixture } from './support/material-files.js';
import { contactFactory, statisticsFactory, uploadFile } from './support/recommendation-factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string; details?: { problems: Array<{ code: string }> } };

async function pdfOfPages(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

async function textOfPage(bytes: Uint8Array, pageNumber: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await document.getPage(pageNumber)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
}

describe(`recommendation package (推荐材料 PDF) on ${TEST_DB}`, () => {
  let t: TestApp;
  let unit: { id: number; name: string };
  beforeAll(async () => {
    t = await startTestApp();
    unit = (await call<{ items: Array<{ id: number; name: string }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items.at(-1)!;
  });
  beforeEach(() => t.app.get(Clock).travelTo(new Date('2026-06-15T04:00:00Z')));
  afterAll(async () => t.close());

  it('refuses a letter that is not a PDF, and a build while parts are missing', async () => {
    const contact = await contactFactory(t.app, unit.id);
    const exe = await uploadFile(t.app, contact.token, '/api/v1/recommendation/package/letter', '推荐函.pdf', executableFixture());
    expect(exe.body).toMatchObject({ statusCode: 422, code: 'FILE_TYPE_MISMATCH' });
    expect(String(exe.body.message)).toMatch(/^应上传 PDF 文件/);
    const build = await call<ErrorBody>(t.app, 'POST', '/api/v1/recommendation/package', { token: contact.token });
    expect(build.body).toMatchObject({ statusCode: 422, code: 'PACKAGE_INCOMPLETE' });
    expect(build.body.details!.problems.map((p) => p.code)).toEqual(['PACKAGE_LETTER_MISSING', 'PACKAGE_STATISTICS_MISSING', 'PACKAGE_EXCELLENT_LIST_MISSING']);
  });

  it('merges letter + statistics page + excellent-list notice into one PDF named after the unit, with the statistics in Chinese', async () => {
    const contact = await contactFactory(t.app, unit.id);
    expect((await uploadFile(t.app, contact.token, '/api/v1/recommendation/package/letter', '推荐函.pdf', await pdfOfPages(2))).status).toBe(201);
    expect((await uploadFile(t.app, contact.token, '/api/v1/recommendation/package/excellent-list', '通知.pdf', await pdfOfPages(3))).status).toBe(201);
    expect((await call(t.app, 'PUT', '/api/v1/recommendation/statistics', { token: contact.token, json: statisticsFactory({ staffParticipations: 4321 }) })).status).toBe(200);

    const built = await call<{ version: number; fileName: string; pageCount: number; url: string }>(t.app, 'POST', '/api/v1/recommendation/package', { token: contact.token });
    expect(built.status).toBe(201);
    expect(built.body).toMatchObject({ version: 1, fileName: `${unit.name}.pdf`, pageCount: 6 });
    const download = await t.app.inject({ method: 'GET', url: built.body.url });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(String(download.headers['content-disposition']))).toContain(unit.name);
    const bytes = new Uint8Array(download.rawPayload);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2 + 1 + 3);
    const text = await textOfPage(bytes, 3);
    expect(text).toContain('工程建设质量信得过班组活动统计表');
    expect(text).toContain(unit.name);
    expect(text).toContain('4321');
    expect(text).toContain('王晓燕');

    const again = await call<{ version: number }>(t.app, 'POST', '/api/v1/recommendation/package', { token: contact.token });
    expect(again.body.version).toBe(2);
    const view = await call<{ current: { version: number }; history: unknown[]; letter: { pageCount: number } }>(t.app, 'GET', `/api/v1/recommending-units/${unit.id}/package`, {
      token: contact.secretariat,
    });
    expect(view.body).toMatchObject({ current: { version: 2 }, letter: { pageCount: 2 } });
    expect(view.body.history).toHaveLength(2);
  });
});
