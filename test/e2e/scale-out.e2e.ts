import { createHash, randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConnection } from 'mysql2/promise';
import { startMariaDb, type ThrowawayMariaDb } from '../../scripts/lib/mariadb.mjs';
import { PNG_1x1, pdfFixture, pptxFixture, zipFixture } from '../../server/test/support/material-files.js';
import { api } from './support/api.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { NGINX, type RunningProxy, startNginx } from './support/nginx.js';
import { materialsReviewWindows, presentationsWindows } from './support/review-config.js';
import { type S3StandIn, startS3StandIn } from './support/s3.js';
import { login, type RegisteredTeam, registerAndRecommend, scoresOf, screenAndDraw, today } from './support/season.js';
import { type RunningServer, startServer } from './support/server.js';

const haveMariaDb = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].some((path) => existsSync(path));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A deck with a 12 MB picture in it: streamed through nginx unbuffered, then put into the bucket in parts. */
function largeDeck(title: string): Buffer {
  return zipFixture({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    'ppt/presentation.xml': `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><!-- ${title} --></p:presentation>`,
    'ppt/media/image1.png': randomBytes(12 * 1024 * 1024),
  });
}

/**
 * Scale-out: two server instances behind Debian's nginx (round-robin, so consecutive requests alternate), sharing one
 * MariaDB database and one S3-compatible bucket (s3rver standing in for MinIO/OSS/COS). A whole season is driven
 * through the proxy; then what two instances could disagree on is checked across them: files, sessions, the login
 * lockout, idempotent retries.
 */
// MariaDB and nginx are installed by the project's own scripts (scripts/lib/system-deps.mjs) before the browser suite: a
// machine without them fails here by name rather than skipping the test.
describe('two instances behind nginx, one MariaDB and one bucket', () => {
  it('has MariaDB and nginx to run on', () => {
    expect({ mariadb: haveMariaDb, nginx: NGINX !== null }).toEqual({ mariadb: true, nginx: true });
  });

  let mariadb: ThrowawayMariaDb;
  let s3: S3StandIn;
  let configDir: string;
  const servers: RunningServer[] = [];
  let proxy: RunningProxy;
  let base: string;
  let teams: RegisteredTeam[];

  beforeAll(async () => {
    mariadb = await startMariaDb(() => undefined);
    const { MARIADB_HOST: host, MARIADB_PORT: port, MARIADB_USER: user, MARIADB_PASSWORD: password } = mariadb.env;
    const admin = await createConnection({ host, port: Number(port), user, password });
    await admin.query('CREATE DATABASE cacem_scale CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    s3 = await startS3StandIn();
    configDir = configDirInRegistrationWindow();
    const env = {
      DB_TYPE: 'mariadb',
      DB_HOST: host,
      DB_PORT: port,
      DB_USER: user,
      DB_PASSWORD: password,
      DB_NAME: 'cacem_scale',
      ...s3.env,
      // One secret: a token signed by one instance is checked by the other.
      JWT_SECRET: 'scale-out-e2e-shared-secret-0123456789abcdef',
      CONFIG_DIR: configDir,
      SIMILARITY_AFTER_SCREENING_MS: '0',
      // nginx (on loopback) sets X-Forwarded-For: believed from it alone, so each client keeps its own address.
      TRUST_PROXY: '127.0.0.1',
    };
    // One after the other: the first migrates and seeds, the second finds it done.
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    proxy = await startNginx(
      servers.map((s) => s.url.replace('http://', '')),
      { maxBodyMb: 64 },
    );
    base = proxy.url;
  }, 180_000);
  afterAll(async () => {
    await proxy?.stop();
    for (const server of servers) await server.stop();
    await s3?.stop();
    await mariadb?.stop();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  /**
   * One request to `method path` (such requests are sent one at a time) and the instance that answered it. nginx writes
   * the access log line once the response is finished, which can be just after the client has it (and after the next
   * request has started): wait for this request's own line.
   */
  async function served<T>(method: string, path: string, request: () => Promise<T>): Promise<{ result: T; upstream: string }> {
    const uri = `/api/v1${path}`;
    const lines = () => proxy.upstreams().filter((l) => l.method === method && l.uri === uri);
    const before = lines().length;
    const result = await request();
    for (let waited = 0; lines().length <= before; waited += 20) {
      if (waited > 5000) throw new Error(`nginx logged no line for ${method} ${uri}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { result, upstream: lines()[before]!.upstream };
  }
  /** Repeats a safe GET until the other instance than `not` answers it (round-robin: the next one). */
  async function onOtherThan<T>(not: string, path: string, request: () => Promise<T>): Promise<T> {
    for (let i = 0; i < 4; i++) {
      const { result, upstream } = await served('GET', path, request);
      if (upstream !== not) return result;
    }
    throw new Error(`every request went to ${not}`);
  }
  async function moveWindows(windows: unknown) {
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    const current = await api<{ settings: Record<string, unknown> }>(base, 'GET', '/campaigns/current');
    await api(base, 'PUT', '/campaigns/current/settings', { token: secretariat, json: { settings: { ...current.settings, windows } } });
  }

  /**
   * A client that did not hear the answer sends its submission again with the same Idempotency-Key; round-robin takes
   * the retry to the other instance, which replays the recorded answer instead of running it twice.
   */
  async function submitWithKey(token: string, applicationId: number, scores: Record<string, number>) {
    const { result, upstream } = await served('POST', `/reviews/${applicationId}/materials/submit`, async () => {
      const reply = await fetch(`${base}/api/v1/reviews/${applicationId}/materials/submit`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'scale-out-submit-0001' },
        body: JSON.stringify({ scores }),
      });
      return { status: reply.status, replayed: reply.headers.get('idempotent-replayed'), body: await reply.text() };
    });
    return { ...result, upstream };
  }
  async function submitTwice(token: string, applicationId: number, scores: Record<string, number>) {
    const first = await submitWithKey(token, applicationId, scores);
    expect(first.status).toBe(200);
    const retry = await submitWithKey(token, applicationId, scores);
    expect(retry.upstream).not.toBe(first.upstream);
    expect(retry).toMatchObject({ status: 200, replayed: 'true', body: first.body });
  }

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
    await moveWindows(materialsReviewWindows());
    const { leader, members } = await screenAndDraw(base);
    for (const [k, expert] of [leader, ...members].entries()) {
      const token = await login(base, expert.username, expert.password);
      for (const [i, team] of teams.entries()) {
        if (k === 0 && i === 0) await submitTwice(token, team.applicationId, scoresOf('materials', 0));
        else await api(base, 'POST', `/reviews/${team.applicationId}/materials/submit`, { token, json: { scores: scoresOf('materials', (i + k) * 0.5) } });
      }
    }
    await api(base, 'POST', '/reviews/panels/1/materials/close', { token: await login(base, leader.username, leader.password) });
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    await api(base, 'POST', '/invitations', { token: secretariat, json: { applicationIds: teams.map((t) => t.applicationId) } });

    // Presentations: one session, every expert scores every team, the leader closes it.
    await moveWindows(presentationsWindows());
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
    await served('GET', '/health', () => fetch(`${base}/api/v1/health`));
    const log = proxy.upstreams();
    expect(proxy.errors()).not.toContain('upstream');
    const upstreams = servers.map((s) => s.url.replace('http://', ''));
    const counts = upstreams.map((u) => log.filter((l) => l.upstream === u).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(log.length);
    for (const count of counts) expect(count).toBeGreaterThan(log.length * 0.4);
    const switches = log.slice(1).filter((l, i) => l.upstream !== log[i]!.upstream).length;
    expect(switches).toBeGreaterThan(log.length * 0.8);
    // Uploads went through both.
    for (const upstream of upstreams) expect(log.some((l) => l.upstream === upstream && l.method === 'POST' && /\/materials\/(pdf|ppt)$|\/photos$/.test(l.uri))).toBe(true);
  }, 240_000);

  it('downloads through one instance a file uploaded through the other (a 12 MB deck among them), with the same SHA-256', async () => {
    const declarant = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: teams[1]!.cardNo, password: teams[1]!.cardPassword } })).accessToken;
    const materials = await api<{ items: Array<{ kind: string; sha256: string; url: string; current: boolean }> }>(base, 'GET', `/applications/${teams[1]!.applicationId}/materials`, { token: declarant });
    expect(materials.items.map((m) => m.kind).sort()).toEqual(['pdf', 'ppt']);
    for (const material of materials.items) {
      const uploadedBy = proxy.upstreams().find((l) => l.method === 'POST' && l.uri === `/api/v1/applications/${teams[1]!.applicationId}/materials/${material.kind}`)!.upstream;
      const bytes = await onOtherThan(uploadedBy, material.url.slice('/api/v1'.length), async () => new Uint8Array(await (await fetch(`${base}${material.url}`)).arrayBuffer()));
      expect(sha256(bytes)).toBe(material.sha256);
    }
  });

  it('keeps a login made on one instance on the other, and a logout on one ends it on both', async () => {
    const { result: token, upstream: loggedInOn } = await served('POST', '/auth/login', () => login(base, 'mishuchu', 'Demo@2026'));
    const me = async () => fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await onOtherThan(loggedInOn, '/auth/me', me)).status).toBe(200);
    const { result: out, upstream: loggedOutOn } = await served('POST', '/auth/logout', () => fetch(`${base}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    expect(out.status).toBe(204);
    expect((await onOtherThan(loggedOutOn, '/auth/me', me)).status).toBe(401);
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
      const { result: wrong, upstream } = await served('POST', '/auth/login', () =>
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
