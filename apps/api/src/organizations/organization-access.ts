import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { adminRoleOf, type Role } from '@preuve/domain';
import { OrganizationRepository, type OrganizationEntity } from '@preuve/persistence';
import type { Principal } from '../common/access/principal.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** The roles that administer an organisation (`adminRoleOf` its kind), the platform admin any. */
export const ORGANIZATION_ADMINS: readonly Role[] = ['platform_admin', 'vendor_admin', 'review_lead'];

/** Who may see and administer an organisation: one rule for every organisation-scoped route. */
@Injectable()
export class OrganizationAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationRepository,
  ) {}

  /** Reads what hangs off an organisation the caller administers (403/404 otherwise). */
  async readAdministered<T>(
    principal: Principal,
    organizationId: string,
    read: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const manager = this.dataSource.manager;
    await this.administered(manager, principal, organizationId);
    return read(manager);
  }

  /** Changes an organisation the caller administers, in one transaction that checks it first. */
  administer<T>(
    actor: Actor,
    organizationId: string,
    change: (manager: EntityManager, organization: OrganizationEntity) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      change(manager, await this.administered(manager, actor.principal, organizationId)),
    );
  }

  /**
   * The organisation, when the caller may see it: the platform admin sees all, a user their own.
   * Anything else is 404, exactly as if it did not exist.
   */
  async visible(manager: EntityManager, principal: Principal, organizationId: string): Promise<OrganizationEntity> {
    const allowed =
      principal.kind === 'user' && (principal.role === 'platform_admin' || principal.organizationId === organizationId);
    const organization = allowed ? await this.organizations.findById(manager, organizationId) : null;
    if (!organization) {
      throw new AppError(ErrorCode.OrganizationNotFound, `No organisation « ${organizationId} » is visible to you.`);
    }
    return organization;
  }

  /** As `visible`, and the caller administers it (its admin role, or the platform admin). */
  async administered(
    manager: EntityManager,
    principal: Principal,
    organizationId: string,
  ): Promise<OrganizationEntity> {
    const organization = await this.visible(manager, principal, organizationId);
    if (
      principal.kind !== 'user' ||
      (principal.role !== 'platform_admin' && principal.role !== adminRoleOf(organization.kind))
    ) {
      throw new AppError(ErrorCode.Forbidden, `Only an administrator of ${organization.name} may do this.`);
    }
    return organization;
  }
}
