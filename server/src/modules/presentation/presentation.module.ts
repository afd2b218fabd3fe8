import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/application.module.js';
import { PanelModule } from '../panel/panel.module.js';
import { ReviewModule } from '../review/review.module.js';
import { PresentationDayService } from './presentation-day.service.js';
import { PresentationController } from './presentation.controller.js';
import { PresentationService } from './presentation.service.js';

@Module({
  imports: [ApplicationModule, PanelModule, ReviewModule],
  controllers: [PresentationController],
  providers: [PresentationService, PresentationDayService],
})
export class PresentationModule {}
