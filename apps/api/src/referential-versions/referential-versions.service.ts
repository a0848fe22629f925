import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PROGRAMMES, diffReferentials, type Programme, type Referential, type ReferentialDiff } from '@preuve/domain';
import { ReferentialRepository, type ReferentialEntity } from '@preuve/persistence';
import {
  DEFAULT_MAX_GRID_BYTES,
  GridInvalidError,
  GridRefusedError,
  OverlayInvalidError,
  applyOverlay,
  importGrid,
  storedImportReport,
  type ImportReport,
  type ImportedGrid,
} from '@preuve/referentials';
import { AuditService } from '../audit/audit.service.js';
import { type Principal, type RequestContext, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { ReferentialsService } from '../referentials/referentials.service.js';

/** Settings of grid imports: the largest grid file accepted. */
export class GridImportSettings {
  constructor(readonly maxGridBytes: number = DEFAULT_MAX_GRID_BYTES) {}
}

/** What the person importing says about the grid (the grid does not carry it). */
export type GridImportFields = Pick<Referential, 'code' | 'version' | 'title' | 'couloir' | 'dispositif' | 'vague'> & {
  /** As typed: checked against the programmes the app knows. */
  programme: string;
  overlay?: string;
};

export interface ImportOutcome {
  id: string;
  status: 'draft';
  report: ImportReport;
}

export interface VersionSummary {
  id: string;
  programme: string;
  code: string;
  version: string;
  title: string;
  status: 'draft' | 'published';
  contentHash: string;
  publishedAt: string | null;
  report: ImportReport | null;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,31}$/;
const VERSION_PATTERN = /^[0-9]+(\.[0-9]+){0,3}$/;

/** The library's refusals as API errors (one place, so the CLI can share the same mapping). */
export function gridErrorToAppError(error: unknown): unknown {
  if (error instanceof GridInvalidError)
    return new AppError(ErrorCode.GridInvalid, error.message, { rows: error.problems });
  if (error instanceof OverlayInvalidError)
    return new AppError(ErrorCode.OverlayInvalid, error.message, {
      problems: error.problems,
      overlayProblems: error.overlayProblems,
    });
  if (error instanceof GridRefusedError) {
    const code = {
      GRID_TOO_LARGE: ErrorCode.GridTooLarge,
      GRID_UNREADABLE: ErrorCode.GridUnreadable,
      GRID_COMPRESSION_SUSPICIOUS: ErrorCode.GridCompressionSuspicious,
      GRID_MIXED_ENCODING: ErrorCode.GridMixedEncoding,
    }[error.code];
    return new AppError(code, error.message);
  }
  return error;
}

function validatedFields(fields: Partial<GridImportFields>): GridImportFields & { programme: Programme } {
  const problems: { field: string; message: string }[] = [];
  const text = (name: keyof GridImportFields, max: number): string | undefined => {
    const value = fields[name]?.trim();
    if (value === undefined || value === '') return undefined;
    if (value.length > max) problems.push({ field: name, message: `at most ${max} characters` });
    return value;
  };
  const pattern = (name: keyof GridImportFields, shape: RegExp, example: string): string | undefined => {
    const value = text(name, 16);
    if (value !== undefined && !shape.test(value)) problems.push({ field: name, message: example });
    return value;
  };
  const programme = text('programme', 16)?.toUpperCase();
  const code = text('code', 32);
  const version = text('version', 16);
  const title = text('title', 300);
  if (!programme || !(PROGRAMMES as readonly string[]).includes(programme))
    problems.push({ field: 'programme', message: `one of ${PROGRAMMES.join(', ')}` });
  if (!code || !CODE_PATTERN.test(code))
    problems.push({ field: 'code', message: 'capital letters, digits, - or _, e.g. DMN or SEGUR-LGC' });
  if (!version || !VERSION_PATTERN.test(version))
    problems.push({ field: 'version', message: 'dotted numbers, e.g. 1.2.3' });
  if (!title) problems.push({ field: 'title', message: 'required' });
  const couloir = pattern('couloir', /^[A-Z][A-Z0-9_-]{0,15}$/, 'capital letters, e.g. MDV');
  const dispositif = pattern('dispositif', /^[A-Z][A-Za-z0-9_-]{0,15}$/, 'e.g. LGC');
  const vague = pattern('vague', /^[0-9]{1,2}$/, 'a number, e.g. 2');
  if (problems.length > 0)
    throw new AppError(
      ErrorCode.ValidationFailed,
      `The import needs: ${problems.map((problem) => `${problem.field} (${problem.message})`).join(', ')}.`,
      { fields: problems },
    );
  return {
    programme: programme as Programme,
    code: code!,
    version: version!,
    title: title!,
    couloir,
    dispositif,
    vague,
    overlay: fields.overlay?.trim() ? fields.overlay : undefined,
  };
}

/**
 * Référentiel versions: grid import into a draft, overlays on drafts, publication, and the diff
 * between two versions. Used by the API and by the command line (which passes no request context).
 */
@Injectable()
export class ReferentialVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReferentialRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    readonly settings: GridImportSettings,
  ) {}

  /**
   * A grid file (XLSX or CSV bytes) becomes a new draft version. Refusals: VALIDATION_FAILED (the
   * fields), GRID_TOO_LARGE, GRID_UNREADABLE, GRID_COMPRESSION_SUSPICIOUS, GRID_MIXED_ENCODING,
   * GRID_INVALID (every bad row), OVERLAY_INVALID, REFERENTIAL_VERSION_EXISTS.
   */
  async importGridFile(
    bytes: Buffer,
    fileName: string,
    rawFields: Partial<GridImportFields>,
    context: RequestContext | null,
  ): Promise<ImportOutcome> {
    const fields = validatedFields(rawFields);
    let imported: ImportedGrid;
    try {
      imported = await importGrid(
        bytes,
        {
          programme: fields.programme,
          code: fields.code,
          version: fields.version,
          title: fields.title,
          source: fileName,
        },
        { maxBytes: this.settings.maxGridBytes, overlay: fields.overlay },
      );
    } catch (error) {
      throw gridErrorToAppError(error);
    }
    const { loaded, base, report } = imported;
    const id = await this.dataSource.transaction(async (manager) => {
      await this.repository.lockCodeVersion(manager, fields.code, fields.version);
      const existing = await this.repository.findByCodeAndVersion(manager, fields.code, fields.version);
      if (existing)
        throw new AppError(
          ErrorCode.ReferentialVersionExists,
          `${fields.code} ${fields.version} already exists (${existing.status}): import the grid under a new version.`,
          { id: existing.id, status: existing.status },
        );
      const principal = context?.principal;
      const row = await this.repository.insert(manager, {
        programme: fields.programme,
        code: fields.code,
        version: fields.version,
        title: fields.title,
        contentHash: loaded.contentHash,
        content: loaded.referential,
        status: 'draft',
        baseContent: base.referential,
        overlay: fields.overlay ?? null,
        importReport: report as unknown as Record<string, unknown>,
        couloir: fields.couloir ?? null,
        dispositif: fields.dispositif ?? null,
        vague: fields.vague ?? null,
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, context, {
        action: 'referential.imported',
        targetType: 'referential',
        targetId: row.id,
        data: {
          code: fields.code,
          version: fields.version,
          fileName,
          contentHash: loaded.contentHash,
          overlay: fields.overlay !== undefined,
          report,
        },
      });
      return row.id;
    });
    return { id, status: 'draft', report };
  }

  /** Attaches (or replaces) the overlay of a draft; 409 REFERENTIAL_PUBLISHED once published. */
  async attachOverlay(id: string, overlay: string, context: RequestContext | null): Promise<VersionSummary> {
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findByIdForUpdate(manager, id);
      if (!found) throw this.notFound(id);
      this.draftOrThrow(found);
      const base = found.baseContent ?? found.content;
      let loaded;
      try {
        loaded = applyOverlay(base, overlay, `${found.code} ${found.version} + overlay`);
      } catch (error) {
        throw gridErrorToAppError(error);
      }
      await this.repository.updateDraft(manager, found.id, {
        content: loaded.referential,
        contentHash: loaded.contentHash,
        overlay,
      });
      await this.audit.record(manager, context, {
        action: 'referential.overlay_attached',
        targetType: 'referential',
        targetId: found.id,
        data: { code: found.code, version: found.version, contentHash: loaded.contentHash },
      });
      return Object.assign(found, { content: loaded.referential, contentHash: loaded.contentHash, overlay });
    });
    return this.summaryOf(row);
  }

  /** Publishes a draft: from then on it is immutable and dossiers may pin it. */
  async publish(id: string, context: RequestContext | null): Promise<VersionSummary> {
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findByIdForUpdate(manager, id);
      if (!found) throw this.notFound(id);
      this.draftOrThrow(found);
      const principal = context?.principal;
      const publishedAt = new Date();
      const publishedBy = actingUser(principal);
      await this.repository.updateDraft(manager, found.id, { status: 'published', publishedAt, publishedBy });
      await this.audit.record(manager, context, {
        action: 'referential.published',
        targetType: 'referential',
        targetId: found.id,
        data: { code: found.code, version: found.version, contentHash: found.contentHash },
      });
      return Object.assign(found, { status: 'published' as const, publishedAt, publishedBy });
    });
    return this.summaryOf(row);
  }

  /** What `otherId` adds, removes and changes relative to `id`; drafts only for authority and platform admins. */
  async diff(
    principal: Principal,
    id: string,
    otherId: string,
  ): Promise<ReferentialDiff & { from: string; to: string }> {
    const [from, to] = await Promise.all([
      this.referentials.getForReader(principal, id),
      this.referentials.getForReader(principal, otherId),
    ]);
    return { from: from.id, to: to.id, ...diffReferentials(from.referential, to.referential) };
  }

  private notFound(id: string): AppError {
    return new AppError(ErrorCode.ReferentialNotFound, `No référentiel has the id « ${id} ».`);
  }

  private draftOrThrow(row: ReferentialEntity): void {
    if (row.status !== 'draft')
      throw new AppError(
        ErrorCode.ReferentialPublished,
        `${row.code} ${row.version} is published: a published version never changes. Import the change under a new version.`,
        { id: row.id },
      );
  }

  private summaryOf(row: ReferentialEntity): VersionSummary {
    return {
      ...pick(row, ['id', 'programme', 'code', 'version', 'title', 'status', 'contentHash']),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      report: row.importReport ? storedImportReport(row.importReport as unknown as ImportReport) : null,
    };
  }
}
