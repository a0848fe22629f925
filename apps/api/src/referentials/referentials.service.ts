import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  assess,
  alternativeProofCode,
  applyErrata,
  canonicalJson,
  codeLookupKey,
  erratumConcerns,
  erratumInForce,
  type Erratum,
  type Answers,
  type Assessment,
  normalizeCode,
  questionnaireState,
  validateAnswers,
  type AnswersValidation,
  type Referential,
  type Scenario,
} from '@preuve/domain';
import { ReferentialAmendmentRepository, ReferentialRepository, type ReferentialEntity } from '@preuve/persistence';
import type { Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { Lru } from '../common/lru.js';
import { InvalidationBus, SharedCache } from '../database/invalidation-bus.js';
import type { AssessmentResponseDto, ReferentialSummaryDto, ScenarioLookupDto } from './dto/index.js';
import { EncodedBody } from '../common/http/encoded-body.js';

/** A published référentiel, ready to serve: immutable, so kept for the life of the process. */
export interface CachedReferential {
  id: string;
  contentHash: string;
  status: 'draft' | 'published';
  referential: Referential;
  /** The GET /referentials/{id} body, serialised once and gzipped once; the ETag is the content hash. */
  encoded: EncodedBody;
  scenarios: Map<string, { requirementCode: string; scenario: Scenario }>;
  /**
   * The code as this référentiel writes it, whatever the caller wrote (`ins.VA1.53`, `DB/SO/106`,
   * `ann.2.1.2`, URL-encoded…); null when it is no code of this référentiel (see codeLookupKey).
   */
  canonical(raw: string): string | null;
  /**
   * `assess()` of this référentiel, memoised by answers: it is a pure function of an immutable
   * tree, and many dossiers share the same answers.
   */
  assess(answers: Answers): Assessment;
}

/**
 * A code as the référentiel writes it, whatever the spelling (see codeLookupKey). DMN codes have
 * one shape: anything else is no code (null: 400). A Ségur REM writes its own, so a well-formed
 * code it lacks comes back as written (callers answer 404).
 */
export function resolveCode(entry: Pick<CachedReferential, 'canonical' | 'referential'>, raw: string): string | null {
  const found = entry.canonical(raw);
  if (found !== null) return found;
  if (entry.referential.programme !== 'SEGUR') return normalizeCode(raw);
  return codeLookupKey(raw) === null ? null : (normalizeCode(raw) ?? raw.trim());
}

/** The answers, validated against the questionnaire; 400 INVALID_ANSWERS naming every bad key. */
export function validatedAnswers(referential: Referential, raw: Record<string, unknown>): AnswersValidation {
  const validation = validateAnswers(referential, raw);
  if (validation.errors.length > 0) {
    const keys = [...new Set(validation.errors.map((error) => error.key))].join(', ');
    throw new AppError(ErrorCode.InvalidAnswers, `Some answers do not fit the questionnaire: ${keys}.`, {
      answers: validation.errors,
    });
  }
  return validation;
}

export interface ReferentialListFilter {
  programme?: string;
  couloir?: string;
  dispositif?: string;
  vague?: string;
  status?: string;
}

/** A dossier's view of its référentiel: the published tree with the errata in force for it. */
export interface DossierReferential extends CachedReferential {
  /** The errata in force for the dossier, oldest first. */
  errata: Erratum[];
  /** Moves whenever the errata dated up to now change (cache keys of views and completeness). */
  errataStamp: string;
}

const ERRATA_TOPIC = 'errata';

/** Who may see drafts (imported grids not yet published), import, and publish: authority and platform admins. */
export const REFERENTIAL_ADMINS = ['platform_admin', 'review_lead'] as const;

export function isReferentialAdmin(principal: Principal | null | undefined): boolean {
  return principal?.kind === 'user' && (REFERENTIAL_ADMINS as readonly string[]).includes(principal.role);
}

@Injectable()
export class ReferentialsService {
  private readonly cache = new Map<string, CachedReferential>();
  /** Errata by référentiel: a new erratum on any instance invalidates them everywhere at its commit. */
  private readonly errataCache: SharedCache<Erratum[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReferentialRepository,
    private readonly amendments: ReferentialAmendmentRepository,
    private readonly bus: InvalidationBus,
  ) {
    this.errataCache = new SharedCache(bus, ERRATA_TOPIC, 1_000);
  }

  /** Every erratum of a référentiel, oldest first (cached until an erratum is added on any instance). */
  async errata(referentialId: string): Promise<Erratum[]> {
    return this.errataCache.get(referentialId, () => this.readErrata(referentialId));
  }

  private async readErrata(referentialId: string): Promise<Erratum[]> {
    const rows = await this.amendments.errata(this.dataSource.manager, referentialId);
    return rows.map((row): Erratum => ({
      id: row.id,
      kind: row.kind as Erratum['kind'],
      target: row.target,
      effectiveFrom: row.effectiveFrom,
      source: row.source,
      text: row.text,
      ...(row.data as Partial<Erratum>),
    }));
  }

  /** In the transaction that adds an erratum: every instance forgets the référentiel's errata at commit. */
  async errataChanged(manager: EntityManager, referentialId: string): Promise<void> {
    await this.bus.publish(manager, ERRATA_TOPIC, referentialId);
  }

  /** Forgets here at once, for the answer of the request that added an erratum. */
  forgetErrata(referentialId: string): void {
    this.errataCache.forget(referentialId);
  }

  /**
   * The ids of the référentiel's errata dated up to now (the `errataStamp` of `forDossier`): a new
   * erratum, or one coming into force, changes it.
   */
  async errataStamp(referentialId: string, now = new Date()): Promise<string> {
    return stampOf(datedErrata(await this.errata(referentialId), now));
  }

  /**
   * The référentiel as a dossier sees it: errata dated up to now apply unless the dossier was
   * decided before them. Without errata in force this is the published tree itself.
   */
  async forDossier(
    dossier: { referentialId: string; status: string; updatedAt: Date },
    now = new Date(),
  ): Promise<DossierReferential> {
    const base = await this.get(dossier.referentialId);
    const dated = datedErrata(await this.errata(dossier.referentialId), now);
    const decidedAt = dossier.status === 'approved' || dossier.status === 'rejected' ? dossier.updatedAt : null;
    const errata = dated.filter((erratum) => erratumInForce(erratum, now, decidedAt));
    const errataStamp = stampOf(dated);
    if (errata.length === 0) return { ...base, errata, errataStamp };
    // Alternative proofs are codes of this dossier's référentiel too.
    const alternatives = new Map<string, string>();
    for (const { requirementCode, scenario } of base.scenarios.values()) {
      const shape = { code: scenario.code, requirementCode, proofs: scenario.proofs };
      errata
        .filter((erratum) => erratum.kind === 'alternative_proof' && erratumConcerns(erratum, shape))
        .forEach((_erratum, index) => {
          const code = alternativeProofCode(shape, index);
          alternatives.set(codeLookupKey(code) ?? code, code);
        });
    }
    return {
      ...base,
      errata,
      errataStamp,
      canonical: (raw) => {
        const found = base.canonical(raw);
        if (found !== null) return found;
        const key = codeLookupKey(raw);
        return key === null ? null : (alternatives.get(key) ?? null);
      },
      assess: (answers) => applyErrata(base.assess(answers), errata),
    };
  }

  /** The référentiels, filtered on what the caller gave (programme, couloir, dispositif, vague, status). */
  async list(filter: ReferentialListFilter = {}, principal?: Principal): Promise<ReferentialSummaryDto[]> {
    // Drafts only for authority and platform admins.
    const rows = await this.repository.listSummaries(this.dataSource.manager, {
      includeDrafts: isReferentialAdmin(principal),
    });
    const same = (wanted: string | undefined, value: string | null): boolean =>
      wanted === undefined || wanted.toUpperCase() === (value ?? '').toUpperCase();
    return rows
      .filter(
        (row) =>
          same(filter.programme, row.programme) &&
          same(filter.couloir, row.couloir) &&
          same(filter.dispositif, row.dispositif) &&
          same(filter.vague, row.vague) &&
          same(filter.status, row.status),
      )
      .map(({ id, programme, code, version, title, contentHash, couloir, dispositif, vague, status, publishedAt }) => ({
        id,
        programme,
        code,
        version,
        title,
        contentHash,
        status,
        publishedAt: publishedAt?.toISOString() ?? null,
        ...(programme === 'SEGUR' ? { couloir, dispositif, vague } : {}),
      }));
  }

  private notFound(id: string): AppError {
    return new AppError(
      ErrorCode.ReferentialNotFound,
      `No référentiel has the id « ${id} ». GET /api/v1/referentials lists them.`,
    );
  }

  /**
   * A published tree; 404 REFERENTIAL_NOT_FOUND for an unknown id and for a draft (a dossier can
   * only pin a published version). Served from memory after the first read: published rows never change.
   */
  async get(id: string): Promise<CachedReferential> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.repository.findById(this.dataSource.manager, id);
    if (!row || row.status !== 'published') throw this.notFound(id);
    const entry = this.entryOf(row);
    this.cache.set(id, entry);
    return entry;
  }

  /** A published tree, or for authority and platform admins a draft too (never cached: a draft's overlay may change). */
  async getForReader(principal: Principal | undefined, id: string): Promise<CachedReferential> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    if (!isReferentialAdmin(principal)) return this.get(id);
    const row = await this.repository.findById(this.dataSource.manager, id);
    if (!row) throw this.notFound(id);
    if (row.status === 'published') return this.get(id);
    return this.entryOf(row);
  }

  private entryOf(row: ReferentialEntity): CachedReferential {
    const { content } = row;
    const body = {
      id: row.id,
      programme: content.programme,
      code: content.code,
      version: content.version,
      title: content.title,
      contentHash: row.contentHash,
      status: row.status,
      couloir: content.couloir,
      dispositif: content.dispositif,
      vague: content.vague,
      documents: content.documents,
      eligibility: content.eligibility,
      charter: content.charter,
      milestones: content.milestones,
      homologations: content.homologations,
      publishedOn: content.publishedOn,
      notice: content.notice,
      families: content.families,
      profiles: content.profiles,
      questions: content.questions,
      requirements: content.requirements,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      ...(row.importReport ? { importReport: row.importReport } : {}),
    };
    const scenarios = new Map(
      content.requirements.flatMap((requirement) =>
        requirement.scenarios.map(
          (scenario) => [scenario.code, { requirementCode: requirement.code, scenario }] as const,
        ),
      ),
    );
    const codes = new Map<string, string>();
    for (const requirement of content.requirements) {
      codes.set(codeLookupKey(requirement.code) ?? requirement.code, requirement.code);
      for (const scenario of requirement.scenarios) {
        codes.set(codeLookupKey(scenario.code) ?? scenario.code, scenario.code);
        for (const proof of scenario.proofs) codes.set(codeLookupKey(proof.code) ?? proof.code, proof.code);
      }
    }
    const assessments = new Lru<string, Assessment>(1_000);
    const entry: CachedReferential = {
      id: row.id,
      contentHash: row.contentHash,
      status: row.status,
      referential: content,
      encoded: EncodedBody.of(body, row.contentHash, 9),
      scenarios,
      canonical(raw) {
        const key = codeLookupKey(raw);
        return key === null ? null : (codes.get(key) ?? null);
      },
      assess(answers) {
        const key = canonicalJson(answers);
        let assessment = assessments.get(key);
        if (!assessment) {
          assessment = assess(content, answers);
          assessments.set(key, assessment);
        }
        return assessment;
      },
    };
    return entry;
  }

  async scenario(id: string, rawCode: string): Promise<ScenarioLookupDto> {
    const entry = await this.get(id);
    const code = resolveCode(entry, rawCode);
    if (code === null) {
      throw new AppError(
        ErrorCode.InvalidCode,
        `« ${rawCode} » is not a référentiel code. Codes look like « ANN 2.1 » or « ANN.2.1 ».`,
      );
    }
    const found = entry.scenarios.get(code);
    if (!found) {
      throw new AppError(
        ErrorCode.ScenarioNotFound,
        `Référentiel ${entry.referential.code} ${entry.referential.version} has no scenario « ${code} ».`,
      );
    }
    return { ...found.scenario, requirementCode: found.requirementCode, referentialId: entry.id };
  }

  async assess(id: string, rawAnswers: Record<string, unknown>): Promise<AssessmentResponseDto> {
    const { referential } = await this.get(id);
    const validation = validateAnswers(referential, rawAnswers);
    if (validation.errors.length > 0) {
      const keys = [...new Set(validation.errors.map((error) => error.key))].join(', ');
      throw new AppError(ErrorCode.InvalidAnswers, `Some answers do not fit the questionnaire: ${keys}.`, {
        answers: validation.errors,
      });
    }
    const assessment = assess(referential, validation.answers);
    return {
      referentialId: id,
      answers: validation.answers,
      ignoredAnswers: validation.ignored,
      questions: questionnaireState(referential, validation.answers),
      counts: assessment.counts,
      scenarios: assessment.scenarios,
    };
  }
}

/** The errata effective at `now` (whether they apply to a decided dossier is `erratumInForce`'s call). */
function datedErrata(all: Erratum[], now: Date): Erratum[] {
  return all.filter((erratum) => erratum.effectiveFrom.getTime() <= now.getTime());
}

function stampOf(errata: Erratum[]): string {
  return errata.map((erratum) => erratum.id).join(',');
}
