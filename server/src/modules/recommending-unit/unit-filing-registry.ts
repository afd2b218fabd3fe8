import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a unit has filed in a campaign: its submitted applications, its statistics return and its package. */
export interface UnitFilingCounts {
  submitted: number;
  recommended: number;
  declined: number;
  statisticsFiled: boolean;
  packageFiled: boolean;
  lastFiledAt: Date | null;
}

/** Counts the filings of these units in a campaign, in the caller's manager. */
export type UnitFilingCounter = (manager: EntityManager, campaignId: number, unitIds: number[]) => Promise<Map<number, UnitFilingCounts>>;

/**
 * Applications, statistics returns and packages live in modules above this one, so the module that keeps the packages
 * registers the counter here (in its onModuleInit) for the secretariat's filing overview.
 */
@Injectable()
export class UnitFilingRegistry {
  private counter: UnitFilingCounter | null = null;

  register(counter: UnitFilingCounter): void {
    this.counter = counter;
  }

  count(manager: EntityManager, campaignId: number, unitIds: number[]): Promise<Map<number, UnitFilingCounts>> {
    if (!this.counter) throw new Error('No unit filing counter registered (UnitPackageModule registers it)');
    return this.counter(manager, campaignId, unitIds);
  }
}
