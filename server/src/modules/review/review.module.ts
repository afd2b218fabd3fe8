import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/application.module.js';
import { PanelModule } from '../panel/panel.module.js';
import { ReviewController } from './review.controller.js';
import { PanelReviewService } from './panel-review.service.js';
import { ReviewService } from './review.service.js';
import { ScoreChangeService } from './score-change.service.js';

@Module({ imports: [ApplicationModule, PanelModule], controllers: [ReviewController], providers: [ReviewService, PanelReviewService, ScoreChangeService], exports: [ReviewService] })
export class ReviewModule {}
