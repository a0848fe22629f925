/**
 * `@preuve/api`: what programs outside the server (the benchmark) may use of its code; everything
 * else in apps/api/src is internal. The HTTP contract's types are `@preuve/api/schema`, generated
 * from openapi.json (`npm run openapi`).
 */
export { dossierView, type PublishedReferential } from './dossiers/dossier-view.js';
export {
  PublishedReferentialChangedError,
  ReferentialPublisher,
  type PublishOutcome,
} from './referentials/referential-publisher.js';
