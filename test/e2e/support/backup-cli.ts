import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import Database from 'better-sqlite3';
import { api } from './api.js';
import { sha256 } from './file-hashes.js';
import { login, type RegisteredTeam } from './season.js';
import { ROOT, type RunningServer } from './server.js';

/**
 * The server's command-line programs (`npm run backup`, `npm run restore`, `npm run audit-verify`) as the backup
 * tests run them, and what those tests compare a restored instance by.
 */

const DIST = process.env.E2E_SERVER_DIST ?? join(ROOT, 'server/dist');
// No background senders: the source must not change by itself after the backup, or the comparison would be unfair.
export const QUIET = { NOTIFY_INTERVAL_MS: '0', SIMILARITY_AFTER_SCREENING_MS: '0' };

export interface Run {
  code: number | null;
  output: string;
}

/** One of the server's command-line programs (backup, restore, audit-verify), run as `npm run …` would, without blocking. */
export function cli(program: 'backup' | 'restore' | 'audit-verify', args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli', `${program}.js`), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The numbers on the summary line: 表 N 张 · 行 N · 文件 N 个 · N 字节 · 用时 N 秒. */
export function summaryOf(output: string): { tables: number; rows: number; files: number; bytes: number; seconds: number } {
  const m = /表 (\d+) 张 · 行 (\d+) · 文件 (\d+) 个 · (\d+) 字节 · 用时 ([\d.]+) 秒/.exec(output);
  if (!m) throw new Error(`no summary line in:\n${output}`);
  return { tables: Number(m[1]), rows: Number(m[2]), files: Number(m[3]), bytes: Number(m[4]), seconds: Number(m[5]) };
}

export function figures(title: string, values: Record<string, string | number>): void {
  console.log([title, ...Object.entries(values).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
}

/** Every row of every table of a SQLite file (integers as bigint, bytes as Buffers), rows sorted. */
export function sqliteContents(path: string): Record<string, unknown[][]> {
  const db = new Database(path, { readonly: true });
  try {
    db.defaultSafeIntegers(true);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, sortRows(db.prepare(`SELECT * FROM "${t}"`).raw(true).all() as unknown[][])]));
  } finally {
    db.close();
  }
}

export function sortRows(rows: unknown[][]): unknown[][] {
  const key = (row: unknown[]) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return rows.map((row) => ({ row, key: key(row) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => r.row);
}

export function expectSameTables(restored: Record<string, unknown[][]>, source: Record<string, unknown[][]>): void {
  expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
  for (const table of Object.keys(source)) expect({ table, rows: restored[table] }).toEqual({ table, rows: source[table] });
}

export const rowCount = (contents: Record<string, unknown[][]>) => Object.values(contents).reduce((n, rows) => n + rows.length, 0);

/** The restored instance is usable: the secretariat and a team log in, the team's data reads back, its PDF downloads intact. */
export async function expectServes(server: RunningServer, team: RegisteredTeam): Promise<void> {
  const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
  const cards = await api<{ items: unknown[] }>(server.url, 'GET', '/registration-cards', { token: secretariat });
  expect(cards.items.length).toBeGreaterThanOrEqual(3);
  const token = (await api<{ accessToken: string }>(server.url, 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken;
  expect(JSON.stringify(await api(server.url, 'GET', '/teams', { token }))).toContain(team.name);
  const materials = await api<{ items: Array<{ kind: string; url: string; sha256: string; size: number }> }>(server.url, 'GET', `/applications/${team.applicationId}/materials`, { token });
  const pdf = materials.items.find((m) => m.kind === 'pdf')!;
  const download = await fetch(`${server.url}${pdf.url}`);
  expect(download.status).toBe(200);
  const bytes = new Uint8Array(await download.arrayBuffer());
  expect({ size: bytes.length, sha256: sha256(bytes) }).toEqual({ size: pdf.size, sha256: pdf.sha256 });
  // A new row gets a number the restored counters have not handed out before.
  const card = await api<{ cardNo: string }>(server.url, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: '恢复后新登记企业' } });
  expect(card.cardNo).toBeTruthy();
}
