import { Module, type OnModuleInit } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { PanelModule } from '../panel/index.js';
import { PresentationSchedule, ReviewModule } from '../review/index.js';
import { PresentationDayService } from './presentation-day.service.js';
import { PresentationController } from './presentation.controller.js';
import { sessionsById, slotsOfApplications } from './presentation.queries.js';
import { PresentationService } from './presentation.service.js';

@Module({
  imports: [ApplicationModule, PanelModule, ReviewModule],
  controllers: [PresentationController],
  providers: [PresentationService, PresentationDayService],
})
export class PresentationModule implements OnModuleInit {
  constructor(private readonly schedule: PresentationSchedule) {}

  /** Scoring checks a team's session is open, and shows it: the review (below this module) reads the schedule here. */
  onModuleInit(): void {
    this.schedule.register({ slotsOfApplications, sessionsById });
  }
}
