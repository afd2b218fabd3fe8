import { expect } from '@jest/globals';
import { api } from './api.js';
import { type Cluster, served } from './scale-out-cluster.js';
import { type Credentials, login, type RegisteredTeam, scoresOf, today } from './season.js';

/** scale-out.e2e.ts's writes racing through both instances at once, and an idempotent retry landing on the other one. */

/**
 * A client that did not hear the answer sends its submission again with the same Idempotency-Key; round-robin takes
 * the retry to the other instance, which replays the recorded answer instead of running it twice.
 */
async function submitWithKey({ proxy, base }: Cluster, token: string, applicationId: number, scores: Record<string, number>) {
  const { result, upstream } = await served(proxy, 'POST', `/reviews/${applicationId}/materials/submit`, async () => {
    const reply = await fetch(`${base}/api/v1/reviews/${applicationId}/materials/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'scale-out-submit-0001' },
      body: JSON.stringify({ scores }),
    });
    return { status: reply.status, replayed: reply.headers.get('idempotent-replayed'), body: await reply.text() };
  });
  return { ...result, upstream };
}
async function submitTwice(cluster: Cluster, token: string, applicationId: number, scores: Record<string, number>) {
  const first = await submitWithKey(cluster, token, applicationId, scores);
  expect(first.status).toBe(200);
  const retry = await submitWithKey(cluster, token, applicationId, scores);
  expect(retry.upstream).not.toBe(first.upstream);
  expect(retry).toMatchObject({ status: 200, replayed: 'true', body: first.body });
}

type Verified = { intact: boolean; entries: number; message: string };
type Sheet = { version: number; overallComment: string | null; status: string };
const RECORDS_PER_TEAM = 6;

/**
 * Writes racing through nginx to both instances on one MariaDB, then the audit chain checked whole. Every team's
 * declarant sends six activity records at once, each twice at once (a phone's retry racing its first send); every
 * expert saves a draft of every sheet, then saves each sheet from two devices at once with the same version (exactly
 * one wins, the other is told 409); then the experts submit every sheet at once. Each created record and each
 * submission writes one audit entry, and nothing else writes one meanwhile (logins are done before counting).
 */
export async function concurrentWrites(cluster: Cluster, teams: RegisteredTeam[], secretariat: string, experts: Credentials[]): Promise<{ from: number; to: number }> {
  const { base, proxy, servers } = cluster;
  const declarants = await Promise.all(
    teams.map(async (team) => (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken),
  );
  const expertTokens = await Promise.all(experts.map((expert) => login(base, expert.username, expert.password)));
  const verify = () => api<Verified>(base, 'GET', '/console/audit/verify', { token: secretariat });
  const recordsOf = async (i: number) => (await api<{ total: number }>(base, 'GET', `/teams/${teams[i]!.teamId}/activity-records`, { token: declarants[i]! })).total;
  const recordsBefore = await Promise.all(teams.map((_, i) => recordsOf(i)));
  const before = await verify();
  expect(before).toMatchObject({ intact: true });
  const burst = { from: proxy.upstreams().length, to: 0 };
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
  await submitTwice(cluster, expertTokens[0]!, teams[0]!.applicationId, scoresOf('materials', 0));

  // The burst went to both instances, and the chain is whole with exactly one entry per record and per submission.
  await served(proxy, 'GET', '/health', () => fetch(`${base}/api/v1/health`));
  burst.to = proxy.upstreams().length;
  const lines = proxy.upstreams().slice(burst.from, burst.to);
  for (const server of servers) expect(lines.filter((l) => l.upstream === server.url.replace('http://', '') && l.method !== 'GET').length).toBeGreaterThan(10);
  const after = await verify();
  expect(after).toMatchObject({ intact: true });
  expect(after.entries).toBe(before.entries + records.length + sheets.length);
  return burst;
}
