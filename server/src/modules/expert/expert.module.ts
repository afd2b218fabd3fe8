import { Module } from '@nestjs/common';
import { RecommendingUnitModule } from '../recommending-unit/index.js';
import { ExpertImportService } from './expert-import.service.js';
import { ExpertController } from './expert.controller.js';
import { ExpertService } from './expert.service.js';

@Module({
  imports: [RecommendingUnitModule],
  controllers: [ExpertController],
  providers: [ExpertService, ExpertImportService],
})
export class ExpertModule {}
