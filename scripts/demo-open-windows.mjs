// `npm run demo:open-windows`: the 2026 campaign's windows (June–September 2026) may be past on the day you try the
// demo. This writes a copy of config/ whose registration window includes today, then starts the platform on a
// separate data folder with it, so every step (registration, submission, recommendation) can be tried now.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/workspace.mjs';

const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const configDir = join(ROOT, 'data-demo', 'config');
const dataDir = join(ROOT, 'data-demo', 'data');
if (!existsSync(configDir)) {
  cpSync(join(ROOT, 'config'), configDir, { recursive: true });
  const file = join(configDir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.windows = {
    registration: { opens: day(-10), closes: day(30) },
    materialsReview: { opens: day(31), closes: day(60) },
    presentations: { opens: day(61), closes: day(120) },
  };
  settings.statisticsPeriod = { from: day(-330).slice(0, 7), to: day(30).slice(0, 7) };
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
  console.log(`演示用活动设置已写入 ${configDir}（报名与推荐：${day(-10)} 至 ${day(30)}）`);
}
const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CONFIG_DIR: configDir, DATA_DIR: dataDir },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
