export * from './referential-loader.js';
export { referentialSchema } from './referential.schema.js';
export * from './grid/index.js';
export {
  REFERENTIAL_PROBLEM_TEXTS,
  referentialProblem,
  referentialProblemText,
  shapeParams,
  shapeText,
  type ReferentialProblem,
  type ReferentialProblemCode,
} from './referential-problems.js';
export * from './referential-problems-fr.js';
