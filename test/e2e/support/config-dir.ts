import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './server.js';

const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A copy of config/ whose 2026 campaign is in its registration window today (Beijing date), with a statistics
 * period that includes today, so a browser test can register and submit on any day it runs. Everything else is
 * the shipped configuration.
 */
export function configDirInRegistrationWindow(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  const file = join(dir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as {
    windows: Record<string, { opens: string; closes: string }>;
    statisticsPeriod: { from: string; to: string };
  };
  settings.windows = {
    registration: { opens: day(-10), closes: day(10) },
    materialsReview: { opens: day(11), closes: day(40) },
    presentations: { opens: day(41), closes: day(100) },
  };
  // Records logged today must fall in the campaign's statistics period to count towards eligibility.
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(10).slice(0, 7) };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return dir;
}
