export * from './referential-loader.js';
export { referentialSchema } from './referential.schema.js';
export * from './grid/index.js';
