import type { DataSource } from 'typeorm';
import { OrganizationRepository, UserRepository } from '@preuve/persistence';
import { acceptablePasswordHash } from './organizations.service.js';

export const PLATFORM_ORGANIZATION_NAME = 'Plateforme Preuve';

/**
 * Creates the platform admin of BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD when no platform
 * admin exists yet; does nothing otherwise (idempotent, and never resets a password).
 */
export async function ensureBootstrapAdmin(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<'created' | 'exists'> {
  const passwordHash = await acceptablePasswordHash(password, email).catch((error: Error) => {
    throw new Error(`BOOTSTRAP_ADMIN_PASSWORD is refused by the password policy: ${error.message}`);
  });
  const organizations = new OrganizationRepository();
  const users = new UserRepository();
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['bootstrap-admin']);
    if ((await users.countByRole(manager, 'platform_admin')) > 0) return 'exists';
    const platform =
      (await organizations.findFirstOfKind(manager, 'platform')) ??
      (await organizations.insert(manager, PLATFORM_ORGANIZATION_NAME, 'platform'));
    await users.insert(manager, {
      organizationId: platform.id,
      email,
      displayName: 'Administrateur de la plateforme',
      role: 'platform_admin',
      passwordHash,
    });
    return 'created';
  });
}
