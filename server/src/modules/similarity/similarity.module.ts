import { Module } from '@nestjs/common';
import { DisciplineModule } from '../discipline/index.js';
import { SimilarityClustersController } from './similarity-clusters.controller.js';
import { SimilarityClustersService } from './similarity-clusters.service.js';
import { SimilarityController } from './similarity.controller.js';
import { SimilarityJobService } from './similarity-job.service.js';
import { SimilarityService } from './similarity.service.js';

/** 材料查重 (issue 8): near-duplicate declarations across this year and earlier ones, checked in the background. */
@Module({ imports: [DisciplineModule], controllers: [SimilarityController, SimilarityClustersController], providers: [SimilarityService, SimilarityClustersService, SimilarityJobService], exports: [SimilarityJobService] })
export class SimilarityModule {}
