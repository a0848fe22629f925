import type { Role } from '@preuve/domain';
import { Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';
import { ChildRow, Created, ParentRelation, UuidRow } from './row-columns.js';
import { Col } from './columns.js';

/**
 * An OpenID Connect provider the platform admin configured (industriels Santé Connect, Pro Santé
 * Connect, …). Never deleted: disabling it sets `disabled_at`, so the identities linked to it and
 * the sign-ins made with it stay explained. The client secret is kept sealed (AES-256-GCM).
 */
@Entity({ name: 'oidc_provider' })
export class OidcProviderEntity extends Created(UuidRow) {
  /** Shown on the sign-in button (« Se connecter avec … »). */
  @Col.Text()
  name: string;

  @Col.Text()
  issuer: string;

  @Col.Text('client_id')
  clientId: string;

  @Col.Text('client_secret_sealed')
  clientSecretSealed: string;

  @Col.Text({ array: true })
  scopes: string[];

  /** Sent as `acr_values` in the authorization request; empty: none sent. */
  @Col.Text('acr_values', { array: true })
  acrValues: string[];

  /** `acr` values that mean strong authentication at this provider (the app's TOTP is then skipped). */
  @Col.Text('strong_acr_values', { array: true })
  strongAcrValues: string[];

  @Col.NullableInstant('disabled_at')
  disabledAt: Date | null;
}

/** An e-mail domain whose people join this organisation at their first sign-in through a provider. */
@Entity({ name: 'organization_email_domain' })
@Index('UQ_organization_email_domain_domain', ['domain'], { unique: true })
export class OrganizationEmailDomainEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_organization_email_domain_organization'),
) {
  /** Lower-cased, e.g. `editeur.example`. */
  @Col.Text()
  domain: string;

  /** The role given to those who join through it. */
  @Col.Varchar(32)
  role: Role;
}

/** An invitation to join an organisation at one's first sign-in through a provider. */
@Entity({ name: 'organization_invitation' })
@Index('IX_organization_invitation_email', ['email'])
@Index('IX_organization_invitation_organization', ['organizationId', 'createdAt'])
export class OrganizationInvitationEntity extends ChildRow(
  'organization',
  () => OrganizationEntity,
  'FK_organization_invitation_organization',
) {
  /** Lower-cased. */
  @Col.Text()
  email: string;

  @Col.Varchar(32)
  role: Role;

  @Col.NullableUuid('invited_by')
  invitedBy: string | null;

  @Col.CreatedAt()
  createdAt: Date;

  @Col.Instant('expires_at')
  expiresAt: Date;

  @Col.NullableInstant('accepted_at')
  acceptedAt: Date | null;

  @Col.NullableUuid('accepted_user_id')
  acceptedUserId: string | null;
}

/** A provider account (`iss`, `sub`) linked to an app account. */
@Entity({ name: 'oidc_identity' })
@Index('UQ_oidc_identity_subject', ['providerId', 'subject'], { unique: true })
@Index('IX_oidc_identity_user', ['userId'])
export class OidcIdentityEntity extends ChildRow('provider', () => OidcProviderEntity, 'FK_oidc_identity_provider') {
  @Col.Text()
  subject: string;

  userId: string;

  @ParentRelation(() => UserEntity, 'FK_oidc_identity_user', 'CASCADE')
  user?: UserEntity;

  /** The e-mail the provider gave when the link was made. */
  @Col.NullableText()
  email: string | null;

  @Col.CreatedAt()
  createdAt: Date;
}

/**
 * An authorization request under way: its `state` (kept as SHA-256), `nonce` and PKCE verifier,
 * good once and for ten minutes. `link_user_id` is set when a signed-in user links an account.
 */
@Entity({ name: 'oidc_authorization' })
@Index('UQ_oidc_authorization_state', ['stateHash'], { unique: true })
export class OidcAuthorizationEntity extends ChildRow(
  'provider',
  () => OidcProviderEntity,
  'FK_oidc_authorization_provider',
) {
  @Col.Sha256('state_hash')
  stateHash: string;

  @Col.Text()
  nonce: string;

  @Col.Text('code_verifier')
  codeVerifier: string;

  @Col.NullableUuid('link_user_id')
  linkUserId: string | null;

  @Col.CreatedAt()
  createdAt: Date;

  @Col.Instant('expires_at')
  expiresAt: Date;

  @Col.NullableInstant('consumed_at')
  consumedAt: Date | null;
}

/**
 * A sign-in through a provider: what the provider said about the authentication (`acr`, `amr`),
 * whether the app's second factor was skipped for it, and the id token (sealed) for logout at the
 * provider. `session_id` is set once the browser session is open (after the TOTP step when one
 * was asked); until then `pending_hash` names the step's one-time token.
 */
@Entity({ name: 'oidc_sign_in' })
@Index('IX_oidc_sign_in_session', ['sessionId'])
@Index('UQ_oidc_sign_in_pending', ['pendingHash'], { unique: true })
export class OidcSignInEntity extends ChildRow('provider', () => OidcProviderEntity, 'FK_oidc_sign_in_provider') {
  userId: string;

  @ParentRelation(() => UserEntity, 'FK_oidc_sign_in_user', 'CASCADE')
  user?: UserEntity;

  @Col.Text()
  subject: string;

  @Col.NullableText()
  acr: string | null;

  @Col.Text({ array: true })
  amr: string[];

  /** The provider's authentication was strong: the app's TOTP was not asked. */
  @Col.Boolean()
  strong: boolean;

  @Col.Text('id_token_sealed')
  idTokenSealed: string;

  @Col.NullableUuid('session_id')
  sessionId: string | null;

  @Col.NullableSha256('pending_hash')
  pendingHash: string | null;

  @Col.NullableInstant('pending_expires_at')
  pendingExpiresAt: Date | null;

  @Col.CreatedAt()
  createdAt: Date;
}

/** The OIDC tables, in the order the schema lists them. */
export const OIDC_ENTITIES = [
  OidcProviderEntity,
  OrganizationEmailDomainEntity,
  OrganizationInvitationEntity,
  OidcIdentityEntity,
  OidcAuthorizationEntity,
  OidcSignInEntity,
];
