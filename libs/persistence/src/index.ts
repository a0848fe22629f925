export * from './data-source.js';
export * from './embedded-postgres.js';
export * from './entities/index.js';
export * from './repositories/referential.repository.js';
