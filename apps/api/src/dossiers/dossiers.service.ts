import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  completenessCounts,
  initialPhase,
  scenarioCompleteness,
  type Answers,
  type DossierPhase,
  type Programme,
} from '@preuve/domain';
import {
  AuditEventRepository,
  currentRowScope,
  DossierContentRepository,
  DossierRepository,
  ProductRepository,
  VerdictRepository,
  type DossierEntity,
  type DossierContentCodes,
  type DossierListRow,
  type DossierStatus,
} from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { EncodedBody } from '../common/http/encoded-body.js';
import { Lru } from '../common/lru.js';
import { ListStamps, StampedPages } from '../common/list-pages.js';
import {
  ReferentialsService,
  validatedAnswers,
  type CachedReferential,
  type DossierReferential,
} from '../referentials/referentials.service.js';
import { extrasStamp, SegurStateService } from '../segur/segur-state.service.js';
import { dossierView, type DossierContent } from './dossier-view.js';
import { editableOrThrow, openScenarios } from '../common/dossier/editable.js';
import type {
  AuditEventDto,
  CompletenessDto,
  CreateDossierDto,
  DossierDto,
  DossierPageDto,
} from './dto/dossier.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { dossierNotFound } from '../common/dossier/visible-dossier.js';

/** A kept page of the dossier list, with the errata stamps its completeness was counted under. */
interface ListPage {
  body: EncodedBody;
  errata: Map<string, string>;
}

@Injectable()
export class DossiersService {
  /** GET /dossiers/{id} bodies by (id, version). */
  private readonly views = new Lru<string, EncodedBody>(200);
  /** Completeness per dossier version, for lists (pages are read again and again, versions seldom move). */
  private readonly completeness = new Lru<string, CompletenessDto>(10_000);
  /** List pages, kept while their scope's list stamp stays (and shared while being read). */
  private readonly pages: StampedPages<ListPage>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly products: ProductRepository,
    private readonly events: AuditEventRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    private readonly verdicts: VerdictRepository,
    private readonly contents: DossierContentRepository,
    private readonly segur: SegurStateService,
    private readonly stamps: ListStamps,
  ) {
    this.pages = stamps.pages();
  }

  /** The dossier's evidence versions and declarations, read together. */
  async content(manager: EntityManager, dossierId: string): Promise<DossierContent> {
    return this.contents.load(manager, dossierId);
  }

  private async view(
    dossier: DossierEntity,
    manager: EntityManager = this.dataSource.manager,
    known?: DossierReferential,
  ): Promise<DossierDto> {
    const [referential, content] = await Promise.all([
      known ?? this.referentials.forDossier(dossier),
      this.content(manager, dossier.id),
    ]);
    return dossierView(dossier, referential, content);
  }

  async create(actor: Actor, input: CreateDossierDto): Promise<DossierDto> {
    const { principal } = actor;
    // 404 REFERENTIAL_NOT_FOUND before anything is written
    const { referential } = await this.referentials.get(input.referentialId);
    const dossier = await this.dataSource.transaction(async (manager) => {
      const product = await this.products.findById(manager, tenantOf(principal), input.productId);
      if (!product)
        throw new AppError(ErrorCode.ProductNotFound, `No product « ${input.productId} » is visible to you.`);
      const created = await this.dossiers.insert(manager, {
        organizationId: product.organizationId,
        productId: product.id,
        referentialId: input.referentialId,
        createdBy: actingUser(principal),
        programme: referential.programme,
        phase: initialPhase(referential.programme),
        productVersion: input.productVersion ?? product.version,
      });
      await this.audit.record(manager, actor, {
        action: 'dossier.created',
        targetType: 'dossier',
        targetId: created.id,
        data: {
          productId: product.id,
          referentialId: input.referentialId,
          programme: created.programme,
          productVersion: created.productVersion,
        },
      });
      return created;
    });
    return this.view(dossier);
  }

  /**
   * The dossier view as GET /dossiers/{id} sends it, memoised by (id, version): every change to
   * what the view shows moves the version on (answers, status, evidence, declarations, verdicts),
   * so a cached view is never stale. Serialised once, gzipped once, with the SHA-256 of the body as
   * its ETag (a client that has it gets a 304); its completeness also serves the list.
   */
  async getEncoded(principal: Principal, id: string): Promise<EncodedBody> {
    const dossier = await this.dossiers.findById(this.dataSource.manager, tenantOf(principal), id);
    if (!dossier) throw dossierNotFound(id);
    // New errata move the view without moving the dossier; so do a Ségur dossier's deadlines and
    // homologations, with time and campaign dates: the key carries what they are now.
    const [referential, extras] = await Promise.all([
      this.referentials.forDossier(dossier),
      this.segur.extras(dossier),
    ]);
    const version = `${dossier.id}:${dossier.version}:${referential.errataStamp}`;
    const key = extras ? `${version}:${extrasStamp(extras)}` : version;
    let encoded = this.views.get(key);
    if (!encoded) {
      const view = await this.view(dossier, this.dataSource.manager, referential);
      encoded = EncodedBody.hashed(extras ? { ...view, ...extras } : view);
      this.views.set(key, encoded);
      this.completeness.set(version, view.completeness);
    }
    return encoded;
  }

  async list(
    principal: Principal,
    query: { status?: DossierStatus; programme?: Programme; phase?: DossierPhase; limit?: number; cursor?: string },
  ): Promise<EncodedBody> {
    const scope = tenantOf(principal);
    const filter = { status: query.status, programme: query.programme, phase: query.phase };
    const after = decodeCursor(query.cursor);
    const limit = query.limit ?? 20;
    // The stamp first: the page then read (or kept) shows at least every change it covers.
    const stamp = await this.stamps.of(scope);
    // The page depends on the tenant, the parameters and the errata in force (completeness) only.
    const key = JSON.stringify([scope, currentRowScope(), filter, after, limit]);
    const read = async (): Promise<ListPage> => {
      const page = await this.dossiers.list(this.dataSource.manager, scope, filter, after, limit);
      const errata = await this.errataStamps(page.items.map((row) => row.referentialId));
      const completeness = await this.completenessOf(principal, page.items, errata);
      const items = page.items.map((row) => Object.assign(row, { completeness: completeness.get(row.id)! }));
      const body: DossierPageDto = { items, nextCursor: encodeCursor(page.next) };
      return { body: EncodedBody.hashed(body, 1), errata };
    };
    return (await this.pages.read(key, stamp, read, (kept) => this.errataUnchanged(kept.errata))).body;
  }

  /** Per référentiel, the ids of its errata in force now (new ones, or one coming into force, change it). */
  private async errataStamps(referentialIds: Iterable<string>): Promise<Map<string, string>> {
    const stamps = new Map<string, string>();
    for (const referentialId of new Set(referentialIds))
      stamps.set(referentialId, await this.referentials.errataStamp(referentialId));
    return stamps;
  }

  private async errataUnchanged(kept: Map<string, string>): Promise<boolean> {
    const now = await this.errataStamps(kept.keys());
    return [...kept].every(([referentialId, stamp]) => now.get(referentialId) === stamp);
  }

  /**
   * Completeness of a page's dossiers, memoised per dossier version (pages are read again and
   * again, versions seldom move): only the dossiers not seen at this version have their answers
   * and content codes read, in one query.
   */
  private async completenessOf(
    principal: Principal,
    rows: DossierListRow[],
    errata: Map<string, string>,
  ): Promise<Map<string, CompletenessDto>> {
    const known = new Map<string, CompletenessDto>();
    const missing: string[] = [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const { id, version, referentialId } of rows) {
      const key = `${id}:${version}:${errata.get(referentialId)}`;
      const found = this.completeness.get(key);
      if (found) known.set(id, found);
      else missing.push(id);
    }
    const contents = await this.dossiers.contentCodes(this.dataSource.manager, tenantOf(principal), missing);
    for (const content of contents) {
      // Read after the page: if the dossier moved on meanwhile, this is its newer completeness.
      const row = byId.get(content.id)!;
      const referential = await this.referentials.forDossier({ ...row, referentialId: content.referentialId });
      const completeness = this.computeCompleteness(content, referential);
      this.completeness.set(`${content.id}:${content.version}:${referential.errataStamp}`, completeness);
      known.set(content.id, completeness);
    }
    return known;
  }

  private computeCompleteness(content: DossierContentCodes, referential: DossierReferential): CompletenessDto {
    const evidenced = new Set(content.evidencedProofs);
    const declared = new Set(content.declaredScenarios);
    return completenessCounts(
      referential.assess(content.answers).scenarios.map((scenario) => ({
        applicable: scenario.applicable,
        completeness: scenarioCompleteness(
          scenario,
          evidenced,
          scenario.declarationRequired && declared.has(scenario.code),
        ),
      })),
    );
  }

  /** Replaces the answers (validated as a whole, nothing saved on error) and recomputes applicability. */
  async putAnswers(actor: Actor, id: string, raw: Record<string, unknown>): Promise<DossierDto> {
    const { principal } = actor;
    const dossier = await this.dataSource.transaction(async (manager) => {
      const found = await this.dossiers.findById(manager, tenantOf(principal), id, { lock: true });
      if (!found) throw dossierNotFound(id);
      editableOrThrow(found);
      const { referential } = await this.referentials.get(found.referentialId);
      const validation = validatedAnswers(referential, raw);
      const open = openScenarios(found, await this.verdicts.listForDossier(manager, found.id));
      if (open)
        this.frozenApplicabilityUnchanged(found, validation.answers, open, await this.referentials.forDossier(found));
      const before = found.answers;
      if (canonicalJson(before) === canonicalJson(validation.answers)) return found; // nothing changed, nothing to record
      const saved = await this.dossiers.updateAnswers(manager, found, validation.answers);
      await this.audit.record(manager, actor, {
        action: 'dossier.answers_changed',
        ...aboutDossier(saved),
        data: { before, after: validation.answers, ignored: validation.ignored },
      });
      return saved;
    });
    return this.view(dossier);
  }

  /** After a change request, new answers may not change whether a frozen scenario applies. */
  private frozenApplicabilityUnchanged(
    dossier: DossierEntity,
    answers: Answers,
    open: Set<string>,
    referential: CachedReferential,
  ): void {
    const before = new Map(referential.assess(dossier.answers).scenarios.map((scenario) => [scenario.code, scenario]));
    const moved = referential
      .assess(answers)
      .scenarios.filter((scenario) => !open.has(scenario.code))
      .filter((scenario) => {
        const previous = before.get(scenario.code);
        return (
          previous?.applicable !== scenario.applicable || previous.declarationRequired !== scenario.declarationRequired
        );
      })
      .map((scenario) => scenario.code);
    if (moved.length > 0) {
      throw new AppError(
        ErrorCode.ScenarioFrozen,
        `These answers would change whether ${moved.join(', ')} apply, and they are not under change request.`,
        { scenarios: moved },
      );
    }
  }

  async auditTrail(principal: Principal, id: string): Promise<AuditEventDto[]> {
    const manager = this.dataSource.manager;
    const dossier = await this.dossiers.findById(manager, tenantOf(principal), id);
    if (!dossier) throw dossierNotFound(id);
    const events = await this.events.listForTarget(manager, 'dossier', dossier.id);
    return events.map(({ seq, occurredAt, action, actorUserId, actorTokenId, data }) => ({
      seq,
      occurredAt,
      action,
      actorUserId,
      actorTokenId,
      data,
    }));
  }
}
