import { Referential1764160000000 } from './1764160000000-referential.js';
import { IdentityTenancyDossiers1795703858508 } from './1795703858508-identity-tenancy-dossiers.js';
import { EvidenceDeclarationsSubmissions1795706141292 } from './1795706141292-evidence-declarations-submissions.js';
import { ReviewLoop1795707653873 } from './1795707653873-review-loop.js';
import { Webhooks1795708155790 } from './1795708155790-webhooks.js';
import { QueueFilters1795709000000 } from './1795709000000-queue-filters.js';
import { AuditPending1796800000000 } from './1796800000000-audit-pending.js';

/** Every migration, oldest first. Generated from the entities, then reviewed; never edited once landed. */
export const MIGRATIONS = [
  Referential1764160000000,
  IdentityTenancyDossiers1795703858508,
  EvidenceDeclarationsSubmissions1795706141292,
  ReviewLoop1795707653873,
  Webhooks1795708155790,
  QueueFilters1795709000000,
  AuditPending1796800000000,
];
