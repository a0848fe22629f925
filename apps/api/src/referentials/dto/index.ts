export * from './assess.dto.js';
export * from './referential.dto.js';
