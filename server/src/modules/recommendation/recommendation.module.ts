import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { RecommendationController } from './recommendation.controller.js';
import { RecommendationService } from './recommendation.service.js';

@Module({ imports: [ApplicationModule], controllers: [RecommendationController], providers: [RecommendationService] })
export class RecommendationModule {}
