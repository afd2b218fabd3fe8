// Dates are stored and compared in UTC (SQLite keeps them without a zone); the activity's windows are Beijing dates.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import { createApp, prepareDatabase } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const app = await createApp(config);
  const accounts = await prepareDatabase(app, config);
  await app.listen({ host: config.host, port: config.port });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shown}:${config.port}`;
  const lines = [
    '',
    '工程建设质量信得过班组活动平台已启动',
    `  网页（H5）：     ${url}/${config.h5Dir ? '' : '（未找到 H5 构建，仅提供 API）'}`,
    `  API：            ${url}/api/v1`,
    `  API 文档：       ${url}/api/docs`,
    `  数据库：         ${config.database.type === 'sqlite' ? config.database.sqlitePath : `${config.database.type}://${config.database.host}:${config.database.port}/${config.database.database}`}`,
  ];
  if (accounts.length) {
    lines.push('', '演示账号（仅用于本机演示）：');
    for (const a of accounts) lines.push(`  ${a.role.padEnd(8, '　')} ${a.login.padEnd(12)} 密码 ${a.password.padEnd(12)} ${a.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

const DATABASE_ERRORS: Record<string, string> = {
  ECONNREFUSED: '无法连接数据库（连接被拒绝），请检查 DB_HOST 和 DB_PORT，以及数据库是否已启动',
  ENOTFOUND: '找不到数据库主机，请检查 DB_HOST',
  ETIMEDOUT: '连接数据库超时，请检查 DB_HOST、DB_PORT 和网络',
  ER_ACCESS_DENIED_ERROR: '数据库拒绝登录，请检查 DB_USER 和 DB_PASSWORD',
  ER_BAD_DB_ERROR: '数据库不存在，请先创建 DB_NAME 指定的数据库',
};

main().catch((error: unknown) => {
  const code = (error as { code?: string } | null)?.code;
  const known = code ? DATABASE_ERRORS[code] : undefined;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`启动失败：${known ?? '见下方错误信息'}\n${detail}\n`);
  process.exit(1);
});
