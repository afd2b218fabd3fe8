import { Module } from '@nestjs/common';
import { RecommendingUnitModule } from '../recommending-unit/recommending-unit.module.js';
import { ExpertController } from './expert.controller.js';
import { ExpertService } from './expert.service.js';

@Module({
  imports: [RecommendingUnitModule],
  controllers: [ExpertController],
  providers: [ExpertService],
})
export class ExpertModule {}
