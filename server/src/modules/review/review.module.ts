import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { PanelModule } from '../panel/index.js';
import { ReviewController } from './review.controller.js';
import { PanelReviewService } from './panel-review.service.js';
import { PresentationSchedule } from './presentation-schedule.js';
import { ReviewProgressService } from './review-progress.service.js';
import { ReviewSeats } from './review-seats.js';
import { ReviewService } from './review.service.js';
import { ScoreChangeService } from './score-change.service.js';
import { RubricLock } from './rubric-lock.js';

@Module({
  imports: [ApplicationModule, PanelModule],
  controllers: [ReviewController],
  providers: [ReviewService, PanelReviewService, ReviewProgressService, ReviewSeats, ScoreChangeService, RubricLock, PresentationSchedule],
  exports: [ReviewService, ReviewSeats, PresentationSchedule],
})
export class ReviewModule {}
