import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { activityRecordFactory, draftApplicationFactory } from './support/factories.js';
import { encryptedPdfFixture, executableFixture, oleFixture, pdfFixture, pptxFixture, zipFixture } from './support/material-files.js';
import { type FormPart, multipartBody } from './support/multipart.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type MaterialReply = { id: number; kind: string; version: number; originalName: string; size: number; sha256: string; url: string; mime: string };
type ErrorBody = { statusCode: number; code: string; message: string };

const PDF_LIMIT = 4096;

describe(`申报材料 uploads on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_PDF_BYTES: String(PDF_LIMIT) });
  });
  beforeEach(() => t.app.get(Clock).travelTo(new Date('2026-06-15T04:00:00Z')));
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    await t.close();
  });

  const storedFiles = (sub: 'tmp' | 'objects') => {
    try {
      return readdirSync(join(t.config.storage.dir, sub), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    } catch {
      return 0;
    }
  };

  async function send(token: string, applicationId: number, kind: string, parts: FormPart[], options: { truncate?: boolean } = {}) {
    const body = multipartBody(parts, options);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/materials/${kind}`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}` },
    });
    return { status: reply.statusCode, body: JSON.parse(reply.body) as MaterialReply & ErrorBody };
  }
  const upload = (token: string, applicationId: number, kind: string, filename: string, content: Buffer) =>
    send(token, applicationId, kind, [{ name: 'file', filename, content }]);

  async function versions(token: string, applicationId: number) {
    const reply = await call<{ items: Array<MaterialReply & { current: boolean }> }>(t.app, 'GET', `/api/v1/applications/${applicationId}/materials`, { token });
    return reply.body.items.map((m) => `${m.kind} v${m.version}${m.current ? ' current' : ''}`);
  }

  it('keeps the name the person picked when the client sends it as the fileName field (WeChat names the file part tmp_….pdf)', async () => {
    const d = await draftApplicationFactory(t.app);
    const pdf = await pdfFixture('weapp');
    const named = await send(d.token, d.applicationId, 'pdf', [{ name: 'fileName', value: '钢筋加工一班申报材料.pdf' }, { name: 'file', filename: 'tmp_1.pdf', content: pdf }]);
    expect(named.status).toBe(201);
    expect(named.body.originalName).toBe('钢筋加工一班申报材料.pdf');
    // After the file, as some clients order the parts, it still wins; without it the file part's name is kept.
    const after = await send(d.token, d.applicationId, 'pdf', [{ name: 'file', filename: 'tmp_2.pdf', content: pdf }, { name: 'fileName', value: '第二版.pdf' }]);
    expect(after.body.originalName).toBe('第二版.pdf');
    expect((await upload(d.token, d.applicationId, 'pdf', 'tmp_3.pdf', pdf)).body.originalName).toBe('tmp_3.pdf');
    // A deceptive name (a direction override) is refused like one on the file part.
    const deceptive = await send(d.token, d.applicationId, 'pdf', [{ name: 'fileName', value: '申报\u202Efdp.exe' }, { name: 'file', filename: 'tmp_4.pdf', content: pdf }]);
    expect(deceptive.status).toBe(422);
    expect(deceptive.body.code).toBe('FILE_NAME_INVALID');
  });

  it('keeps every version of the PDF and the PPT, the highest being current, and serves them by signed link', async () => {
    const d = await draftApplicationFactory(t.app);
    const v1 = await pdfFixture('v1');
    const first = await upload(d.token, d.applicationId, 'pdf', '钢筋班申报材料.pdf', v1);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'pdf', version: 1, originalName: '钢筋班申报材料.pdf', mime: 'application/pdf' });
    const second = await upload(d.token, d.applicationId, 'pdf', '钢筋班申报材料（修改）.pdf', await pdfFixture('v2'));
    expect(second.body.version).toBe(2);
    expect((await upload(d.token, d.applicationId, 'ppt', '发布.pptx', pptxFixture())).body).toMatchObject({
      version: 1,
      mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    });
    expect((await upload(d.token, d.applicationId, 'ppt', '发布.ppt', oleFixture(['PowerPoint Document', 'Current User']))).body).toMatchObject({
      version: 2,
      mime: 'application/vnd.ms-powerpoint',
    });
    expect(await versions(d.token, d.applicationId)).toEqual(['pdf v2 current', 'pdf v1', 'ppt v2 current', 'ppt v1']);

    const view = await call<{ materials: { pdf: { version: number }; ppt: { version: number } } }>(t.app, 'GET', `/api/v1/teams/${d.teamId}/application`, {
      token: d.token,
    });
    expect(view.body.materials).toMatchObject({ pdf: { version: 2 }, ppt: { version: 2 } });

    const download = await t.app.inject({ method: 'GET', url: first.body.url });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(v1)).toBe(true);
  });

  it('judges the file by its content: a PDF renamed .pptx and an executable renamed .pdf are refused', async () => {
    const d = await draftApplicationFactory(t.app);
    const pdfAsPptx = await upload(d.token, d.applicationId, 'ppt', '发布材料.pptx', await pdfFixture());
    expect(pdfAsPptx.body).toMatchObject({ statusCode: 422, code: 'FILE_TYPE_MISMATCH', message: '应上传 PPT 或 PPTX 文件，收到的文件内容是 PDF' });
    const exeAsPdf = await upload(d.token, d.applicationId, 'pdf', '申报材料.pdf', executableFixture());
    expect(exeAsPdf.body).toMatchObject({ statusCode: 422, code: 'FILE_TYPE_MISMATCH', message: '应上传 PDF 文件，收到的文件内容是 EXE' });
    const pptxAsPdf = await upload(d.token, d.applicationId, 'pdf', '申报材料.pdf', pptxFixture());
    expect(pptxAsPdf.body.message).toBe('应上传 PDF 文件，收到的文件内容是 PPTX');
    const text = await upload(d.token, d.applicationId, 'pdf', '申报材料.pdf', Buffer.from('这不是 PDF'));
    expect(text.body.message).toBe('应上传 PDF 文件，无法识别收到的文件类型');
    const docx = await upload(d.token, d.applicationId, 'ppt', '发布.pptx', zipFixture({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }));
    expect(docx.body.code).toBe('FILE_TYPE_MISMATCH');
    expect(await versions(d.token, d.applicationId)).toEqual([]);
    expect(storedFiles('tmp')).toBe(0);
  });

  it('refuses encrypted and unreadable files with what to do about them', async () => {
    const d = await draftApplicationFactory(t.app);
    expect((await upload(d.token, d.applicationId, 'pdf', 'locked.pdf', encryptedPdfFixture())).body).toMatchObject({
      statusCode: 422,
      code: 'FILE_ENCRYPTED',
      message: '文件已加密，请去除密码保护后重新上传',
    });
    expect((await upload(d.token, d.applicationId, 'ppt', 'locked.pptx', oleFixture(['EncryptionInfo', 'EncryptedPackage']))).body.code).toBe('FILE_ENCRYPTED');
    const brokenPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x41)]);
    expect((await upload(d.token, d.applicationId, 'pdf', 'broken.pdf', brokenPdf)).body.code).toBe('FILE_UNREADABLE');
    const brokenZip = pptxFixture().subarray(0, 120);
    expect((await upload(d.token, d.applicationId, 'ppt', 'broken.pptx', brokenZip)).body).toMatchObject({ statusCode: 422, code: 'FILE_UNREADABLE' });
    expect(await versions(d.token, d.applicationId)).toEqual([]);
    expect(storedFiles('tmp')).toBe(0);
  });

  it('accepts a PDF of exactly the limit and refuses one byte more', async () => {
    const d = await draftApplicationFactory(t.app);
    const pdf = await pdfFixture();
    const exact = Buffer.concat([pdf, Buffer.alloc(PDF_LIMIT - pdf.length, 0x20)]);
    expect((await upload(d.token, d.applicationId, 'pdf', 'exact.pdf', exact)).status).toBe(201);
    const over = Buffer.concat([exact, Buffer.from(' ')]);
    const objects = storedFiles('objects');
    expect((await upload(d.token, d.applicationId, 'pdf', 'over.pdf', over)).body).toMatchObject({
      statusCode: 413,
      code: 'FILE_TOO_LARGE',
      message: '文件超过 4 KB 的上限',
    });
    expect(await versions(d.token, d.applicationId)).toEqual(['pdf v1 current']);
    expect(storedFiles('tmp')).toBe(0);
    expect(storedFiles('objects')).toBe(objects);
  });

  it('keeps nothing of an upload cut off halfway: no file in storage, nothing recorded', async () => {
    const d = await draftApplicationFactory(t.app);
    const objects = storedFiles('objects');
    const reply = await send(d.token, d.applicationId, 'ppt', [{ name: 'file', filename: 'big.pptx', content: Buffer.concat([pptxFixture(), Buffer.alloc(3000, 1)]) }], {
      truncate: true,
    });
    expect(reply.body).toMatchObject({ statusCode: 400, code: 'UPLOAD_INCOMPLETE' });
    expect(storedFiles('tmp')).toBe(0);
    expect(storedFiles('objects')).toBe(objects);
    expect(await versions(d.token, d.applicationId)).toEqual([]);
  });

  it('names what is wrong with the request: not multipart, no file, unknown slot', async () => {
    const d = await draftApplicationFactory(t.app);
    const json = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${d.applicationId}/materials/pdf`, { token: d.token, json: { file: 'x' } });
    expect(json.body).toMatchObject({ statusCode: 415, code: 'UPLOAD_NOT_MULTIPART' });
    expect((await send(d.token, d.applicationId, 'pdf', [])).body).toMatchObject({ statusCode: 422, code: 'UPLOAD_FILE_MISSING' });
    expect((await upload(d.token, d.applicationId, 'doc', 'a.doc', await pdfFixture())).body).toMatchObject({ statusCode: 404, code: 'MATERIAL_KIND_INVALID' });
  });

  it('accepts materials only while the application is a draft', async () => {
    const d = await draftApplicationFactory(t.app);
    await upload(d.token, d.applicationId, 'pdf', 'a.pdf', await pdfFixture());
    await upload(d.token, d.applicationId, 'ppt', 'a.pptx', pptxFixture());
    await activityRecordFactory(t.app, d.token, d.teamId);
    expect((await call(t.app, 'POST', `/api/v1/applications/${d.applicationId}/submit`, { token: d.token })).status).toBe(200);
    const late = await upload(d.token, d.applicationId, 'pdf', 'b.pdf', await pdfFixture('late'));
    expect(late.body).toMatchObject({ statusCode: 409, code: 'APPLICATION_NOT_DRAFT' });
    expect(await versions(d.token, d.applicationId)).toEqual(['pdf v1 current', 'ppt v1 current']);
  });

  it('hides another enterprise’s application', async () => {
    const a = await draftApplicationFactory(t.app);
    const b = await draftApplicationFactory(t.app);
    expect((await upload(b.token, a.applicationId, 'pdf', 'a.pdf', await pdfFixture())).body).toMatchObject({ statusCode: 404, code: 'APPLICATION_NOT_FOUND' });
    expect((await call<ErrorBody>(t.app, 'GET', `/api/v1/applications/${a.applicationId}/materials`, { token: b.token })).status).toBe(404);
  });
});
