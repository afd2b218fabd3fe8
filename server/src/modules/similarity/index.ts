// The similarity module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { SimilarityJobService } from './similarity-job.service.js';
export { SimilarityModule } from './similarity.module.js';
