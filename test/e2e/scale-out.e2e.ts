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
import { type Credentials, login, type RegisteredTeam, registerAndRecommend, scoresOf, screenAndDraw, today } from './support/season.js';
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
    const mine = (l: { method: string; uri: string }) => l.method === method && l.uri === uri;
    const before = proxy.upstreams().filter(mine).length;
    const result = await request();
    await proxy.logged(mine, before, `line for ${method} ${uri}`);
    return { result, upstream: proxy.upstreams().filter(mine)[before]!.upstream };
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

  type Verified = { intact: boolean; entries: number; message: string };
  type Sheet = { version: number; overallComment: string | null; status: string };
  const RECORDS_PER_TEAM = 6;
  /** The access log's lines of the concurrent writes: left out when checking that one-at-a-time requests alternate. */
  const burst = { from: 0, to: 0 };

  /**
   * Writes racing through nginx to both instances on one MariaDB, then the audit chain checked whole. Every team's
   * declarant sends six activity records at once, each twice at once (a phone's retry racing its first send); every
   * expert saves a draft of every sheet, then saves each sheet from two devices at once with the same version (exactly
   * one wins, the other is told 409); then the experts submit every sheet at once. Each created record and each
   * submission writes one audit entry, and nothing else writes one meanwhile (logins are done before counting).
   */
  async function concurrentWrites(secretariat: string, experts: Credentials[]) {
    const declarants = await Promise.all(
      teams.map(async (team) => (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken),
    );
    const expertTokens = await Promise.all(experts.map((expert) => login(base, expert.username, expert.password)));
    const verify = () => api<Verified>(base, 'GET', '/console/audit/verify', { token: secretariat });
    const recordsOf = async (i: number) => (await api<{ total: number }>(base, 'GET', `/teams/${teams[i]!.teamId}/activity-records`, { token: declarants[i]! })).total;
    const recordsBefore = await Promise.all(teams.map((_, i) => recordsOf(i)));
    const before = await verify();
    expect(before).toMatchObject({ intact: true });
    const logged = proxy.upstreams().length;
    burst.from = logged;
    const send = async (method: string, path: string, token: string, json: unknown, headers: Record<string, string> = {}) => {
      const reply = await fetch(`${base}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) });
      return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
    };

    // Records: 3 teams × 6 records × 2 sends, all at once.
    const records = teams.flatMap((team, i) =>
      Array.from({ length: RECORDS_PER_TEAM }, (_, r) => ({
        team,
        token: declarants[i]!,
        json: { clientKey: `race-${i}-${r}-0000`, date: today(), kind: 'pre_shift_meeting', content: `并发班前会 ${i}-${r}`, place: '工地', attendeeIds: [] },
      })),
    );
    const sent = await Promise.all(records.flatMap((record) => [0, 1].map(() => send('POST', `/teams/${record.team.teamId}/activity-records`, record.token, record.json))));
    for (const [n, record] of records.entries()) {
      const pair = [sent[2 * n]!, sent[2 * n + 1]!];
      // One send created it (201), the other was told it is stored (200): the same record.
      expect({ clientKey: record.json.clientKey, statuses: pair.map((p) => p.status).sort() }).toEqual({ clientKey: record.json.clientKey, statuses: [200, 201] });
      expect(pair[0]!.body.id).toBe(pair[1]!.body.id);
    }
    // Each team has exactly six more records, not twelve.
    expect(await Promise.all(teams.map((_, i) => recordsOf(i)))).toEqual(recordsBefore.map((n) => n + RECORDS_PER_TEAM));

    // Score sheets: a first draft of each of the 9 sheets at once, then two devices saving each sheet at once.
    const sheets = expertTokens.flatMap((token, k) => teams.map((team, i) => ({ token, k, i, path: `/reviews/${team.applicationId}/materials` })));
    const drafts = await Promise.all(sheets.map((sheet) => send('PUT', sheet.path, sheet.token, { scores: scoresOf('materials', 1) })));
    for (const draft of drafts) expect({ status: draft.status, version: draft.body.version }).toEqual({ status: 200, version: 1 });
    const devices = ['设备甲', '设备乙'];
    const raced = await Promise.all(sheets.flatMap((sheet) => devices.map((device) => send('PUT', sheet.path, sheet.token, { scores: scoresOf('materials', 0.5), overallComment: device, version: 1 }))));
    for (const [n, sheet] of sheets.entries()) {
      const pair = [raced[2 * n]!, raced[2 * n + 1]!];
      expect(pair.map((p) => p.status).sort()).toEqual([200, 409]);
      const winner = pair.find((p) => p.status === 200)!;
      const loser = pair.find((p) => p.status === 409)!;
      expect(loser.body).toMatchObject({ statusCode: 409, code: 'CONFLICT' });
      const stored = await api<{ sheet: Sheet }>(base, 'GET', sheet.path, { token: sheet.token });
      expect(stored.sheet).toMatchObject({ version: 2, status: 'draft', overallComment: winner.body.overallComment });
    }

    // Submissions: the other eight at once; the first expert's first sheet is retried with its key on the other instance.
    const submits = await Promise.all(
      sheets.filter((s) => s.k !== 0 || s.i !== 0).map((sheet) => send('POST', `${sheet.path}/submit`, sheet.token, { scores: scoresOf('materials', (sheet.i + sheet.k) * 0.5) })),
    );
    expect(submits.map((s) => s.status)).toEqual(Array(8).fill(200));
    await submitTwice(expertTokens[0]!, teams[0]!.applicationId, scoresOf('materials', 0));

    // The burst went to both instances, and the chain is whole with exactly one entry per record and per submission.
    await served('GET', '/health', () => fetch(`${base}/api/v1/health`));
    burst.to = proxy.upstreams().length;
    const lines = proxy.upstreams().slice(burst.from, burst.to);
    for (const server of servers) expect(lines.filter((l) => l.upstream === server.url.replace('http://', '') && l.method !== 'GET').length).toBeGreaterThan(10);
    const after = await verify();
    expect(after).toMatchObject({ intact: true });
    expect(after.entries).toBe(before.entries + records.length + sheets.length);
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
    const secretariat = await login(base, 'mishuchu', 'Demo@2026');
    await concurrentWrites(secretariat, [leader, ...members]);
    await api(base, 'POST', '/reviews/panels/1/materials/close', { token: await login(base, leader.username, leader.password) });
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
