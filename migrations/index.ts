import { Referential1764160000000 } from './1764160000000-referential.js';

/** Every migration, oldest first. Generated from the entities, then reviewed; never edited once landed. */
export const MIGRATIONS = [Referential1764160000000];
