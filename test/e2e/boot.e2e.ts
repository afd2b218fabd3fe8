import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { newDataDir, ROOT } from './support/server.js';

/** Data folders the refused starts were given (some write generated secrets before they stop), removed at the end. */
const made: string[] = [];

function boot(env: Record<string, string>) {
  const dataDir = newDataDir();
  made.push(dataDir);
  return spawnSync(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('start-up with a bad configuration', () => {
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DB_TYPE: 'oracle' }, 'DB_TYPE'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
  ])('stops with a message naming the variable: %j', (env, variable) => {
    const result = boot(env);
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`配置错误：环境变量 ${variable}`);
  });

  it('stops with a clear message when the database cannot be reached', () => {
    const result = boot({ DB_TYPE: 'mariadb', DB_HOST: '127.0.0.1', DB_PORT: '1', DB_PASSWORD: 'x' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('启动失败：无法连接数据库（连接被拒绝），请检查 DB_HOST 和 DB_PORT');
  });
});
