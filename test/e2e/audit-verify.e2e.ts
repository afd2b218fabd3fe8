import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { api } from './support/api.js';
import { login } from './support/season.js';
import { newDataDir, ROOT, startServer } from './support/server.js';

const DIST = process.env.E2E_SERVER_DIST ?? join(ROOT, 'server/dist');

/** `npm run audit:verify`'s program (built with the server), on a data folder as the server left it. */
function verify(dataDir: string) {
  const run = spawnSync(process.execPath, [join(DIST, 'cli/audit-verify.js')], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the audit-log check from the command line (npm run audit:verify) on the stored database', () => {
  let dataDir: string;
  /** Copies of the data folder as the server left it, for the cases that tamper with it another way. */
  const copies: string[] = [];
  const copy = () => {
    const dir = newDataDir();
    copies.push(dir);
    cpSync(dataDir, dir, { recursive: true });
    return dir;
  };

  beforeAll(async () => {
    dataDir = newDataDir();
    const server = await startServer({}, { dataDir });
    try {
      const token = await login(server.url, 'mishuchu', 'Demo@2026');
      for (let k = 0; k < 4; k++) await api(server.url, 'POST', '/registration-cards', { token, json: { enterpriseName: `命令行校验企业${k}` } });
    } finally {
      await server.stop();
    }
  }, 120_000);

  afterAll(() => {
    for (const dir of [dataDir, ...copies]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks the chain against the anchor the server wrote at shutdown: an emptied log (exit 1) and a forged anchor (exit 1) are named', () => {
    const anchors = join(dataDir, 'files', 'anchors');
    const written = readdirSync(anchors);
    expect(written).toHaveLength(1);
    expect(verify(dataDir).output).toMatch(/锚点 .* · 1 个有效 · 最新 /);

    // Someone with the database empties the log and puts back the head a fresh install has: only the anchor can tell.
    const emptied = copy();
    const db = new Database(join(emptied, 'platform.sqlite'));
    try {
      db.exec('DELETE FROM audit_entry; DELETE FROM audit_head');
      db.prepare('INSERT INTO audit_head (id, hash, lastId, entries) VALUES (1, ?, 0, 0)').run('0'.repeat(64));
    } finally {
      db.close();
    }
    const caught = verify(emptied);
    expect(caught.code).toBe(1);
    expect(caught.output).toContain('✘ 审计日志比');
    expect(caught.output).toContain('(anchor_shorter)');

    // Someone with the file store edits the anchor (claims fewer entries): its signature no longer holds.
    const forged = copy();
    const path = join(forged, 'files', 'anchors', written[0]!);
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), entries: 1 }));
    const reported = verify(forged);
    expect(reported.code).toBe(1);
    expect(reported.output).toContain('不是用本平台密钥签名的锚点（签名不符）');
  });

  it('says the chain is intact, then names the entry a tamperer changed (exit 1), and refuses a missing database (exit 2)', () => {
    const intact = verify(dataDir);
    expect(intact.code).toBe(0);
    expect(intact.output).toMatch(/✔ 审计日志完整：共 \d+ 条记录/);

    const db = new Database(join(dataDir, 'platform.sqlite'));
    try {
      const { id } = db.prepare('SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1 OFFSET 1').get() as { id: number };
      db.prepare('UPDATE audit_entry SET "after" = ? WHERE id = ?').run(JSON.stringify({ enterpriseName: '被改过' }), id);
      const tampered = verify(dataDir);
      expect(tampered.code).toBe(1);
      expect(tampered.output).toContain(`第 ${id} 条审计记录的内容被改动`);
    } finally {
      db.close();
    }

    const missing = verify(join(dataDir, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('找不到数据库文件');
  });
});
