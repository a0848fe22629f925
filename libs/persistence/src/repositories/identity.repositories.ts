import type { EntityManager } from 'typeorm';
import type { OrganizationKind, Role } from '@preuve/domain';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { OrganizationEntity } from '../entities/organization.entity.js';
import { RecoveryCodeEntity } from '../entities/recovery-code.entity.js';
import { SessionEntity } from '../entities/session.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { isUuid } from './uuid.js';
import { OrganizationRowsRepository } from './organization-rows.js';
import { insertRow, oldestFirst, toEntity } from './entity-rows.js';

export class OrganizationRepository {
  async insert(manager: EntityManager, name: string, kind: OrganizationKind): Promise<OrganizationEntity> {
    return insertRow(manager, OrganizationEntity, { name, kind });
  }

  async findById(manager: EntityManager, id: string): Promise<OrganizationEntity | null> {
    return isUuid(id) ? manager.getRepository(OrganizationEntity).findOneBy({ id }) : null;
  }

  async findByName(manager: EntityManager, name: string, kind: OrganizationKind): Promise<OrganizationEntity | null> {
    return manager.getRepository(OrganizationEntity).findOne({ where: { name, kind }, order: { createdAt: 'ASC' } });
  }

  async findFirstOfKind(manager: EntityManager, kind: OrganizationKind): Promise<OrganizationEntity | null> {
    return manager.getRepository(OrganizationEntity).findOne({ where: { kind }, order: { createdAt: 'ASC' } });
  }

  async list(manager: EntityManager): Promise<OrganizationEntity[]> {
    return oldestFirst(manager, OrganizationEntity);
  }
}

export type UserWithOrganization = UserEntity & {
  organizationKind: OrganizationKind;
  /** With `findById(…, sessionId)`: whether that session of the user is still open. */
  sessionOpen?: boolean;
};

export class UserRepository extends OrganizationRowsRepository<UserEntity> {
  constructor() {
    super(UserEntity);
  }

  /** Read on every request a user token makes: plain SQL, one round trip. */
  async findById(manager: EntityManager, id: string, sessionId?: string): Promise<UserWithOrganization | null> {
    if (!isUuid(id) || (sessionId !== undefined && !isUuid(sessionId))) return null;
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT u.id, u.organization_id, u.email, u.display_name, u.role, u.password_hash, u.failed_logins, u.locked_until,
              u.totp_secret, u.totp_enabled_at, u.totp_last_step, u.created_at, o.kind AS organization_kind,
              EXISTS (SELECT 1 FROM session s WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now())
                AS session_open
       FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.id = $1`,
      [id, sessionId ?? null],
    );
    const row = rows[0];
    if (!row) return null;
    return Object.assign(toEntity(manager, UserEntity, row), {
      organizationKind: row.organization_kind,
      sessionOpen: row.session_open,
    }) as UserWithOrganization;
  }

  async findByEmail(manager: EntityManager, email: string): Promise<UserWithOrganization | null> {
    const user = await manager
      .getRepository(UserEntity)
      .findOne({ where: { email: email.toLowerCase() }, relations: { organization: true } });
    return user?.organization ? Object.assign(user, { organizationKind: user.organization.kind }) : null;
  }

  /** Locks the row for the rest of the transaction (login counters, TOTP steps). */
  async lockById(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async emailExists(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(UserEntity).existsBy({ email: email.toLowerCase() });
  }

  async insert(
    manager: EntityManager,
    user: { organizationId: string; email: string; displayName: string; role: Role; passwordHash: string },
  ): Promise<UserEntity> {
    return insertRow(manager, UserEntity, { ...user, email: user.email.toLowerCase() });
  }

  async update(manager: EntityManager, id: string, changes: Partial<UserEntity>): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, changes);
  }

  async countByRole(manager: EntityManager, role: Role): Promise<number> {
    return manager.getRepository(UserEntity).countBy({ role });
  }
}

export class RecoveryCodeRepository {
  async replaceAll(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
    const repository = manager.getRepository(RecoveryCodeEntity);
    await repository.delete({ userId });
    await repository.insert(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null })));
  }

  /** Marks an unused code used; false when there is none with that hash. */
  async consume(manager: EntityManager, userId: string, codeHash: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RecoveryCodeEntity)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :codeHash AND used_at IS NULL', { userId, codeHash })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

export type ApiTokenWithOrganization = ApiTokenEntity & { organizationKind: OrganizationKind };

export class ApiTokenRepository extends OrganizationRowsRepository<ApiTokenEntity> {
  constructor() {
    super(ApiTokenEntity);
  }

  /** Read on every request an API token makes: plain SQL, one round trip. */
  async findByHash(manager: EntityManager, tokenHash: string): Promise<ApiTokenWithOrganization | null> {
    return this.findOne(manager, 't.token_hash = $1', tokenHash);
  }

  /** The token that issued a signed link, read each time the link is used. */
  async findById(manager: EntityManager, id: string): Promise<ApiTokenWithOrganization | null> {
    return isUuid(id) ? this.findOne(manager, 't.id = $1', id) : null;
  }

  private async findOne(
    manager: EntityManager,
    condition: 't.token_hash = $1' | 't.id = $1',
    value: string,
  ): Promise<ApiTokenWithOrganization | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT t.id, t.organization_id, t.name, t.prefix, t.token_hash, t.scopes, t.created_by, t.created_at, t.revoked_at,
              t.last_used_at, o.kind AS organization_kind
       FROM api_token t JOIN organization o ON o.id = t.organization_id WHERE ${condition}`,
      [value],
    );
    const row = rows[0];
    if (!row) return null;
    return Object.assign(toEntity(manager, ApiTokenEntity, row), {
      organizationKind: row.organization_kind,
    }) as ApiTokenWithOrganization;
  }

  async insert(
    manager: EntityManager,
    token: Omit<ApiTokenEntity, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>,
  ): Promise<ApiTokenEntity> {
    return insertRow(manager, ApiTokenEntity, { ...token, revokedAt: null, lastUsedAt: null });
  }

  /** Revokes the token; false when it was already revoked (by a concurrent request, say). */
  async revoke(manager: EntityManager, id: string): Promise<boolean> {
    const revoked: unknown[] = await manager.query(
      // A SELECT over the UPDATE: TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
      'WITH revoked AS (UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id) SELECT id FROM revoked',
      [id],
    );
    return revoked.length > 0;
  }

  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(ApiTokenEntity).update({ id }, { lastUsedAt: () => 'now()' });
  }
}

export class SessionRepository {
  async insert(
    manager: EntityManager,
    session: Pick<SessionEntity, 'userId' | 'refreshHash' | 'csrfHash' | 'expiresAt' | 'userAgent' | 'ip'>,
  ): Promise<SessionEntity> {
    return insertRow(manager, SessionEntity, { ...session, revokedAt: null });
  }

  /** The live session with this refresh token hash, locked for rotation. */
  async lockLiveByRefreshHash(manager: EntityManager, refreshHash: string): Promise<SessionEntity | null> {
    return manager
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .setLock('pessimistic_write')
      .where('session.refresh_hash = :refreshHash AND session.revoked_at IS NULL AND session.expires_at > now()', {
        refreshHash,
      })
      .getOne();
  }

  async rotate(manager: EntityManager, id: string, refreshHash: string, csrfHash: string): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id }, { refreshHash, csrfHash });
  }

  async revoke(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id }, { revokedAt: () => 'now()' });
  }
}
