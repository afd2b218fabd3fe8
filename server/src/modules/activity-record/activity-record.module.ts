import { Module } from '@nestjs/common';
import { ActivityRecordController } from './activity-record.controller.js';
import { ActivityRecordService } from './activity-record.service.js';

@Module({ controllers: [ActivityRecordController], providers: [ActivityRecordService], exports: [ActivityRecordService] })
export class ActivityRecordModule {}
