import { Module } from '@nestjs/common';
import { RecommenderBindController, RecommenderContactController } from './recommender-contact.controller.js';
import { RecommenderContactService } from './recommender-contact.service.js';
import { RecommendingUnitController } from './recommending-unit.controller.js';
import { StaffCredentialsService } from './staff-credentials.service.js';
import { UnitFilingRegistry } from './unit-filing-registry.js';
import { UnitFilingService } from './unit-filing.service.js';

@Module({
  controllers: [RecommendingUnitController, RecommenderContactController, RecommenderBindController],
  providers: [RecommenderContactService, UnitFilingService, StaffCredentialsService, UnitFilingRegistry],
  exports: [StaffCredentialsService, UnitFilingRegistry],
})
export class RecommendingUnitModule {}
