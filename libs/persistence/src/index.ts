export * from './data-source.js';
export * from './embedded-postgres.js';
export * from './entities/index.js';
export * from './repositories/referential.repository.js';
export * from './repositories/identity.repositories.js';
export * from './repositories/uuid.js';
export * from './repositories/audit-event.repository.js';
