import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { memberFactory, PNG_1x1, teamFactory } from './support/member-factories.js';
import { multipartBody } from './support/multipart.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const record = (clientKey: string, extra: Record<string, unknown> = {}) => ({
  clientKey,
  date: '2026-06-12',
  kind: 'pre_shift_meeting',
  content: '班前讲评钢筋绑扎质量要点，强调保护层厚度。',
  place: '3号楼 5 层',
  attendeeIds: [],
  ...extra,
});

function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

describe(`on-site activity records (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_PHOTO_BYTES: String(64 * 1024) });
  });
  afterAll(async () => t.close());

  async function upload(token: string, teamId: number, recordId: number, photoKey: string, content: Buffer, filename = 'p.png') {
    const { payload, headers } = multipartBody([
      { name: 'photoKey', value: photoKey },
      { name: 'photo', filename, content, contentType: 'image/png' },
    ]);
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/teams/${teamId}/activity-records/${recordId}/photos`, payload, headers: { ...headers, authorization: `Bearer ${token}` } });
    return { status: r.statusCode, body: JSON.parse(r.body) as Record<string, unknown> };
  }

  it('stores a record sent three times by a phone on a bad connection once', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const member = await memberFactory(t.app, declarant.token, teamId, '周四');
    const body = record('b1f6a3c2-0d4e-4f5a-8b9c-112233445566', { attendeeIds: [member.memberId] });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, { token: member.token, json: body }));
    expect(replies.map((r) => r.status)).toEqual([201, 200, 200]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const concurrent = await Promise.all(
      Array.from({ length: 3 }, () => call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, { token: member.token, json: record('c0ffee00-0000-4000-8000-000000000001') })),
    );
    expect(new Set(concurrent.map((r) => r.body.id)).size).toBe(1);
    const list = await call<{ total: number }>(t.app, 'GET', `/api/v1/teams/${teamId}/activity-records`, { token: declarant.token });
    expect(list.body.total).toBe(2);
  });

  it('lists with filters by kind and dates, and shows attendees and photos in the detail', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const m = await memberFactory(t.app, declarant.token, teamId, '吴五');
    await call(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, { token: m.token, json: record('k-0001-aaaa', { date: '2026-05-02', kind: 'training' }) });
    const created = await call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, {
      token: m.token,
      json: record('k-0002-bbbb', { date: '2026-06-20', kind: 'quality_inspection', attendeeIds: [m.memberId] }),
    });
    const training = await call<{ items: Array<{ kindLabel: string }> }>(t.app, 'GET', `/api/v1/teams/${teamId}/activity-records?kind=training`, { token: m.token });
    expect(training.body.items.map((r) => r.kindLabel)).toEqual(['培训']);
    const june = await call<{ items: Array<{ date: string }> }>(t.app, 'GET', `/api/v1/teams/${teamId}/activity-records?from=2026-06-01&to=2026-06-30`, { token: m.token });
    expect(june.body.items.map((r) => r.date)).toEqual(['2026-06-20']);

    const photo = await upload(m.token, teamId, created.body.id, 'k-0002-bbbb-0', PNG_1x1);
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ mime: 'image/png', size: PNG_1x1.length });
    const again = await upload(m.token, teamId, created.body.id, 'k-0002-bbbb-0', PNG_1x1);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(photo.body.id);

    const detail = await call<{ attendees: Array<{ name: string }>; photos: Array<{ url: string }>; photoCount: number }>(
      t.app,
      'GET',
      `/api/v1/teams/${teamId}/activity-records/${created.body.id}`,
      { token: declarant.token },
    );
    expect(detail.body.attendees.map((a) => a.name)).toEqual(['吴五']);
    expect(detail.body.photoCount).toBe(1);
    const image = await t.app.inject({ method: 'GET', url: detail.body.photos[0]!.url });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.rawPayload, PNG_1x1)).toBe(0);
  });

  it('rejects a photo that is not an image by its content, and one over the size limit, leaving no file behind', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const created = await call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, { token: declarant.token, json: record('k-0003-cccc') });
    const objects = join(t.config.storage.dir, 'objects');
    const before = countFiles(objects);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(200, 1)]);
    const fake = await upload(declarant.token, teamId, created.body.id, 'k-0003-cccc-0', exe, 'photo.jpg');
    expect(fake.body).toMatchObject({ statusCode: 422, code: 'PHOTO_NOT_IMAGE', message: '照片须为 JPEG、PNG 或 WebP 图片' });
    const big = await upload(declarant.token, teamId, created.body.id, 'k-0003-cccc-1', Buffer.concat([PNG_1x1, Buffer.alloc(64 * 1024)]));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('FILE_TOO_LARGE');
    expect(countFiles(objects)).toBe(before);
    expect(countFiles(join(t.config.storage.dir, 'tmp'))).toBe(0);
  });

  it('takes at most nine photos per record', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const created = await call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${teamId}/activity-records`, { token: declarant.token, json: record('k-0004-dddd') });
    for (let i = 0; i < 9; i++) expect((await upload(declarant.token, teamId, created.body.id, `k-0004-dddd-${i}`, PNG_1x1)).status).toBe(201);
    const tenth = await upload(declarant.token, teamId, created.body.id, 'k-0004-dddd-9', PNG_1x1);
    expect(tenth.body).toMatchObject({ statusCode: 409, code: 'ACTIVITY_PHOTOS_FULL' });
  });

  it('denies a member of another team reading or writing this team’s records', async () => {
    const one = await teamFactory(t.app);
    const other = await teamFactory(t.app);
    const outsider = await memberFactory(t.app, other.declarant.token, other.teamId, '外人');
    const created = await call<{ id: number }>(t.app, 'POST', `/api/v1/teams/${one.teamId}/activity-records`, { token: one.declarant.token, json: record('k-0005-eeee') });
    const read = await call(t.app, 'GET', `/api/v1/teams/${one.teamId}/activity-records/${created.body.id}`, { token: outsider.token });
    expect(read.body).toMatchObject({ statusCode: 404, code: 'TEAM_NOT_FOUND' });
    const list = await call(t.app, 'GET', `/api/v1/teams/${one.teamId}/activity-records`, { token: outsider.token });
    expect(list.status).toBe(404);
    const write = await call(t.app, 'POST', `/api/v1/teams/${one.teamId}/activity-records`, { token: outsider.token, json: record('k-0006-ffff') });
    expect(write.status).toBe(404);
    // A record id of another team is not found through one's own team either.
    const sideways = await call(t.app, 'GET', `/api/v1/teams/${other.teamId}/activity-records/${created.body.id}`, { token: outsider.token });
    expect(sideways.body).toMatchObject({ code: 'ACTIVITY_RECORD_NOT_FOUND' });
  });

  it('validates the record: kind, date, required content, attendees from the team', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const other = await teamFactory(t.app);
    const stranger = await memberFactory(t.app, other.declarant.token, other.teamId, '陌生人');
    const url = `/api/v1/teams/${teamId}/activity-records`;
    expect((await call(t.app, 'POST', url, { token: declarant.token, json: record('k-0007-gggg', { kind: 'party' }) })).body).toMatchObject({ code: 'FIELD_INVALID', field: 'kind' });
    expect((await call(t.app, 'POST', url, { token: declarant.token, json: record('k-0008-hhhh', { date: '12/06/2026' }) })).body).toMatchObject({ field: 'date' });
    expect((await call(t.app, 'POST', url, { token: declarant.token, json: record('k-0009-iiii', { content: '  ' }) })).body).toMatchObject({ code: 'FIELD_REQUIRED', field: 'content' });
    const foreign = await call(t.app, 'POST', url, { token: declarant.token, json: record('k-0010-jjjj', { attendeeIds: [stranger.memberId] }) });
    expect(foreign.body).toMatchObject({ statusCode: 422, code: 'ACTIVITY_ATTENDEE_UNKNOWN' });
  });
});
