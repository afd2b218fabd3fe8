import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PNG_1x1, pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { api } from './support/api.js';
import { sha256 } from './support/file-hashes.js';
import { NGINX, type RunningProxy } from './support/nginx.js';
import { materialsReviewWindows, presentationsWindows } from './support/review-config.js';
import { type Cluster, largeDeck, moveWindows, onOtherThan, served, startCluster } from './support/scale-out-cluster.js';
import { concurrentWrites } from './support/scale-out-writes.js';
import { login, type RegisteredTeam, registerAndRecommend, scoresOf, screenAndDraw, today } from './support/season.js';
import { type RunningServer } from './support/server.js';

const haveMariaDb = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].some((path) => existsSync(path));

/**
 * Scale-out: two server instances behind Debian's nginx (round-robin, so consecutive requests alternate), sharing one
 * MariaDB database and one S3-compatible bucket (s3rver standing in for MinIO/OSS/COS). A whole season is driven
 * through the proxy; then what two instances could disagree on is checked across them: files, sessions, the login
 * lockout, idempotent retries. The cluster is started by support/scale-out-cluster.ts.
 */
// MariaDB and nginx are installed by the project's own scripts (scripts/lib/system-deps.mjs) before the browser suite: a
// machine without them fails here by name rather than skipping the test.
describe('two instances behind nginx, one MariaDB and one bucket', () => {
  it('has MariaDB and nginx to run on', () => {
    expect({ mariadb: haveMariaDb, nginx: NGINX !== null }).toEqual({ mariadb: true, nginx: true });
  });

  let cluster: Cluster;
  let servers: RunningServer[];
  let proxy: RunningProxy;
  let base: string;
  let teams: RegisteredTeam[];

  beforeAll(async () => {
    cluster = await startCluster();
    ({ servers, proxy, base } = cluster);
  }, 180_000);
  afterAll(() => cluster?.stop());

  it('drives a whole season through the proxy, uploads included, with requests alternating between the instances', async () => {
    // Registration: cards, teams, applications, records, PDF + PPTX materials, submit, recommend.
    teams = await registerAndRecommend(base, async (i) => ({ pdf: await pdfFixture(`班组${i}`), pptx: i === 1 ? largeDeck(`班组${i}`) : pptxFixture(`班组${i}`) }));
    const declarant = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: teams[0]!.cardNo, password: teams[0]!.cardPassword } })).accessToken;
    const record = await api<{ id: number }>(base, 'POST', `/teams/${teams[0]!.teamId}/activity-records`, {
      token: declarant,
      json: { clientKey: 'scale-out-record-0001', date: today(), kind: 'pre_shift_meeting', content: '班前会（照片）', place: '工地', attendeeIds: [] },
    });
    for (const photoKey of ['scale-photo-1', 'scale-photo-2']) {
      const form = new FormData();
      form.append('photoKey', photoKey);
      form.append('photo', new Blob([new Uint8Array(PNG_1x1)], { type: 'image/png' }), `${photoKey}.png`);
      const sent = await fetch(`${base}/api/v1/teams/${teams[0]!.teamId}/activity-records/${record.id}/photos`, { method: 'POST', headers: { authorization: `Bearer ${declarant}` }, body: form });
      expect(sent.status).toBeLessThan(300);
    }
    const withPhotos = await api<{ photos: Array<{ url: string; size: number }> }>(base, 'GET', `/teams/${teams[0]!.teamId}/activity-records/${record.id}`, { token: declarant });
    expect(withPhotos.photos).toHaveLength(2);
    for (const photo of withPhotos.photos) {
      const bytes = new Uint8Array(await (await fetch(`${base}${photo.url}`)).arrayBuffer());
      expect(sha256(bytes)).toBe(sha256(PNG_1x1));
    }

    // Materials review: screening, the draw, every expert scores every team, the leader closes the panel, invitations.
    await moveWindows(base, materialsReviewWindows());
    const { leader, members } = await screenAndDraw(base);
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    const burst = await concurrentWrites(cluster, teams, secretariat, [leader, ...members]);
    await api(base, 'POST', '/reviews/panels/1/materials/close', { token: await login(base, leader.username, leader.password) });
    await api(base, 'POST', '/invitations', { token: secretariat, json: { applicationIds: teams.map((t) => t.applicationId) } });

    // Presentations: one session, every expert scores every team, the leader closes it.
    await moveWindows(base, presentationsWindows());
    const session = await api<{ id: number }>(base, 'POST', '/presentation-sessions', {
      token: secretariat,
      json: { title: '第一场', venue: '北京市海淀区', date: today(), panelNo: 1, applicationIds: teams.map((t) => t.applicationId) },
    });
    for (const [k, expert] of [leader, ...members].entries()) {
      const token = await login(base, expert.username, expert.password);
      for (const [i, team] of teams.entries()) {
        await api(base, 'POST', `/reviews/${team.applicationId}/presentation/submit`, { token, json: { scores: scoresOf('presentation', (i + k) * 0.5) } });
      }
    }
    await api(base, 'POST', `/presentation-sessions/${session.id}/close`, { token: await login(base, leader.username, leader.password), json: {} });

    // Grades, certificates, public verification.
    const proposal = await api<{ items: Array<{ applicationId: number; tiedAtBoundary: boolean }> }>(base, 'POST', '/grading/proposal', { token: secretariat });
    expect(proposal.items).toHaveLength(teams.length);
    for (const item of proposal.items) if (item.tiedAtBoundary) await api(base, 'PUT', `/grading/items/${item.applicationId}`, { token: secretariat, json: { grade: 'improving', reason: '并列，按规则取较低等级' } });
    await api(base, 'POST', '/grading/confirm', { token: secretariat });
    await api(base, 'POST', '/grading/publish', { token: secretariat });
    await api(base, 'POST', '/certificates/issue', { token: secretariat });
    const certificates = await api<{ items: Array<{ certificateNo: string }> }>(base, 'GET', '/certificates', { token: secretariat });
    expect(certificates.items).toHaveLength(teams.length);
    for (const { certificateNo } of certificates.items) {
      expect(await api(base, 'GET', `/public/certificates/${encodeURIComponent(certificateNo)}`)).toMatchObject({ certificateNo });
      const pdf = await fetch(`${base}/api/v1/certificates/${encodeURIComponent(certificateNo)}/pdf`, { headers: { authorization: `Bearer ${secretariat}` } });
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }

    // Both instances served the season, turn about: nginx's log names the upstream of every request.
    await served(proxy, 'GET', '/health', () => fetch(`${base}/api/v1/health`));
    const log = proxy.upstreams();
    expect(proxy.errors()).not.toContain('upstream');
    const upstreams = servers.map((s) => s.url.replace('http://', ''));
    const counts = upstreams.map((u) => log.filter((l) => l.upstream === u).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(log.length);
    for (const count of counts) expect(count).toBeGreaterThan(log.length * 0.4);
    const oneAtATime = [...log.slice(0, burst.from), ...log.slice(burst.to)];
    const switches = oneAtATime.slice(1).filter((l, i) => l.upstream !== oneAtATime[i]!.upstream).length;
    expect(switches).toBeGreaterThan(oneAtATime.length * 0.8);
    // Uploads went through both.
    for (const upstream of upstreams) expect(log.some((l) => l.upstream === upstream && l.method === 'POST' && /\/materials\/(pdf|ppt)$|\/photos$/.test(l.uri))).toBe(true);
  }, 240_000);

  it('downloads through one instance a file uploaded through the other (a 12 MB deck among them), with the same SHA-256', async () => {
    const declarant = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: teams[1]!.cardNo, password: teams[1]!.cardPassword } })).accessToken;
    const materials = await api<{ items: Array<{ kind: string; sha256: string; url: string; current: boolean }> }>(base, 'GET', `/applications/${teams[1]!.applicationId}/materials`, { token: declarant });
    expect(materials.items.map((m) => m.kind).sort()).toEqual(['pdf', 'ppt']);
    for (const material of materials.items) {
      const uploadedBy = proxy.upstreams().find((l) => l.method === 'POST' && l.uri === `/api/v1/applications/${teams[1]!.applicationId}/materials/${material.kind}`)!.upstream;
      const bytes = await onOtherThan(proxy, uploadedBy, material.url.slice('/api/v1'.length), async () => new Uint8Array(await (await fetch(`${base}${material.url}`)).arrayBuffer()));
      expect(sha256(bytes)).toBe(material.sha256);
    }
  });

  it('keeps a login made on one instance on the other, and a logout on one ends it on both', async () => {
    const { result: token, upstream: loggedInOn } = await served(proxy, 'POST', '/auth/login', () => login(base, 'mishuchu', 'Demo@2026'));
    const me = async () => fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await onOtherThan(proxy, loggedInOn, '/auth/me', me)).status).toBe(200);
    const { result: out, upstream: loggedOutOn } = await served(proxy, 'POST', '/auth/logout', () => fetch(`${base}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    expect(out.status).toBe(204);
    expect((await onOtherThan(proxy, loggedOutOn, '/auth/me', me)).status).toBe(401);
    expect((await me()).status).toBe(401);
  });

  it('counts wrong passwords across both instances towards one lockout', async () => {
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    const units = await api<{ items: Array<{ id: number }> }>(base, 'GET', '/recommending-units');
    const contact = await api<{ username: string; password: string }>(base, 'POST', `/recommending-units/${units.items.at(-1)!.id}/contacts`, {
      token: secretariat,
      json: { displayName: '锁定测试联系人', username: 'scale-lockout' },
    });
    const answeredBy = new Set<string>();
    // LOGIN_MAX_FAILURES is 5: four wrong passwords are refused as such, the fifth locks the account.
    for (let i = 0; i < 5; i++) {
      const { result: wrong, upstream } = await served(proxy, 'POST', '/auth/login', () =>
        fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: contact.username, password: 'Wrong@2026x' }) }),
      );
      expect({ attempt: i + 1, status: wrong.status }).toEqual({ attempt: i + 1, status: i < 4 ? 401 : 423 });
      answeredBy.add(upstream);
    }
    expect(answeredBy.size).toBe(2);
    // The right password now fails on either instance: the count lives in the database.
    for (let i = 0; i < 2; i++) {
      const locked = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: contact.username, password: contact.password }) });
      expect({ status: locked.status, code: ((await locked.json()) as { code: string }).code }).toEqual({ status: 423, code: 'ACCOUNT_LOCKED' });
    }
  });
});
