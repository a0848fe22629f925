import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  assess,
  canonicalJson,
  type Answers,
  type Assessment,
  normalizeCode,
  questionnaireState,
  validateAnswers,
  type AnswersValidation,
  type Referential,
  type Scenario,
} from '@preuve/domain';
import { ReferentialRepository } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { Lru } from '../common/lru.js';
import type { AssessmentResponseDto, ReferentialSummaryDto, ScenarioLookupDto } from './dto/index.js';
import { EncodedBody } from '../common/http/encoded-body.js';

/** A published référentiel, ready to serve: immutable, so kept for the life of the process. */
export interface CachedReferential {
  id: string;
  contentHash: string;
  referential: Referential;
  /** The GET /referentials/{id} body, serialised once and gzipped once; the ETag is the content hash. */
  encoded: EncodedBody;
  scenarios: Map<string, { requirementCode: string; scenario: Scenario }>;
  /**
   * `assess()` of this référentiel, memoised by answers: it is a pure function of an immutable
   * tree, and many dossiers share the same answers.
   */
  assess(answers: Answers): Assessment;
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

@Injectable()
export class ReferentialsService {
  private readonly cache = new Map<string, CachedReferential>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReferentialRepository,
  ) {}

  async list(): Promise<ReferentialSummaryDto[]> {
    const rows = await this.repository.listSummaries(this.dataSource.manager);
    return rows.map(({ id, programme, code, version, title, contentHash }) => ({
      id,
      programme,
      code,
      version,
      title,
      contentHash,
    }));
  }

  /** The published tree; 404 REFERENTIAL_NOT_FOUND for an unknown id. Served from memory after the first read. */
  async get(id: string): Promise<CachedReferential> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.repository.findById(this.dataSource.manager, id);
    if (!row)
      throw new AppError(
        ErrorCode.ReferentialNotFound,
        `No référentiel has the id « ${id} ». GET /api/v1/referentials lists them.`,
      );
    const { content } = row;
    const body = {
      id: row.id,
      programme: content.programme,
      code: content.code,
      version: content.version,
      title: content.title,
      contentHash: row.contentHash,
      publishedOn: content.publishedOn,
      notice: content.notice,
      families: content.families,
      profiles: content.profiles,
      questions: content.questions,
      requirements: content.requirements,
    };
    const scenarios = new Map(
      content.requirements.flatMap((requirement) =>
        requirement.scenarios.map(
          (scenario) => [scenario.code, { requirementCode: requirement.code, scenario }] as const,
        ),
      ),
    );
    const assessments = new Lru<string, Assessment>(1_000);
    const entry: CachedReferential = {
      id: row.id,
      contentHash: row.contentHash,
      referential: content,
      encoded: EncodedBody.of(body, row.contentHash, 9),
      scenarios,
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
    this.cache.set(id, entry);
    return entry;
  }

  async scenario(id: string, rawCode: string): Promise<ScenarioLookupDto> {
    const entry = await this.get(id);
    const code = normalizeCode(rawCode);
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
