import { Module, type OnModuleInit } from '@nestjs/common';
import { RecommendingUnitModule, UnitFilingRegistry } from '../recommending-unit/index.js';
import { countUnitFilings } from './unit-filing-counts.js';
import { UnitPackageController } from './unit-package.controller.js';
import { UnitPackageService } from './unit-package.service.js';

@Module({ imports: [RecommendingUnitModule], controllers: [UnitPackageController], providers: [UnitPackageService] })
export class UnitPackageModule implements OnModuleInit {
  constructor(private readonly filings: UnitFilingRegistry) {}

  // The filing overview (recommending-unit) counts applications, returns and packages, which it cannot read itself.
  onModuleInit(): void {
    this.filings.register(countUnitFilings);
  }
}
