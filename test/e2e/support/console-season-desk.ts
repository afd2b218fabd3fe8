import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { api } from './api.js';
import { launchChromium } from './browser.js';
import { configDirInRegistrationWindow } from './config-dir.js';
import type { Unit } from './console-season-cast.js';
import { desk, loginConsole } from './console-season.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview, moveStoredCampaignToPresentations } from './review-config.js';
import { UNIT_A } from './season.js';
import { newDataDir, type RunningServer, startServer } from './server.js';

/**
 * console-season.e2e.ts's stage: one server on one data folder, restarted with the stored campaign moved from stage
 * to stage, and the secretariat's desk (Chromium at 1440×900) pointed at it.
 */
export interface DeskSeason {
  /** The server now running (a new one after each restartInto). */
  server: RunningServer;
  page: Page;
  /** Every recommending unit; the two the season's teams are recommended by; the three its experts come from. */
  units: Unit[];
  teamUnits: Unit[];
  expertUnits: Unit[];
  /** Restarts the server with the stored campaign moved to the stage; the console logs in again. */
  restartInto(stage: 'materialsReview' | 'presentations'): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server in the registration window and opens the desk (not yet logged in). */
export async function openDeskSeason(): Promise<DeskSeason> {
  const dataDir = newDataDir();
  const configDirs = [configDirInRegistrationWindow(), configDirInMaterialsReviewWindow()];
  const server = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
  const units = (await api<{ items: Unit[] }>(server.url, 'GET', '/recommending-units')).items;
  // tuijian01 already speaks for UNIT_A; the season's two units are the first two others, the experts come from neither.
  const others = units.filter((u) => u.name !== UNIT_A);
  const chromium = await launchChromium();
  const context = await chromium.browser.newContext(desk);
  const season: DeskSeason = {
    server,
    page: await context.newPage(),
    units,
    teamUnits: others.slice(0, 2),
    expertUnits: others.slice(6, 9),
    async restartInto(stage) {
      await season.server.stop();
      (stage === 'materialsReview' ? moveStoredCampaignToMaterialsReview : moveStoredCampaignToPresentations)(dataDir);
      season.server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
      await loginConsole(season.page, season.server.url);
    },
    async close() {
      await chromium.close();
      await season.server.stop();
      for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return season;
}
