import { AUTHORITY_ROLES, VENDOR_ROLES, type Role } from '@preuve/domain';
import type { AccessRule } from '../access/access.decorator.js';

/** Who reads dossiers (and what hangs off them): the vendor's people and the authority's. */
export const DOSSIER_READERS: readonly Role[] = [...VENDOR_ROLES, ...AUTHORITY_ROLES];
/** Who changes a dossier's content: the vendor's people. */
export const DOSSIER_WRITERS: readonly Role[] = VENDOR_ROLES;

/**
 * `@Authenticated` of a handler that reads a dossier, what hangs off it, or the products dossiers are
 * about: its readers, and API tokens with the scope dossiers:read.
 */
export const READ_DOSSIERS: AccessRule = { roles: DOSSIER_READERS, scope: 'dossiers:read' };
/** `@Authenticated` of a handler that changes a dossier or a product: its writers, API tokens with dossiers:write. */
export const WRITE_DOSSIERS: AccessRule = { roles: DOSSIER_WRITERS, scope: 'dossiers:write' };
