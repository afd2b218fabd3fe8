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

main().catch((error: unknown) => {
  process.stderr.write(`启动失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
