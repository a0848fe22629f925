import type { EntityManager } from 'typeorm';
import type { Role } from '@preuve/domain';
import {
  OidcAuthorizationEntity,
  OidcIdentityEntity,
  OidcProviderEntity,
  OidcSignInEntity,
  OrganizationEmailDomainEntity,
  OrganizationInvitationEntity,
} from '../entities/oidc.entities.js';
import { isUuid } from './uuid.js';
import { insertRow, toEntity } from './entity-rows.js';

/** OpenID Connect providers, the identities linked to them, their authorization requests and sign-ins. */
export class OidcRepository {
  async insertProvider(
    manager: EntityManager,
    provider: Omit<OidcProviderEntity, 'id' | 'createdAt' | 'disabledAt'>,
  ): Promise<OidcProviderEntity> {
    return insertRow(manager, OidcProviderEntity, { ...provider, disabledAt: null });
  }

  async listProviders(manager: EntityManager, enabledOnly: boolean): Promise<OidcProviderEntity[]> {
    const query = manager.getRepository(OidcProviderEntity).createQueryBuilder('p').orderBy('p.created_at', 'ASC');
    if (enabledOnly) query.where('p.disabled_at IS NULL');
    return query.getMany();
  }

  async findProvider(manager: EntityManager, id: string): Promise<OidcProviderEntity | null> {
    return isUuid(id) ? manager.getRepository(OidcProviderEntity).findOneBy({ id }) : null;
  }

  async disableProvider(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(OidcProviderEntity)
      .createQueryBuilder()
      .update()
      .set({ disabledAt: () => 'now()' })
      .where('id = :id AND disabled_at IS NULL', { id })
      .execute();
  }

  async insertAuthorization(
    manager: EntityManager,
    authorization: Pick<
      OidcAuthorizationEntity,
      'stateHash' | 'providerId' | 'nonce' | 'codeVerifier' | 'linkUserId' | 'expiresAt'
    >,
  ): Promise<void> {
    await manager.getRepository(OidcAuthorizationEntity).insert({ ...authorization, consumedAt: null });
  }

  /**
   * Marks the authorization request of this state used and returns it, when it is open (not used,
   * not expired); null otherwise. A state is good once.
   */
  async consumeAuthorization(manager: EntityManager, stateHash: string): Promise<OidcAuthorizationEntity | null> {
    // A CTE, so that the driver returns the rows as for a SELECT.
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH consumed AS (
         UPDATE oidc_authorization SET consumed_at = now()
         WHERE state_hash = $1 AND consumed_at IS NULL AND expires_at > now()
         RETURNING id, state_hash, provider_id, nonce, code_verifier, link_user_id)
       SELECT * FROM consumed`,
      [stateHash],
    );
    const row = rows[0];
    if (!row) return null;
    return toEntity(manager, OidcAuthorizationEntity, row);
  }

  async findIdentity(manager: EntityManager, providerId: string, subject: string): Promise<OidcIdentityEntity | null> {
    return manager.getRepository(OidcIdentityEntity).findOneBy({ providerId, subject });
  }

  async insertIdentity(
    manager: EntityManager,
    identity: Pick<OidcIdentityEntity, 'providerId' | 'subject' | 'userId' | 'email'>,
  ): Promise<OidcIdentityEntity> {
    return insertRow(manager, OidcIdentityEntity, identity);
  }

  async identitiesOfUser(
    manager: EntityManager,
    userId: string,
  ): Promise<(OidcIdentityEntity & { providerName: string })[]> {
    const identities = await manager
      .getRepository(OidcIdentityEntity)
      .find({ where: { userId }, relations: { provider: true }, order: { createdAt: 'ASC' } });
    return identities.map((identity) => Object.assign(identity, { providerName: identity.provider?.name ?? '' }));
  }

  async insertSignIn(
    manager: EntityManager,
    signIn: Omit<OidcSignInEntity, 'id' | 'createdAt'>,
  ): Promise<OidcSignInEntity> {
    return insertRow(manager, OidcSignInEntity, signIn);
  }

  /** The sign-in waiting for its TOTP step with this token, locked; null when none is open. */
  async lockPendingSignIn(manager: EntityManager, pendingHash: string): Promise<OidcSignInEntity | null> {
    return manager
      .getRepository(OidcSignInEntity)
      .createQueryBuilder('s')
      .where('s.pending_hash = :pendingHash AND s.pending_expires_at > now() AND s.session_id IS NULL', { pendingHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  async settlePendingSignIn(manager: EntityManager, id: string, sessionId: string | null): Promise<void> {
    await manager
      .getRepository(OidcSignInEntity)
      .update({ id }, { sessionId, pendingHash: null, pendingExpiresAt: null });
  }

  async signInOfSession(manager: EntityManager, sessionId: string): Promise<OidcSignInEntity | null> {
    return manager.getRepository(OidcSignInEntity).findOneBy({ sessionId });
  }

  async findDomain(manager: EntityManager, domain: string): Promise<OrganizationEmailDomainEntity | null> {
    return manager.getRepository(OrganizationEmailDomainEntity).findOneBy({ domain });
  }

  async insertDomain(
    manager: EntityManager,
    domain: Pick<OrganizationEmailDomainEntity, 'organizationId' | 'domain' | 'role' | 'createdBy'>,
  ): Promise<OrganizationEmailDomainEntity> {
    return insertRow(manager, OrganizationEmailDomainEntity, domain);
  }

  async domainsOf(manager: EntityManager, organizationId: string): Promise<OrganizationEmailDomainEntity[]> {
    return manager
      .getRepository(OrganizationEmailDomainEntity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  async insertInvitation(
    manager: EntityManager,
    invitation: { organizationId: string; email: string; role: Role; invitedBy: string | null; expiresAt: Date },
  ): Promise<OrganizationInvitationEntity> {
    return insertRow(manager, OrganizationInvitationEntity, { ...invitation, acceptedAt: null, acceptedUserId: null });
  }

  async invitationsOf(manager: EntityManager, organizationId: string): Promise<OrganizationInvitationEntity[]> {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** The newest open invitation for this e-mail (not accepted, not expired). */
  async openInvitation(manager: EntityManager, email: string): Promise<OrganizationInvitationEntity | null> {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('i')
      .where('i.email = :email AND i.accepted_at IS NULL AND i.expires_at > now()', { email })
      .orderBy('i.created_at', 'DESC')
      .setLock('pessimistic_write')
      .getOne();
  }

  async acceptInvitation(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager
      .getRepository(OrganizationInvitationEntity)
      .update({ id }, { acceptedAt: new Date(), acceptedUserId: userId });
  }
}
