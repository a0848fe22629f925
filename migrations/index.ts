import { Referential1764160000000 } from './1764160000000-referential.js';
import { IdentityTenancyDossiers1795703858508 } from './1795703858508-identity-tenancy-dossiers.js';
import { EvidenceDeclarationsSubmissions1795706141292 } from './1795706141292-evidence-declarations-submissions.js';
import { ReviewLoop1795707653873 } from './1795707653873-review-loop.js';
import { Webhooks1795708155790 } from './1795708155790-webhooks.js';
import { QueueFilters1795709000000 } from './1795709000000-queue-filters.js';
import { AuditPending1796800000000 } from './1796800000000-audit-pending.js';
import { SegurProcedure1796810000000 } from './1796810000000-segur-procedure.js';
import { ReferentialVersions1796820000000 } from './1796820000000-referential-versions.js';
import { OidcSignIn1796870000000 } from './1796870000000-oidc-sign-in.js';
import { Notifications1796871000000 } from './1796871000000-notifications.js';
import { Preparation1796880000000 } from './1796880000000-preparation.js';
import { ProductHosting1796890000000 } from './1796890000000-product-hosting.js';
import { SharedLoginRate1796900000000 } from './1796900000000-shared-login-rate.js';
import { TenantRowSecurity1796950000000 } from './1796950000000-tenant-row-security.js';
import { CheaperTenantId1796960000000 } from './1796960000000-cheaper-tenant-id.js';
import { ListStamps1797000000000 } from './1797000000000-list-stamps.js';

/** Every migration, oldest first. Generated from the entities, then reviewed; never edited once landed. */
export const MIGRATIONS = [
  Referential1764160000000,
  IdentityTenancyDossiers1795703858508,
  EvidenceDeclarationsSubmissions1795706141292,
  ReviewLoop1795707653873,
  Webhooks1795708155790,
  QueueFilters1795709000000,
  AuditPending1796800000000,
  SegurProcedure1796810000000,
  ReferentialVersions1796820000000,
  OidcSignIn1796870000000,
  Notifications1796871000000,
  Preparation1796880000000,
  ProductHosting1796890000000,
  SharedLoginRate1796900000000,
  TenantRowSecurity1796950000000,
  CheaperTenantId1796960000000,
  ListStamps1797000000000,
];
