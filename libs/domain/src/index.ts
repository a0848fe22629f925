export * from './referential/model.js';
export * from './referential/codes.js';
export * from './applicability/rules.js';
export * from './applicability/questionnaire.js';
export * from './applicability/assess.js';
export * from './identifiers/index.js';
export * from './canonical-json.js';
