import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  canonicalJson,
  DECLARANT_ROLE_LABELS,
  DECLARANT_ROLES,
  JUSTIFICATION_MAX,
  JUSTIFICATION_MIN,
  STATEMENT_TEMPLATE,
  STATEMENT_VERSION,
  statementText,
  type Answers,
  type DeclarantRole,
} from '@preuve/domain';
import {
  DeclarationEntity,
  DeclarationRepository,
  DossierRepository,
  OrganizationRepository,
  ProductRepository,
  VerdictRepository,
} from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { editableOrThrow, proofPhaseOpenOrThrow, scenarioEditableOrThrow } from '../common/dossier/editable.js';
import { ReferentialsService, resolveCode, type CachedReferential } from '../referentials/referentials.service.js';
import { renderDeclarationPdf, type DeclarationDocument } from './declaration-pdf.js';
import type { CreateDeclarationDto, DeclarationDto, StatementDto } from './dto/declaration.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** What a declaration says: who declares what of which scenario, under which statement. */
const WHAT_IT_SAYS = [
  'scenarioCode',
  'round',
  'declarantName',
  'declarantRole',
  'justification',
  'statementVersion',
  'statementText',
] as const;

/** What the hash of a declaration covers: everything it says, who and when (also its JSON in an archive). */
export function declarationHashInput(
  declaration: Omit<DeclarationEntity, 'sha256' | 'dossier'>,
): Record<string, unknown> {
  return {
    ...pick(declaration, ['id', 'dossierId', 'organizationId', ...WHAT_IT_SAYS]),
    signedAt: declaration.signedAt.toISOString(),
    signedBy: declaration.signedBy,
    signedByToken: declaration.signedByToken,
    ip: declaration.ip,
    userAgent: declaration.userAgent,
  };
}

function declarationHash(declaration: Omit<DeclarationEntity, 'sha256' | 'dossier'>): string {
  return createHash('sha256')
    .update(canonicalJson(declarationHashInput(declaration)))
    .digest('hex');
}

/** What the PDF of a declaration shows, from the declaration and what it is about. */
export function declarationDocument(
  declaration: DeclarationEntity,
  about: {
    product: { name: string; version: string } | null;
    organization: { name: string } | null;
    referential: CachedReferential | null;
    answers: Answers | null;
  },
): DeclarationDocument {
  const { product, organization, referential: cached, answers } = about;
  const assessed =
    cached && answers
      ? cached.assess(answers).scenarios.find((scenario) => scenario.code === declaration.scenarioCode)
      : undefined;
  return {
    id: declaration.id,
    dossierId: declaration.dossierId,
    productName: product?.name ?? '',
    productVersion: product?.version ?? '',
    organizationName: organization?.name ?? '',
    referential: cached ? `${cached.referential.code} ${cached.referential.version}` : '',
    scenarioCode: declaration.scenarioCode,
    scenarioTitle: cached?.scenarios.get(declaration.scenarioCode)?.scenario.title ?? '',
    reasons: assessed?.reasons ?? [],
    declarantName: declaration.declarantName,
    declarantRole: DECLARANT_ROLE_LABELS[declaration.declarantRole as DeclarantRole] ?? declaration.declarantRole,
    justification: declaration.justification,
    statementVersion: declaration.statementVersion,
    statementText: declaration.statementText,
    signedAt: declaration.signedAt,
    signedBy: declaration.signedBy ?? declaration.signedByToken ?? '',
    ip: declaration.ip,
    userAgent: declaration.userAgent,
    sha256: declaration.sha256,
  };
}

@Injectable()
export class DeclarationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly declarations: DeclarationRepository,
    private readonly products: ProductRepository,
    private readonly organizations: OrganizationRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    private readonly verdicts: VerdictRepository,
  ) {}

  statement(): StatementDto {
    return {
      version: STATEMENT_VERSION,
      template: STATEMENT_TEMPLATE,
      roles: DECLARANT_ROLES.map((value) => ({ value, label: DECLARANT_ROLE_LABELS[value] })),
      justificationMinLength: JUSTIFICATION_MIN,
      justificationMaxLength: JUSTIFICATION_MAX,
    };
  }

  async create(actor: Actor, dossierId: string, input: CreateDeclarationDto): Promise<DeclarationDto> {
    const { principal } = actor;
    const declaration = await this.dataSource.transaction(async (manager) => {
      const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), dossierId, { lock: true });
      proofPhaseOpenOrThrow(dossier);
      editableOrThrow(dossier);
      const cached = await this.referentials.forDossier(dossier);
      const code = resolveCode(cached, input.scenario);
      if (code === null)
        throw new AppError(ErrorCode.InvalidCode, `« ${input.scenario} » is not a scenario code (e.g. « IEU 7.1 »).`);
      const assessed = cached.assess(dossier.answers).scenarios.find((scenario) => scenario.code === code);
      if (!assessed)
        throw new AppError(ErrorCode.ScenarioNotFound, `The référentiel of this dossier has no scenario « ${code} ».`);
      scenarioEditableOrThrow(dossier, await this.verdicts.listForDossier(manager, dossier.id), code);
      if (!assessed.declarationRequired) {
        throw new AppError(
          ErrorCode.DeclarationNotRequired,
          assessed.applicable
            ? `${code} applies to this product: provide its proofs instead of a declaration.`
            : `${code} does not apply and needs no sworn declaration.`,
          { scenario: code, applicable: assessed.applicable, reasons: assessed.reasons },
        );
      }
      const product = await this.products.findById(manager, tenantOf(principal), dossier.productId);
      const organization = await this.organizations.findById(manager, dossier.organizationId);
      const { referential } = cached;
      const fields: Omit<DeclarationEntity, 'sha256' | 'dossier'> = {
        id: randomUUID(),
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        scenarioCode: code,
        round: dossier.round,
        declarantName: input.declarantName,
        declarantRole: input.declarantRole,
        justification: input.justification,
        statementVersion: STATEMENT_VERSION,
        statementText: statementText({
          declarant: input.declarantName,
          role: input.declarantRole,
          organization: organization?.name ?? dossier.organizationId,
          scenario: code,
          referential: `${referential.code} ${referential.version}`,
          product: product ? `${product.name} ${product.version}` : dossier.productId,
        }),
        signedAt: new Date(),
        signedBy: actingUser(principal),
        signedByToken: actingToken(principal),
        ip: actor.ip,
        userAgent: actor.userAgent,
      };
      const saved = await this.declarations.insert(
        manager,
        Object.assign(new DeclarationEntity(), fields, { sha256: declarationHash(fields) }),
      );
      await this.dossiers.touch(manager, dossier.id);
      await this.audit.record(manager, actor, {
        action: 'declaration.signed',
        ...aboutDossier(dossier),
        data: { declarationId: saved.id, scenario: code, sha256: saved.sha256, declarantName: saved.declarantName },
      });
      return saved;
    });
    return this.dto(declaration, false);
  }

  private dto(declaration: DeclarationEntity, superseded: boolean): DeclarationDto {
    return {
      ...pick(declaration, ['id', 'dossierId', ...WHAT_IT_SAYS]),
      signedAt: declaration.signedAt,
      sha256: declaration.sha256,
      superseded,
    };
  }

  async list(principal: Principal, dossierId: string): Promise<DeclarationDto[]> {
    const manager = this.dataSource.manager;
    const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), dossierId);
    const all = await this.declarations.listForDossier(manager, dossier.id);
    const latest = new Map(all.map((declaration) => [declaration.scenarioCode, declaration.id]));
    return all.map((declaration) => this.dto(declaration, latest.get(declaration.scenarioCode) !== declaration.id));
  }

  private async visible(principal: Principal, id: string): Promise<DeclarationEntity> {
    const declaration = await this.declarations.findById(this.dataSource.manager, tenantOf(principal), id);
    if (!declaration) throw new AppError(ErrorCode.DeclarationNotFound, `No declaration « ${id} » is visible to you.`);
    return declaration;
  }

  async get(principal: Principal, id: string): Promise<DeclarationDto> {
    const declaration = await this.visible(principal, id);
    const later = (await this.declarations.listForDossier(this.dataSource.manager, declaration.dossierId)).filter(
      (other) => other.scenarioCode === declaration.scenarioCode,
    );
    return this.dto(declaration, later.at(-1)?.id !== declaration.id);
  }

  async pdf(principal: Principal, id: string): Promise<{ fileName: string; content: Buffer }> {
    const declaration = await this.visible(principal, id);
    const manager = this.dataSource.manager;
    const dossier = await this.dossiers.findById(manager, tenantOf(principal), declaration.dossierId);
    const product = dossier ? await this.products.findById(manager, tenantOf(principal), dossier.productId) : null;
    const organization = await this.organizations.findById(manager, declaration.organizationId);
    const cached = dossier ? await this.referentials.forDossier(dossier) : null;
    const content = await renderDeclarationPdf(
      declarationDocument(declaration, {
        product,
        organization,
        referential: cached,
        answers: dossier?.answers ?? null,
      }),
    );
    return {
      fileName: `declaration-${declaration.scenarioCode.replace(/\W+/g, '-')}-${declaration.id.slice(0, 8)}.pdf`,
      content,
    };
  }
}
