import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { PanelModule } from '../panel/index.js';
import { ReviewModule } from '../review/index.js';
import { PresentationDayService } from './presentation-day.service.js';
import { PresentationController } from './presentation.controller.js';
import { PresentationService } from './presentation.service.js';

@Module({
  imports: [ApplicationModule, PanelModule, ReviewModule],
  controllers: [PresentationController],
  providers: [PresentationService, PresentationDayService],
})
export class PresentationModule {}
