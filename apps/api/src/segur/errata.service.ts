import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { alternativeProofCode, erratumConcerns, type Erratum } from '@preuve/domain';
import { ReferentialAmendmentRepository, type ReferentialErratumEntity } from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService, resolveCode, type CachedReferential } from '../referentials/referentials.service.js';
import type { ErratumDto, ErratumRequestDto } from './dto/errata.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** The level of a code within a référentiel, whatever its shape (Ségur REM codes have their own). */
function levelIn(referential: CachedReferential, code: string): 'requirement' | 'scenario' | 'proof' | null {
  if (referential.referential.requirements.some((requirement) => requirement.code === code)) return 'requirement';
  if (referential.scenarios.has(code)) return 'scenario';
  for (const { scenario } of referential.scenarios.values())
    if (scenario.proofs.some((proof) => proof.code === code)) return 'proof';
  return null;
}

/** Errata of a référentiel: dated, never edited, audited. */
@Injectable()
export class ErrataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referentials: ReferentialsService,
    private readonly amendments: ReferentialAmendmentRepository,
    private readonly audit: AuditService,
  ) {}

  private view(referential: CachedReferential, row: ReferentialErratumEntity, index: Erratum[]): ErratumDto {
    const data = row.data as Partial<Erratum>;
    const dto: ErratumDto = {
      id: row.id,
      referentialId: row.referentialId,
      kind: row.kind,
      target: row.target,
      effectiveFrom: row.effectiveFrom,
      source: row.source,
      text: row.text,
      createdAt: row.createdAt,
      ...(data.replaced !== undefined ? { replaced: data.replaced } : {}),
      ...(data.replacement !== undefined ? { replacement: data.replacement } : {}),
      ...(data.proof !== undefined ? { proof: data.proof } : {}),
    };
    if (row.kind === 'alternative_proof') {
      const alternatives = index.filter((erratum) => erratum.kind === 'alternative_proof');
      dto.proofCodes = [...referential.scenarios.values()]
        .map(({ requirementCode, scenario }) => ({ code: scenario.code, requirementCode, proofs: scenario.proofs }))
        .filter((scenario) => erratumConcerns(row, scenario))
        .map((scenario) =>
          alternativeProofCode(
            scenario,
            alternatives
              .filter((erratum) => erratumConcerns(erratum, scenario))
              .findIndex((erratum) => erratum.id === row.id),
          ),
        );
    }
    return dto;
  }

  async list(id: string): Promise<ErratumDto[]> {
    const referential = await this.referentials.get(id);
    const rows = await this.amendments.errata(this.dataSource.manager, id);
    const index = await this.referentials.errata(id);
    return rows.map((row) => this.view(referential, row, index));
  }

  async create(actor: Actor, id: string, input: ErratumRequestDto): Promise<ErratumDto> {
    const { principal } = actor;
    const referential = await this.referentials.get(id);
    const target = resolveCode(referential, input.target);
    const level = target === null ? null : levelIn(referential, target);
    if (target === null || level === null)
      throw new AppError(
        ErrorCode.UnknownErratumTarget,
        `Référentiel ${referential.referential.code} ${referential.referential.version} has no code « ${input.target} ».`,
        { target: input.target },
      );
    const problems: string[] = [];
    if (input.kind === 'requirement_withdrawn' && level === 'proof')
      problems.push('a withdrawal targets a requirement or a scenario, not a proof');
    if (input.kind === 'alternative_proof' && level === 'proof')
      problems.push('an alternative proof targets a scenario (or a requirement), not a proof');
    if (input.kind === 'alternative_proof' && !input.proof) problems.push('proof (title and kinds) is required');
    if (input.kind === 'reference_replaced' && (!input.replaced || !input.replacement))
      problems.push('replaced and replacement are required');
    if (problems.length > 0)
      throw new AppError(ErrorCode.ValidationFailed, `The erratum is not valid: ${problems.join('; ')}.`, { problems });
    const data: Record<string, unknown> = {};
    if (input.kind === 'reference_replaced')
      Object.assign(data, { replaced: input.replaced, replacement: input.replacement });
    if (input.kind === 'alternative_proof') data.proof = { title: input.proof!.title, kinds: input.proof!.kinds };
    const row = await this.dataSource.transaction(async (manager) => {
      const saved = await this.amendments.appendErratum(manager, {
        referentialId: id,
        kind: input.kind,
        target,
        effectiveFrom: new Date(input.effectiveFrom),
        source: input.source.trim(),
        text: input.text.trim(),
        data,
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'referential.erratum_added',
        targetType: 'referential',
        targetId: id,
        data: {
          erratumId: saved.id,
          kind: input.kind,
          target,
          effectiveFrom: saved.effectiveFrom,
          source: saved.source,
        },
      });
      await this.referentials.errataChanged(manager, id);
      return saved;
    });
    this.referentials.forgetErrata(id);
    return this.view(referential, row, await this.referentials.errata(id));
  }
}
