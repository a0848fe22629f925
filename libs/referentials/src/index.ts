export * from './referential-loader.js';
export { referentialSchema } from './referential.schema.js';
