import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller.js';
import { ConsoleLogsService } from './console-logs.service.js';
import { ConsoleService } from './console.service.js';

/** 秘书处工作台 (issue 7): read-only views for the secretariat's desk console. */
@Module({ controllers: [ConsoleController], providers: [ConsoleService, ConsoleLogsService] })
export class ConsoleModule {}
