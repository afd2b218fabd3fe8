import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { PanelModule } from '../panel/index.js';
import { DisciplineController } from './discipline.controller.js';
import { ExpertRemovalService } from './expert-removal.service.js';
import { KeptSheetsService } from './kept-sheets.service.js';
import { MisconductService } from './misconduct.service.js';
import { UnitWarningsService } from './unit-warnings.service.js';

/** 纪律 (第十五、十六条): misconduct cases and unit warnings, and the removal of an expert in breach. */
@Module({ imports: [ApplicationModule, PanelModule], controllers: [DisciplineController], providers: [MisconductService, UnitWarningsService, ExpertRemovalService, KeptSheetsService], exports: [MisconductService] })
export class DisciplineModule {}
