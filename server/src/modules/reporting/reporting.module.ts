import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller.js';
import { ReportingLogsService } from './reporting-logs.service.js';
import { ReportingService } from './reporting.service.js';

/**
 * Reporting: the secretariat's read-only statistics, funnels, tables and logs. The routes stay under /console (the desk
 * console reads them), hence the controller's name.
 */
@Module({ controllers: [ConsoleController], providers: [ReportingService, ReportingLogsService] })
export class ReportingModule {}
