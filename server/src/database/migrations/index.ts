import { InitialSchema1764086400000 } from './1764086400000-initial-schema.js';

export const MIGRATIONS = [InitialSchema1764086400000];
