import { Module } from '@nestjs/common';
import { ApplicationViewService } from './application-view.service.js';
import { ApplicationController } from './application.controller.js';
import { ApplicationService } from './application.service.js';

@Module({ controllers: [ApplicationController], providers: [ApplicationService, ApplicationViewService], exports: [ApplicationService, ApplicationViewService] })
export class ApplicationModule {}
