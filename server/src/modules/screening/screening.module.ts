import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { SimilarityModule } from '../similarity/index.js';
import { ScreeningController } from './screening.controller.js';
import { ScreeningService } from './screening.service.js';

@Module({ imports: [ApplicationModule, SimilarityModule], controllers: [ScreeningController], providers: [ScreeningService] })
export class ScreeningModule {}
