import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import {
  DeclarationRepository,
  DossierContentRepository,
  DossierRepository,
  EvidenceRepository,
  isUuid,
  OrganizationRepository,
  ProductRepository,
  ReferentialAmendmentRepository,
  ReferentialRepository,
  SubmissionRepository,
} from '@preuve/persistence';
import type { BlobStore } from '@preuve/storage';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { type BlobStoreConfig, createBlobStore } from '../evidence/blob-store.provider.js';
import { GridExportService } from '../interop/grid-export.service.js';
import { RoundArchiveService, verifierPath } from '../interop/round-archive.service.js';
import { InvalidationBus } from '../database/invalidation-bus.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { byteProgress } from './progress.js';

/**
 * The command line works on the database itself, as its operator: it reads a dossier within its
 * own vendor's walls (the scope of the organisation that owns it), through the same services as
 * the API, so a file it writes is the file the API serves.
 */
async function ownerScope(dataSource: DataSource, dossierId: string): Promise<TenantScope> {
  const rows: { organization_id: string }[] = isUuid(dossierId)
    ? await dataSource.query('SELECT organization_id FROM dossier WHERE id = $1', [dossierId])
    : [];
  if (rows.length === 0) throw new AppError(ErrorCode.DossierNotFound, `No dossier « ${dossierId} » in this database.`);
  return { kind: 'vendor', organizationId: rows[0].organization_id };
}

function referentials(dataSource: DataSource): ReferentialsService {
  // Never started: without a listener its caches are bypassed, which suits a one-shot command.
  const bus = new InvalidationBus(dataSource);
  return new ReferentialsService(dataSource, new ReferentialRepository(), new ReferentialAmendmentRepository(), bus);
}

/** Writes the dossier's grid (XLSX) to `out` (default: the file name the API gives); returns the path. */
export async function exportGrid(dataSource: DataSource, dossierId: string, out?: string): Promise<string> {
  const service = new GridExportService(
    dataSource,
    new DossierRepository(),
    new DossierContentRepository(),
    new ProductRepository(),
    referentials(dataSource),
  );
  const grid = await service.export(await ownerScope(dataSource, dossierId), dossierId);
  const path = out ?? grid.fileName;
  await writeFile(path, grid.content);
  return path;
}

/** Writes round `round` of the dossier as its archive to `out`, with a progress bar; returns path and size. */
export async function writeArchive(
  dataSource: DataSource,
  config: BlobStoreConfig,
  dossierId: string,
  round: number,
  out?: string,
): Promise<{ path: string; size: number; manifestSha256: string }> {
  const blobs = createBlobStore(config);
  try {
    return await writeArchiveWith(blobs, dataSource, dossierId, round, out);
  } finally {
    blobs.destroy?.();
  }
}

async function writeArchiveWith(
  blobs: BlobStore,
  dataSource: DataSource,
  dossierId: string,
  round: number,
  out?: string,
): Promise<{ path: string; size: number; manifestSha256: string }> {
  const service = new RoundArchiveService(
    dataSource,
    new DossierRepository(),
    new SubmissionRepository(),
    new EvidenceRepository(),
    new DeclarationRepository(),
    new ProductRepository(),
    new OrganizationRepository(),
    referentials(dataSource),
    blobs,
  );
  const archive = await service.build(await ownerScope(dataSource, dossierId), dossierId, round);
  const path = out ?? archive.fileName;
  const progress = byteProgress('archive', archive.size);
  let written = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      progress.update(written);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(archive.stream, counter, createWriteStream(path));
  } finally {
    progress.stop();
  }
  return { path, size: written, manifestSha256: archive.manifest.submission.manifestSha256 };
}

export interface ArchiveVerification {
  ok: boolean;
  unreadable?: boolean;
  checked: number;
  problem?: string;
  file?: string;
  manifestSha256?: string;
  round?: number;
  unexpected: string[];
}

interface VerifierModule {
  verifyArchive(
    target: string,
    options?: {
      onProgress?: (progress: { path: string | null; bytes: number; totalBytes: number }) => void;
    },
  ): Promise<ArchiveVerification>;
  printVerdict(result: ArchiveVerification, output?: { log?: Printer; warn?: Printer }): number;
}

type Printer = (line: string) => void;

/** The very verify.mjs that archives carry, loaded from beside the bundle. */
async function loadVerifier(): Promise<VerifierModule> {
  const url = pathToFileURL(verifierPath()).href;
  return (await import(/* webpackIgnore: true */ url)) as VerifierModule;
}

/** Verifies an archive (a folder or the ZIP) with verify.mjs, drawing a progress bar in bytes. */
export async function verifyArchiveAt(target: string): Promise<ArchiveVerification> {
  const verifier = await loadVerifier();
  let progress: ReturnType<typeof byteProgress> | undefined;
  try {
    return await verifier.verifyArchive(target, {
      onProgress({ path, bytes, totalBytes }) {
        progress ??= byteProgress('verify', totalBytes);
        progress.update(bytes, path ?? '');
      },
    });
  } finally {
    progress?.stop();
  }
}

/**
 * Prints a verification's verdict in verify.mjs's own words, all on standard output (the CLI's
 * problems are its answer, not a failure of the command); answers the exit code.
 */
export async function printArchiveVerdict(result: ArchiveVerification): Promise<number> {
  return (await loadVerifier()).printVerdict(result, { warn: (line) => console.log(line) });
}
