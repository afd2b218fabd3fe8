import { Module } from '@nestjs/common';
import { UnitStatisticsController } from './unit-statistics.controller.js';
import { UnitStatisticsService } from './unit-statistics.service.js';

@Module({ controllers: [UnitStatisticsController], providers: [UnitStatisticsService], exports: [UnitStatisticsService] })
export class UnitStatisticsModule {}
