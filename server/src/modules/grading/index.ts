// The grading module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { capsOf } from './grading.service.js';
