import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  hostingBlockers,
  hostingInputProblems,
  hostingRequired,
  hostingStatus,
  isCalendarDate,
  type HostingDeclaration,
  type HostingInputProblem,
} from '@preuve/domain';
import {
  DossierRepository,
  ProductHostingRepository,
  ProductRepository,
  type DossierEntity,
  type ProductEntity,
  type ProductHostingEntity,
} from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import type {
  DossierHostingDto,
  HostingDto,
  HostingHistoryDto,
  HostingRecordDto,
  PutHostingDto,
} from './dto/hosting.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

function declarationOf(row: Pick<ProductHostingEntity, 'hosts' | 'exemption'>): HostingDeclaration {
  return { hosts: row.hosts, exemption: row.exemption };
}

function recordDto(row: ProductHostingEntity): HostingRecordDto {
  return { ...pick(row, ['id', 'hosts', 'exemption']), recordedAt: row.createdAt, recordedBy: row.createdBy };
}

function problemText(problem: HostingInputProblem): string {
  switch (problem.kind) {
    case 'certificate_dates':
      return `hosts[${problem.host}].certificates[${problem.certificate}]: validTo ${problem.validTo} precedes validFrom ${problem.validFrom}`;
    case 'exemption_with_hosts':
      return 'an exemption means no HDS host is used: send either hosts or an exemption, not both';
    case 'nothing_declared':
      return 'declare at least one host, or the exemption that applies';
    case 'duplicate_activity':
      return `hosts[${problem.host}].activities lists activity ${problem.activity} twice`;
    case 'certificate_type_unused':
      return `hosts[${problem.host}].certificates[${problem.certificate}] is of type ${problem.type}, which covers none of the host's activities`;
  }
}

/** A product's HDS hosting: declared by its vendor (append-only), read by the vendor and the reviewers. */
@Injectable()
export class HostingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductRepository,
    private readonly dossiers: DossierRepository,
    private readonly hosting: ProductHostingRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
  ) {}

  private async product(manager: EntityManager, principal: Principal, id: string): Promise<ProductEntity> {
    const product = await this.products.findById(manager, tenantOf(principal), id);
    if (!product) throw new AppError(ErrorCode.ProductNotFound, `No product « ${id} » is visible to you.`);
    return product;
  }

  private view(productId: string, row: ProductHostingEntity | null, now: Date): HostingDto {
    const status = hostingStatus(row ? declarationOf(row) : null, now);
    return {
      productId,
      state: status.state,
      current: row ? recordDto(row) : null,
      coverage: status.coverage,
      issues: status.issues,
    };
  }

  /**
   * Records a new declaration (the previous ones stay). The same declaration sent again records
   * nothing: the answer is the current one.
   */
  async put(actor: Actor, productId: string, input: PutHostingDto): Promise<HostingDto> {
    const { principal } = actor;
    const declaration: HostingDeclaration = {
      hosts: input.hosts.map((host) => ({
        name: host.name,
        activities: host.activities,
        certificates: host.certificates.map(({ type, number, body, validFrom, validTo }) => ({
          type,
          number,
          body,
          validFrom,
          validTo,
        })),
      })),
      exemption: input.exemption ? { case: input.exemption.case, justification: input.exemption.justification } : null,
    };
    const badDates = declaration.hosts.flatMap((host, hostIndex) =>
      host.certificates.flatMap((certificate, index) =>
        [certificate.validFrom, certificate.validTo]
          .filter((date) => !isCalendarDate(date))
          .map((date) => `hosts[${hostIndex}].certificates[${index}]: ${date} is no calendar day`),
      ),
    );
    if (badDates.length > 0)
      throw new AppError(ErrorCode.ValidationFailed, badDates.join('; '), { problems: badDates });
    const problems = hostingInputProblems(declaration);
    const dates = problems.filter((problem) => problem.kind === 'certificate_dates');
    if (dates.length > 0)
      throw new AppError(ErrorCode.CertificateDatesInvalid, dates.map(problemText).join('; '), { problems: dates });
    if (problems.length > 0)
      throw new AppError(ErrorCode.HostingInvalid, problems.map(problemText).join('; '), { problems });

    return this.dataSource.transaction(async (manager) => {
      const product = await this.product(manager, principal, productId);
      const current = await this.hosting.latest(manager, product.id);
      if (current && canonicalJson(declarationOf(current)) === canonicalJson(declaration))
        return this.view(product.id, current, new Date());
      const row = await this.hosting.append(manager, {
        productId: product.id,
        organizationId: product.organizationId,
        hosts: declaration.hosts,
        exemption: declaration.exemption,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      const view = this.view(product.id, row, new Date());
      await this.audit.record(manager, actor, {
        action: 'product.hosting_declared',
        organizationId: product.organizationId,
        targetType: 'product',
        targetId: product.id,
        data: {
          hostingId: row.id,
          hosts: declaration.hosts.map((host) => ({
            name: host.name,
            activities: host.activities,
            certificates: host.certificates.map((certificate) => certificate.number),
          })),
          exemption: declaration.exemption?.case ?? null,
          state: view.state,
        },
      });
      return view;
    });
  }

  async get(principal: Principal, productId: string, now = new Date()): Promise<HostingDto> {
    const manager = this.dataSource.manager;
    const product = await this.product(manager, principal, productId);
    return this.view(product.id, await this.hosting.latest(manager, product.id), now);
  }

  async history(principal: Principal, productId: string): Promise<HostingHistoryDto> {
    const manager = this.dataSource.manager;
    const product = await this.product(manager, principal, productId);
    return { items: (await this.hosting.history(manager, product.id)).map(recordDto) };
  }

  /** The référentiel's HDS requirement for this dossier's answers (errata in force included). */
  private async requirement(dossier: DossierEntity): Promise<{ required: boolean; requirementCodes: string[] }> {
    const referential = await this.referentials.forDossier(dossier);
    const requirementCodes = referential.referential.hosting?.requirementCodes ?? [];
    if (requirementCodes.length === 0) return { required: false, requirementCodes };
    const applicable = new Set(
      referential
        .assess(dossier.answers)
        .scenarios.filter((scenario) => scenario.applicable)
        .map((scenario) => scenario.requirementCode),
    );
    return { required: hostingRequired({ requirementCodes }, applicable), requirementCodes };
  }

  /** The hosting as a dossier's reader sees it: the product's, and whether the dossier needs it. */
  async forDossier(principal: Principal, dossierId: string, now = new Date()): Promise<DossierHostingDto> {
    const manager = this.dataSource.manager;
    const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), dossierId);
    const [requirement, latest] = await Promise.all([
      this.requirement(dossier),
      this.hosting.latest(manager, dossier.productId),
    ]);
    return { dossierId: dossier.id, ...requirement, ...this.view(dossier.productId, latest, now) };
  }

  /**
   * Gate of a submission (inside its transaction): when the dossier's référentiel requires HDS
   * hosting for its answers, 422 HOSTING_NOT_COMPLIANT if the hosting is not declared, or a
   * certificate is expired, missing or not yet in force.
   */
  async submissionGate(manager: EntityManager, dossier: DossierEntity, now = new Date()): Promise<void> {
    const requirement = await this.requirement(dossier);
    if (!requirement.required) return;
    const latest = await this.hosting.latest(manager, dossier.productId);
    const status = hostingStatus(latest ? declarationOf(latest) : null, now);
    const blockers = hostingBlockers(status);
    if (blockers.length === 0) return;
    throw new AppError(
      ErrorCode.HostingNotCompliant,
      `The dossier cannot be submitted: its référentiel requires HDS hosting (${requirement.requirementCodes.join(', ')}) and ${
        status.state === 'undeclared'
          ? "the product's hosting is not declared (PUT /products/{id}/hosting)."
          : `${blockers.length} hosting problem(s) block it (details.issues lists them).`
      }`,
      {
        state: status.state,
        requirementCodes: requirement.requirementCodes,
        issues: status.issues.filter((issue) => issue.blocking),
      },
    );
  }
}
