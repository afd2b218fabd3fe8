import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { cli, QUIET, type Run } from './backup-cli.js';
import { configDirInRegistrationWindow } from './config-dir.js';
import { registerThenReview } from './registration-then-review.js';
import { configDirInMaterialsReviewWindow } from './review-config.js';
import { type RegisteredTeam, registerAndRecommend, screenAndDraw } from './season.js';
import { newDataDir, type RunningServer } from './server.js';

/**
 * What the backup tests start from: a season on SQLite backed up while its server runs, then restored into an empty
 * instance. The backup and the restore are run here and their outcome kept for the tests to assert on.
 */
export interface BackedUpSeason {
  /** The season's data folder (its server stopped after the backup) and its three teams. */
  sourceDir: string;
  teams: RegisteredTeam[];
  /** `npm run backup <folder>` while the server ran: the run, what it left in the folder, the archive. */
  backup: Run;
  backupsMade: string[];
  backupFile: string;
  /** `npm run restore <archive>` into an empty data folder. */
  restore: Run;
  restoredDir: string;
  /** A new scratch folder, removed by cleanUp. */
  tempDir(): string;
  /** Has cleanUp remove a folder made elsewhere (a config copy); returns it. */
  removeAtEnd(dir: string): string;
  cleanUp(): Promise<void>;
}

export async function backedUpSeason(): Promise<BackedUpSeason> {
  const scratch: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cacem-backup-e2e-'));
    scratch.push(dir);
    return dir;
  };
  let server: RunningServer | undefined;
  const cleanUp = async () => {
    await server?.stop();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // A season on SQLite: registration (cards, enterprises, teams, applications, activity records, PDF and PPTX
    // materials, submissions, recommendations), then screening, experts with accounts and a panel draw.
    const sourceDir = newDataDir();
    scratch.push(sourceDir);
    const registrationConfig = configDirInRegistrationWindow();
    const reviewConfig = configDirInMaterialsReviewWindow();
    scratch.push(registrationConfig, reviewConfig);
    const env = { registration: { ...QUIET, CONFIG_DIR: registrationConfig }, review: { ...QUIET, CONFIG_DIR: reviewConfig } };
    const started = await registerThenReview(sourceDir, env, (base) => registerAndRecommend(base));
    server = started.server;
    const teams = started.registered;
    await screenAndDraw(server.url);

    const backups = tempDir();
    const backup = await cli('backup', [backups], { DATA_DIR: sourceDir });
    const backupsMade = readdirSync(backups);
    const backupFile = join(backups, backupsMade[0] ?? 'no-backup-written.tar.gz');
    await server.stop();
    server = undefined;
    const restoredDir = tempDir();
    const restore = await cli('restore', [backupFile], { DATA_DIR: restoredDir });
    const removeAtEnd = (dir: string) => {
      scratch.push(dir);
      return dir;
    };
    return { sourceDir, teams, backup, backupsMade, backupFile, restore, restoredDir, tempDir, removeAtEnd, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * The backed-up season of a describe block: made before its tests (beforeAll), removed after them (afterAll). The
 * object returned is filled in once beforeAll has run.
 */
export function backedUpSeasonForSuite(): BackedUpSeason {
  const season = {} as BackedUpSeason;
  beforeAll(async () => {
    Object.assign(season, await backedUpSeason());
  }, 240_000);
  afterAll(() => season.cleanUp?.());
  return season;
}
