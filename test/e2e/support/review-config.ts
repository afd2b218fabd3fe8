import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './server.js';

const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

type Windows = Record<'registration' | 'materialsReview' | 'presentations', { opens: string; closes: string }>;

/** Windows in which today (Beijing date) is in the materials-review stage: registration is over, presentations to come. */
export function materialsReviewWindows(): Windows {
  return {
    registration: { opens: day(-40), closes: day(-11) },
    materialsReview: { opens: day(-10), closes: day(10) },
    presentations: { opens: day(11), closes: day(60) },
  };
}

/**
 * A copy of config/ whose 2026 campaign is in its materials-review window today: screening, the draw and expert scoring
 * are open. (A sibling of configDirInRegistrationWindow.)
 */
export function configDirInMaterialsReviewWindow(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  const file = join(dir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as { windows: Windows; statisticsPeriod: { from: string; to: string } };
  settings.windows = materialsReviewWindows();
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(-11).slice(0, 7) };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return dir;
}

/** Windows in which today (Beijing date) is in the presentations stage: registration and materials review are over. */
export function presentationsWindows(): Windows {
  return {
    registration: { opens: day(-70), closes: day(-41) },
    materialsReview: { opens: day(-40), closes: day(-1) },
    presentations: { opens: day(0), closes: day(40) },
  };
}

/** With the server stopped, replaces the stored campaign's windows in the SQLite file of the data folder. */
function setStoredWindows(dataDir: string, windows: Windows, year: number): void {
  const db = new Database(join(dataDir, 'platform.sqlite'));
  try {
    const row = db.prepare('SELECT id, settings FROM campaign WHERE year = ?').get(year) as { id: number; settings: string } | undefined;
    if (!row) throw new Error(`no ${year} campaign in ${dataDir}`);
    const settings = JSON.parse(row.settings) as { windows: Windows };
    settings.windows = windows;
    db.prepare('UPDATE campaign SET settings = ? WHERE id = ?').run(JSON.stringify(settings), row.id);
  } finally {
    db.close();
  }
}

/**
 * The campaign settings are seeded from config/ once; after that the copy in the database wins (a second start with
 * another CONFIG_DIR does not change them). So, with the server stopped, move the stored 2026 campaign's windows to
 * the materials-review stage in the SQLite file of the data folder.
 */
export function moveStoredCampaignToMaterialsReview(dataDir: string, year = 2026): void {
  setStoredWindows(dataDir, materialsReviewWindows(), year);
}

/** The same, to the presentations stage: today falls in the presentations window (live scoring, closing, grading). */
export function moveStoredCampaignToPresentations(dataDir: string, year = 2026): void {
  setStoredWindows(dataDir, presentationsWindows(), year);
}
