import { AUTHORITY_ROLES, VENDOR_ROLES, type Role } from '@preuve/domain';

/** Who reads dossiers (and what hangs off them): the vendor's people and the authority's. */
export const DOSSIER_READERS: readonly Role[] = [...VENDOR_ROLES, ...AUTHORITY_ROLES];
/** Who changes a dossier's content: the vendor's people. */
export const DOSSIER_WRITERS: readonly Role[] = VENDOR_ROLES;
