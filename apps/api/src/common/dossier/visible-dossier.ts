import type { TenantScope } from '@preuve/domain';
import type { DossierEntity, DossierRepository } from '@preuve/persistence';
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/** 404 DOSSIER_NOT_FOUND: no dossier `id`, or one the caller's tenant does not see (the same answer). */
export function dossierNotFound(id: string): AppError {
  return new AppError(ErrorCode.DossierNotFound, `No dossier « ${id} » is visible to you.`);
}

/** The dossier `id` as the tenant `scope` sees it (locked for update with `lock`), or 404 DOSSIER_NOT_FOUND. */
export async function visibleDossier(
  dossiers: DossierRepository,
  manager: EntityManager,
  scope: TenantScope,
  id: string,
  options: { lock?: boolean } = {},
): Promise<DossierEntity> {
  const dossier = await dossiers.findById(manager, scope, id, options);
  if (!dossier) throw dossierNotFound(id);
  return dossier;
}
