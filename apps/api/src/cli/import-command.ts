import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { AuditEventRepository, ReferentialAmendmentRepository, ReferentialRepository } from '@preuve/persistence';
import type { GridProblem, ImportReport } from '@preuve/referentials';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { loadConfig } from '../config.js';
import { InvalidationBus } from '../database/invalidation-bus.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import {
  GridImportSettings,
  ReferentialVersionsService,
  type GridImportFields,
  type ImportOutcome,
} from '../referential-versions/referential-versions.service.js';
import { withDatabase } from './database.js';

/** The command's options: the import fields, but the overlay as a file to read; and whether to publish. */
interface ImportOptions extends Omit<GridImportFields, 'overlay'> {
  /** The path of a YAML overlay file. */
  overlay?: string;
  publish?: boolean;
}

function versionsService(dataSource: DataSource, maxGridBytes: number): ReferentialVersionsService {
  const repository = new ReferentialRepository();
  return new ReferentialVersionsService(
    dataSource,
    repository,
    // A bus never started: without a listener the service caches nothing, which suits one command.
    new ReferentialsService(
      dataSource,
      repository,
      new ReferentialAmendmentRepository(),
      new InvalidationBus(dataSource),
    ),
    new AuditService(new AuditEventRepository()),
    new GridImportSettings(maxGridBytes),
  );
}

/** The import report as lines a person reads in a terminal. */
export function reportLines(report: ImportReport): string[] {
  const read =
    report.format === 'csv'
      ? `CSV, ${report.encoding ?? '?'}, delimiter « ${report.delimiter ?? '?'} »`
      : `XLSX, worksheet « ${report.sheet ?? '?'} »`;
  return [
    `read: ${read}`,
    `${report.rows} row(s): ${report.requirements} requirement(s), ${report.scenarios} scenario(s), ${report.proofs} proof(s)`,
    `profiles: ${report.profiles.join(', ') || '(none)'}`,
    ...report.warnings.map((warning) => `warning: ${warning}`),
  ];
}

/** Every bad row of a refused grid, one line each, as the spreadsheet numbers rows. */
export function problemLines(problems: GridProblem[]): string[] {
  return problems.map((problem) =>
    problem.row > 0 ? `row ${problem.row}, ${problem.column}: ${problem.message}` : problem.message,
  );
}

/** Reads the grid (and overlay) files and imports them as a draft, published at once with `publish`. */
export async function importReferential(
  dataSource: DataSource,
  file: string,
  options: ImportOptions,
  maxGridBytes: number,
): Promise<ImportOutcome & { published: boolean }> {
  const readOrThrow = async (path: string, what: string): Promise<Buffer> => {
    try {
      return await readFile(path);
    } catch (error) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        `Cannot read the ${what} « ${path} »: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      );
    }
  };
  const bytes = await readOrThrow(file, 'grid file');
  const overlay = options.overlay ? (await readOrThrow(options.overlay, 'overlay file')).toString('utf8') : undefined;
  const service = versionsService(dataSource, maxGridBytes);
  const fields: Partial<GridImportFields> = {
    ...pick(options, ['programme', 'code', 'version', 'title', 'couloir', 'dispositif', 'vague']),
    overlay,
  };
  const outcome = await service.importGridFile(bytes, basename(file), fields, null);
  if (options.publish) await service.publish(outcome.id, null);
  return { ...outcome, published: options.publish === true };
}

/**
 * `preuve import-referential <file>`: the import the API's POST /referentials/import does, from a
 * file on disk. A refused grid prints every bad row and exits 1 (GRID_INVALID, OVERLAY_INVALID) or
 * names the refusal (too large, unreadable, a ZIP bomb, mixed encodings) and exits 1 too.
 */
export function addImportCommand(program: Command): void {
  program
    .command('import-referential')
    .description('import the ANS grid (XLSX or CSV) as a new draft référentiel version, with its row report')
    .argument('<file>', 'the grid: .xlsx, or .csv (UTF-8 or Windows-1252, comma or semicolon)')
    .requiredOption('-p, --programme <programme>', 'DMN or SEGUR')
    .requiredOption('-c, --code <code>', 'the référentiel code, e.g. DMN or SEGUR-LGC')
    .requiredOption('-v, --version <version>', 'the version, dotted numbers, e.g. 1.2')
    .requiredOption('-t, --title <title>', 'its title')
    .option('--couloir <couloir>', 'Ségur: the couloir, e.g. MDV')
    .option('--dispositif <dispositif>', 'Ségur: the dispositif, e.g. LGC')
    .option('--vague <vague>', 'Ségur: the vague, e.g. 2')
    .option('--overlay <file>', 'a YAML overlay: questionnaire and applicability rules')
    .option('--publish', 'publish the draft at once (a published version never changes)')
    .action(async (file: string, options: ImportOptions) => {
      try {
        const outcome = await withDatabase((dataSource) =>
          importReferential(dataSource, file, options, loadConfig().maxGridBytes),
        );
        console.log(
          `imported ${options.code} ${options.version} as ${outcome.published ? 'a published version' : 'a draft'}: ${outcome.id}`,
        );
        for (const line of reportLines(outcome.report)) console.log(line);
        if (!outcome.published) console.log('review it, then publish it (web app, or POST /referentials/{id}/publish)');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        console.log(`REFUSED (${error.code}): ${error.message}`);
        const details = error.details as
          { rows?: GridProblem[]; problems?: string[]; fields?: { field: string; message: string }[] } | undefined;
        for (const line of problemLines(details?.rows ?? [])) console.log(`  ${line}`);
        for (const problem of details?.problems ?? []) console.log(`  ${problem}`);
        process.exitCode = 1;
      }
    });
}
