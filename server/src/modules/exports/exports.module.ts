import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** 秘书处导出 (issue 7): applications, score sheets, grading results and the 附件3 returns as Excel workbooks. */
@Module({ controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}
