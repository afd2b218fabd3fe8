// The discipline module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { DisciplineModule } from './discipline.module.js';
export { MisconductService } from './misconduct.service.js';
