import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EDITABLE_STATUSES, compareVersions, planMove, type AttentionItem } from '@preuve/domain';
import { DossierRepository } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, type RequestContext } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

export interface MoveOutcome {
  dossierId: string;
  from: string;
  to: string;
  carried: { evidence: string[]; declarations: string[] };
  needsAttention: AttentionItem[];
}

/**
 * Moves an open dossier to a newer published version of its référentiel. Nothing is copied or
 * rewritten: evidence and declarations are keyed by proof and scenario code, so they follow by
 * themselves where the code still exists; the rest stays in the dossier's history and is listed.
 */
@Injectable()
export class DossierMoveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
  ) {}

  /** The move's outcome without moving (what the dialog shows before the vendor confirms). */
  async preview(principal: Principal, dossierId: string, referentialId: string): Promise<MoveOutcome> {
    return this.run(principal, dossierId, referentialId, null, false);
  }

  async move(actor: Actor, dossierId: string, referentialId: string): Promise<MoveOutcome> {
    const { principal } = actor;
    return this.run(principal, dossierId, referentialId, actor, true);
  }

  private async run(
    principal: Principal,
    dossierId: string,
    referentialId: string,
    context: RequestContext | null,
    write: boolean,
  ): Promise<MoveOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), dossierId, { lock: write });
      if (!EDITABLE_STATUSES.includes(dossier.status))
        throw new AppError(
          ErrorCode.DossierLocked,
          `The dossier is ${dossier.status}: it can move to another version only in draft or after a change request.`,
          { status: dossier.status },
        );
      const [from, to] = await Promise.all([
        this.referentials.get(dossier.referentialId),
        this.referentials.get(referentialId),
      ]);
      const source = from.referential;
      const target = to.referential;
      if (target.programme !== source.programme || target.code !== source.code)
        throw new AppError(
          ErrorCode.MoveRefused,
          `A dossier on ${source.code} can move only to another version of ${source.code}, not to ${target.code}.`,
        );
      if (compareVersions(target.version, source.version) <= 0)
        throw new AppError(
          ErrorCode.MoveRefused,
          `The dossier is on ${source.code} ${source.version}: it can move only to a newer version, not ${target.version}.`,
        );
      const [content] = await this.dossiers.contentCodes(manager, tenantOf(principal), [dossier.id]);
      const plan = planMove({
        from: source,
        to: target,
        evidenceProofs: content.evidencedProofs,
        declaredScenarios: content.declaredScenarios,
        answers: dossier.answers,
      });
      const outcome: MoveOutcome = {
        dossierId: dossier.id,
        from: from.id,
        to: to.id,
        carried: plan.carried,
        needsAttention: plan.needsAttention,
      };
      if (!write) return outcome;
      const before = dossier.answers;
      await this.dossiers.moveToReferential(manager, dossier, to.id, plan.answers);
      await this.audit.record(manager, context, {
        action: 'dossier.moved',
        ...aboutDossier(dossier),
        data: {
          from: { id: from.id, version: source.version },
          to: { id: to.id, version: target.version },
          carried: plan.carried,
          needsAttention: plan.needsAttention.map(({ kind, code }) => ({ kind, code })),
          answersBefore: before,
          answersAfter: plan.answers,
        },
      });
      return outcome;
    });
  }
}
