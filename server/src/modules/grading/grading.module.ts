import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { GradeChangeChecks } from './grade-change-checks.js';
import { GradingController } from './grading.controller.js';
import { GradingReconfirmationService } from './grading-reconfirmation.service.js';
import { GradingService } from './grading.service.js';

@Module({
  imports: [ApplicationModule],
  controllers: [GradingController],
  providers: [GradingService, GradingReconfirmationService, GradeChangeChecks],
  exports: [GradingService, GradeChangeChecks],
})
export class GradingModule {}
