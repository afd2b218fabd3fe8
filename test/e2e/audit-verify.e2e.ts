import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { api } from './support/api.js';
import { login } from './support/season.js';
import { newDataDir, ROOT, startServer } from './support/server.js';

/** `npm run audit:verify`'s program (built with the server), on a data folder as the server left it. */
function verify(dataDir: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server/dist/cli/audit-verify.js')], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the audit-log check from the command line (npm run audit:verify) on the stored database', () => {
  let dataDir: string;

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
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
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
