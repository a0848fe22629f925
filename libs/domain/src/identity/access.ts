/** Who is who: organisation kinds, the roles each may hold, and API token scopes. */

export const ORGANIZATION_KINDS = ['vendor', 'authority', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
/** Kinds an admin may create; the platform organisation is created at start. */
export const CREATABLE_ORGANIZATION_KINDS = ['vendor', 'authority'] as const;

export const ROLES = ['platform_admin', 'vendor_admin', 'vendor_member', 'reviewer', 'review_lead'] as const;
export type Role = (typeof ROLES)[number];
export const VENDOR_ROLES = ['vendor_admin', 'vendor_member'] as const satisfies readonly Role[];
export const AUTHORITY_ROLES = ['reviewer', 'review_lead'] as const satisfies readonly Role[];

export const SCOPES = ['dossiers:read', 'dossiers:write', 'evidence:write', 'review:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** What each kind of organisation holds: its roles, its tokens' scopes, and the role administering it. */
const KINDS: Record<OrganizationKind, { roles: readonly Role[]; scopes: readonly Scope[]; adminRole: Role }> = {
  vendor: {
    roles: VENDOR_ROLES,
    scopes: ['dossiers:read', 'dossiers:write', 'evidence:write'],
    adminRole: 'vendor_admin',
  },
  authority: { roles: AUTHORITY_ROLES, scopes: ['dossiers:read', 'review:write'], adminRole: 'review_lead' },
  platform: { roles: ['platform_admin'], scopes: [], adminRole: 'platform_admin' },
};

export function rolesFor(kind: OrganizationKind): readonly Role[] {
  return KINDS[kind].roles;
}

export function scopesFor(kind: OrganizationKind): readonly Scope[] {
  return KINDS[kind].scopes;
}

/** The role that administers an organisation's users and tokens. */
export function adminRoleOf(kind: OrganizationKind): Role {
  return KINDS[kind].adminRole;
}

/** Authority users must activate two-factor authentication before doing anything else. */
export function requiresTotp(role: Role): boolean {
  return role === 'reviewer' || role === 'review_lead' || role === 'platform_admin';
}

/** What a repository needs to keep tenants apart: a vendor sees only its own organisation. */
export type TenantScope = { kind: 'vendor'; organizationId: string } | { kind: 'authority' } | { kind: 'platform' };

export function tenantOfOrganization(kind: OrganizationKind, organizationId: string): TenantScope {
  return kind === 'vendor' ? { kind, organizationId } : { kind };
}
