import { Module } from '@nestjs/common';
import { MaterialController } from './application-materials.controller.js';
import { ApplicationMaterialsService } from './application-materials.service.js';
import { ApplicationResults } from './application-result.js';
import { ApplicationViewService } from './application-view.service.js';
import { ApplicationController } from './application.controller.js';
import { ApplicationService } from './application.service.js';

// MaterialController last: its paths follow the application's in the API document, as when the material module had them.
@Module({
  controllers: [ApplicationController, MaterialController],
  providers: [ApplicationService, ApplicationViewService, ApplicationMaterialsService, ApplicationResults],
  exports: [ApplicationService, ApplicationViewService, ApplicationResults],
})
export class ApplicationModule {}
