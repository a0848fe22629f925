import type { Role } from '@preuve/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';
import { ChildRow, Created, UuidRow } from './row-columns.js';

/**
 * An OpenID Connect provider the platform admin configured (industriels Santé Connect, Pro Santé
 * Connect, …). Never deleted: disabling it sets `disabled_at`, so the identities linked to it and
 * the sign-ins made with it stay explained. The client secret is kept sealed (AES-256-GCM).
 */
@Entity({ name: 'oidc_provider' })
export class OidcProviderEntity extends Created(UuidRow) {
  /** Shown on the sign-in button (« Se connecter avec … »). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed: string;

  @Column({ type: 'text', array: true })
  scopes: string[];

  /** Sent as `acr_values` in the authorization request; empty: none sent. */
  @Column({ name: 'acr_values', type: 'text', array: true })
  acrValues: string[];

  /** `acr` values that mean strong authentication at this provider (the app's TOTP is then skipped). */
  @Column({ name: 'strong_acr_values', type: 'text', array: true })
  strongAcrValues: string[];

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;
}

/** An e-mail domain whose people join this organisation at their first sign-in through a provider. */
@Entity({ name: 'organization_email_domain' })
@Index('UQ_organization_email_domain_domain', ['domain'], { unique: true })
export class OrganizationEmailDomainEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_organization_email_domain_organization'),
) {
  /** Lower-cased, e.g. `editeur.example`. */
  @Column({ type: 'text' })
  domain: string;

  /** The role given to those who join through it. */
  @Column({ type: 'varchar', length: 32 })
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
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId: string | null;
}

/** A provider account (`iss`, `sub`) linked to an app account. */
@Entity({ name: 'oidc_identity' })
@Index('UQ_oidc_identity_subject', ['providerId', 'subject'], { unique: true })
@Index('IX_oidc_identity_user', ['userId'])
export class OidcIdentityEntity extends ChildRow('provider', () => OidcProviderEntity, 'FK_oidc_identity_provider') {
  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_oidc_identity_user' })
  user?: UserEntity;

  /** The e-mail the provider gave when the link was made. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
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
  @Column({ name: 'state_hash', type: 'char', length: 64 })
  stateHash: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  @Column({ name: 'link_user_id', type: 'uuid', nullable: true })
  linkUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', precision: 3, nullable: true })
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
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_oidc_sign_in_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  acr: string | null;

  @Column({ type: 'text', array: true })
  amr: string[];

  /** The provider's authentication was strong: the app's TOTP was not asked. */
  @Column({ type: 'boolean' })
  strong: boolean;

  @Column({ name: 'id_token_sealed', type: 'text' })
  idTokenSealed: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'pending_hash', type: 'char', length: 64, nullable: true })
  pendingHash: string | null;

  @Column({ name: 'pending_expires_at', type: 'timestamptz', precision: 3, nullable: true })
  pendingExpiresAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
