import { Referential1764160000000 } from './1764160000000-referential.js';
import { IdentityTenancyDossiers1795703858508 } from './1795703858508-identity-tenancy-dossiers.js';

/** Every migration, oldest first. Generated from the entities, then reviewed; never edited once landed. */
export const MIGRATIONS = [Referential1764160000000, IdentityTenancyDossiers1795703858508];
