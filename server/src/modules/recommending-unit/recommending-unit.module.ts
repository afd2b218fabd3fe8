import { Module } from '@nestjs/common';
import { RecommendingUnitController } from './recommending-unit.controller.js';

@Module({ controllers: [RecommendingUnitController] })
export class RecommendingUnitModule {}
