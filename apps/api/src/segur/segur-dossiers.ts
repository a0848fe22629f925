import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierRepository, type DossierEntity } from '@preuve/persistence';
import { tenantOf, type Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { dossierNotFound } from '../common/dossier/visible-dossier.js';

/** Ségur dossiers as the caller may see them: 404 behind the tenant wall, 409 for a DMN dossier. */
@Injectable()
export class SegurDossiers {
  constructor(private readonly dossiers: DossierRepository) {}

  find(
    manager: EntityManager,
    principal: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<DossierEntity> {
    return this.checked(id, this.dossiers.findById(manager, tenantOf(principal), id, options));
  }

  /**
   * As `find`, except that the authority also reaches a Ségur dossier never submitted: the review
   * lead extends the application deadline of a dossier that is still being drafted. Nothing else
   * of a draft is shown to the authority.
   */
  findForExtension(manager: EntityManager, principal: Principal, id: string): Promise<DossierEntity> {
    return this.checked(id, this.dossiers.findSegurForExtension(manager, tenantOf(principal), id, { lock: true }));
  }

  private async checked(id: string, found: Promise<DossierEntity | null>): Promise<DossierEntity> {
    const dossier = await found;
    if (!dossier) throw dossierNotFound(id);
    if (dossier.programme !== 'SEGUR')
      throw new AppError(
        ErrorCode.NotSegurDossier,
        `Dossier « ${id} » is a ${dossier.programme} dossier: the Ségur procedure does not apply to it.`,
        { programme: dossier.programme },
      );
    return dossier;
  }

  /** Moves the dossier's version on: its view (phase, deadlines, homologations) changed. */
  touch(manager: EntityManager, dossier: DossierEntity): Promise<void> {
    return this.dossiers.touch(manager, dossier.id);
  }

  save(manager: EntityManager, dossier: DossierEntity): Promise<DossierEntity> {
    return this.dossiers.save(manager, dossier);
  }
}
