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

export function rolesFor(kind: OrganizationKind): readonly Role[] {
  switch (kind) {
    case 'vendor':
      return VENDOR_ROLES;
    case 'authority':
      return AUTHORITY_ROLES;
    case 'platform':
      return ['platform_admin'];
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

export function scopesFor(kind: OrganizationKind): readonly Scope[] {
  switch (kind) {
    case 'vendor':
      return ['dossiers:read', 'dossiers:write', 'evidence:write'];
    case 'authority':
      return ['dossiers:read', 'review:write'];
    case 'platform':
      return [];
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

/** The role that administers an organisation's users and tokens. */
export function adminRoleOf(kind: OrganizationKind): Role {
  switch (kind) {
    case 'vendor':
      return 'vendor_admin';
    case 'authority':
      return 'review_lead';
    case 'platform':
      return 'platform_admin';
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

/** Authority users must activate two-factor authentication before doing anything else. */
export function requiresTotp(role: Role): boolean {
  return role === 'reviewer' || role === 'review_lead' || role === 'platform_admin';
}

/** What a repository needs to keep tenants apart: a vendor sees only its own organisation. */
export type TenantScope = { kind: 'vendor'; organizationId: string } | { kind: 'authority' } | { kind: 'platform' };

export function tenantOfOrganization(kind: OrganizationKind, organizationId: string): TenantScope {
  switch (kind) {
    case 'vendor':
      return { kind: 'vendor', organizationId };
    case 'authority':
      return { kind: 'authority' };
    case 'platform':
      return { kind: 'platform' };
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}
