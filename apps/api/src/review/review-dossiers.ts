import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DossierRepository,
  SubmissionRepository,
  type DossierEntity,
  type SubmissionEntity,
} from '@preuve/persistence';
import { tenantOf, type Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { scenarioRows, type DossierContent } from '../dossiers/dossier-view.js';
import { DossiersService } from '../dossiers/dossiers.service.js';
import { ReferentialsService, resolveCode, type DossierReferential } from '../referentials/referentials.service.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** 400 for a code that is not shaped like a scenario code. */
export function invalidScenarioCode(raw: string): AppError {
  return new AppError(ErrorCode.InvalidCode, `« ${raw} » is not a scenario code (e.g. « ANN 2.1 »).`);
}

/** 404 for a scenario the dossier's référentiel does not have. */
export function scenarioNotFound(code: string): AppError {
  return new AppError(ErrorCode.ScenarioNotFound, `The référentiel of this dossier has no scenario « ${code} ».`);
}

/** What the reviewer judges in a dossier: its référentiel (errata in force), its content, its scenario rows. */
export interface JudgedDossier {
  referential: DossierReferential;
  content: DossierContent;
  rows: ReturnType<typeof scenarioRows>;
}

/** The dossier a review route names, and what it holds. Reads only: the services that change it write. */
@Injectable()
export class ReviewDossiers {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly submissions: SubmissionRepository,
    private readonly dossierContent: DossiersService,
    private readonly referentials: ReferentialsService,
  ) {}

  /** The dossier if the principal sees it (locked for the transaction with `lock`), or 404. */
  async find(
    manager: EntityManager,
    principal: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<DossierEntity> {
    const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), id, options);
    return dossier;
  }

  /** The scenario rows as the reviewer judges them, in the transaction `manager` belongs to. */
  async judged(manager: EntityManager, dossier: DossierEntity): Promise<JudgedDossier> {
    const [referential, content] = await Promise.all([
      this.referentials.forDossier(dossier),
      this.dossierContent.content(manager, dossier.id),
    ]);
    return { referential, content, rows: scenarioRows(dossier, referential, content) };
  }

  /** A scenario code of the dossier's référentiel as a route names it (any spelling), or 400/404. */
  async scenarioCode(dossier: DossierEntity, raw: string): Promise<string> {
    const referential = await this.referentials.get(dossier.referentialId);
    const code = resolveCode(referential, raw);
    if (code === null) throw invalidScenarioCode(raw);
    if (!referential.scenarios.has(code)) throw scenarioNotFound(code);
    return code;
  }

  /** The dossier's submitted rounds, oldest first. */
  rounds(manager: EntityManager, dossier: DossierEntity): Promise<SubmissionEntity[]> {
    return this.submissions.listForDossier(manager, dossier.id);
  }
}
