import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import yazl from 'yazl';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  declarationPath,
  evidencePath,
  orderArchiveFiles,
  type ArchiveFile,
  type ArchiveManifest,
  type TenantScope,
} from '@preuve/domain';
import {
  DeclarationRepository,
  DossierRepository,
  EvidenceRepository,
  OrganizationRepository,
  ProductRepository,
  SubmissionRepository,
} from '@preuve/persistence';
import type { BlobStore } from '@preuve/storage';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { declarationDocument, declarationHashInput } from '../declarations/declarations.service.js';
import { renderDeclarationPdf } from '../declarations/declaration-pdf.js';
import { BLOB_STORE } from '../evidence/blob-store.provider.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { archiveReport, type ReportScenario } from './archive-report.js';
import { utcDosDate } from './zip-time.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** The standalone verifier: beside this file in the sources, copied beside the bundle (an asset) by the build. */
const VERIFIER_MODULE = new URL('./verify-archive.mjs', import.meta.url);
let verifierSource: Buffer | undefined;
function verifier(): Buffer {
  verifierSource ??= readFileSync(fileURLToPath(VERIFIER_MODULE));
  return verifierSource;
}

/** Where the verifier is, for the command line that runs it on an archive. */
export function verifierPath(): string {
  return fileURLToPath(VERIFIER_MODULE);
}

/** A round's archive, ready to stream: its exact size is known before the first byte. */
export interface RoundArchive {
  fileName: string;
  size: number;
  stream: NodeJS.ReadableStream;
  manifest: ArchiveManifest;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The archive of a submitted round: manifest.json, verify.mjs, index.html, each declaration in
 * force (PDF and signed JSON), and each evidence version the round froze, streamed from the blob
 * store one file after the other (entries stored, not deflated: the evidence is mostly compressed
 * media already, and the size is then known up front). Memory stays constant whatever the size
 * of the evidence; only the declarations (a few kB each) are rendered in memory first.
 */
@Injectable()
export class RoundArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly submissions: SubmissionRepository,
    private readonly evidence: EvidenceRepository,
    private readonly declarations: DeclarationRepository,
    private readonly products: ProductRepository,
    private readonly organizations: OrganizationRepository,
    private readonly referentials: ReferentialsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async build(scope: TenantScope, dossierId: string, round: number): Promise<RoundArchive> {
    const manager = this.dataSource.manager;
    const dossier = await visibleDossier(this.dossiers, manager, scope, dossierId);
    const rounds = await this.submissions.listForDossier(manager, dossier.id);
    const submission = rounds.find((entry) => entry.round === round);
    if (!submission)
      throw new AppError(
        ErrorCode.RoundNotFound,
        `Round ${round} of this dossier was not submitted (submitted: ${rounds.map((entry) => entry.round).join(', ') || 'none'}).`,
      );
    const frozen = submission.manifest;
    const [cached, product, organization, evidenceRows, declarationRows] = await Promise.all([
      this.referentials.get(dossier.referentialId),
      this.products.findById(manager, scope, dossier.productId),
      this.organizations.findById(manager, dossier.organizationId),
      this.evidence.listForDossier(manager, dossier.id),
      this.declarations.listForDossier(manager, dossier.id),
    ]);
    const evidenceById = new Map(evidenceRows.map((row) => [row.id, row]));
    const declarationById = new Map(declarationRows.map((row) => [row.id, row]));

    const buffers = new Map<string, Buffer>();
    const files: ArchiveFile[] = [];
    for (const entry of frozen.declarations) {
      const declaration = declarationById.get(entry.id);
      if (!declaration) throw new Error(`declaration ${entry.id} of round ${round} is gone`);
      const json = Buffer.from(`${JSON.stringify(declarationHashInput(declaration), null, 2)}\n`);
      const pdf = await renderDeclarationPdf(
        declarationDocument(declaration, { product, organization, referential: cached, answers: frozen.answers }),
      );
      for (const [bytes, kind, extension] of [
        [json, 'declaration-json', 'json'],
        [pdf, 'declaration-pdf', 'pdf'],
      ] as const) {
        const path = declarationPath(declaration, extension);
        buffers.set(path, bytes);
        files.push({
          path,
          kind,
          sha256: sha256(bytes),
          size: bytes.length,
          scenarioCode: entry.scenarioCode,
          declarationId: entry.id,
        });
      }
    }
    for (const entry of frozen.evidence) {
      const row = evidenceById.get(entry.id);
      files.push({
        path: evidencePath({ ...entry, fileName: row?.fileName ?? entry.id }),
        kind: 'evidence',
        sha256: entry.sha256,
        size: entry.size,
        scenarioCode: entry.scenarioCode,
        proofCode: entry.proofCode,
        version: entry.version,
        evidenceId: entry.id,
        fileName: row?.fileName ?? entry.id,
        mediaType: entry.mediaType,
      });
    }

    const head: Omit<ArchiveManifest, 'files'> = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      dossier: {
        id: dossier.id,
        organization: organization?.name ?? '',
        product: product?.name ?? '',
        productVersion: product?.version ?? '',
      },
      referential: {
        id: cached.id,
        code: cached.referential.code,
        version: cached.referential.version,
        title: cached.referential.title,
      },
      round,
      submission: {
        id: submission.id,
        submittedAt: submission.submittedAt.toISOString(),
        manifestSha256: submission.manifestSha256,
        manifest: submission.manifest,
      },
    };
    const scenarios: ReportScenario[] = frozen.scenarios.map((scenario) => ({
      ...scenario,
      title: cached.scenarios.get(scenario.code)?.scenario.title ?? '',
    }));
    const ordered = orderArchiveFiles(files);
    const report = Buffer.from(archiveReport(head, ordered, scenarios));
    buffers.set('index.html', report);
    const manifest: ArchiveManifest = {
      ...head,
      files: orderArchiveFiles([
        ...ordered,
        { path: 'index.html', kind: 'report', sha256: sha256(report), size: report.length },
      ]),
    };

    const zip = new yazl.ZipFile();
    // DOS times in UTC, whatever the server's zone: the same round gives the same bytes anywhere.
    const options = { mtime: utcDosDate(submission.submittedAt), compress: false };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', options);
    zip.addBuffer(verifier(), 'verify.mjs', { ...options, mode: 0o100755 });
    for (const file of manifest.files) {
      const bytes = buffers.get(file.path);
      if (bytes) zip.addBuffer(bytes, file.path, options);
      else
        zip.addReadStreamLazy(file.path, { ...options, size: file.size }, (callback) =>
          callback(null, this.blobs.read(file.sha256)),
        );
    }
    const size = await new Promise<number>((resolve) =>
      zip.end(undefined, ((finalSize: number) => resolve(finalSize)) as () => void),
    );
    const label = `${product?.name ?? 'dossier'}-${product?.version ?? ''}`.replace(/[^\w.-]+/g, '-');
    return {
      fileName: `${label}-tour-${round}.zip`,
      size,
      stream: zip.outputStream,
      manifest,
    };
  }
}
