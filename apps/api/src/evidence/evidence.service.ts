import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { fileTypeFromBuffer, fileTypeFromStream } from 'file-type';
import { DataSource } from 'typeorm';
import {
  acceptedMediaTypes,
  analyseCda,
  analyseFhirLog,
  analyseHl7v2,
  analyseXdm,
  cleanFileName,
  looksLikeCda,
  looksLikeHl7v2,
  textMediaType,
  TEXT_MEDIA_TYPES,
  type Answers,
} from '@preuve/domain';
import {
  DossierRepository,
  EvidenceRepository,
  VerdictRepository,
  type DossierEntity,
  type EvidenceEntity,
} from '@preuve/persistence';
import type { BlobStore, StoredBlob } from '@preuve/storage';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../events/domain-events.js';
import { tenantOf, type Principal, type RequestContext, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { evidenceSummary } from '../dossiers/dossier-view.js';
import { editableOrThrow, proofPhaseOpenOrThrow, scenarioEditableOrThrow } from '../common/dossier/editable.js';
import { ReferentialsService, resolveCode, type CachedReferential } from '../referentials/referentials.service.js';
import { BLOB_STORE, UploadSettings } from './blob-store.provider.js';
import type { EvidenceDto } from './dto/evidence.dto.js';
import { receiveUpload } from './multipart-upload.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

/** Logs larger than this are not analysed (the pre-check says so); they are stored all the same. */
const MAX_ANALYSED_LOG_BYTES = 32 * 1024 * 1024;

interface ProofTarget {
  proofCode: string;
  scenarioCode: string;
  accepted: string[];
  analyseFhirLog: boolean;
}

export function evidenceDto(evidence: EvidenceEntity): EvidenceDto {
  return {
    ...evidenceSummary(evidence),
    dossierId: evidence.dossierId,
    proofCode: evidence.proofCode,
    scenarioCode: evidence.scenarioCode,
    round: evidence.round,
  };
}

/**
 * The proof an upload targets, if the dossier's answers make some applicable scenario expect
 * it: 400 for a malformed code, 404 for an unknown proof, 422 PROOF_NOT_APPLICABLE otherwise.
 */
function targetOf(referential: CachedReferential, answers: Answers, raw: string): ProofTarget {
  const code = resolveCode(referential, raw);
  if (code === null) throw new AppError(ErrorCode.InvalidCode, `« ${raw} » is not a proof code (e.g. « ANN 2.1.2 »).`);
  const scenario = referential
    .assess(answers)
    .scenarios.find((entry) => entry.proofs.some((proof) => proof.code === code));
  if (!scenario)
    throw new AppError(ErrorCode.ProofNotFound, `The référentiel of this dossier has no proof « ${code} ».`);
  const assessed = scenario.proofs.find((proof) => proof.code === code)!;
  if (!scenario.applicable || !(assessed.required || assessed.cases)) {
    throw new AppError(
      ErrorCode.ProofNotApplicable,
      scenario.applicable
        ? `${code} is not expected with this dossier's answers${assessed.reason ? ` (${assessed.reason})` : ''}.`
        : `${scenario.code} does not apply to this product, so ${code} is not expected.`,
      { proof: code, scenario: scenario.code, reasons: scenario.reasons },
    );
  }
  // A proof an erratum added is not in the published tree: its kinds are the assessed ones.
  const proof = referential.scenarios.get(scenario.code)!.scenario.proofs.find((entry) => entry.code === code) ?? {
    kinds: assessed.kinds,
  };
  return {
    proofCode: code,
    scenarioCode: scenario.code,
    accepted: acceptedMediaTypes(proof),
    analyseFhirLog: proof.kinds.includes('logs') && code.startsWith('ANN ') && answers.directorySource === 'fhir_api',
  };
}

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly evidence: EvidenceRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    private readonly settings: UploadSettings,
    private readonly events: DomainEvents,
    private readonly verdicts: VerdictRepository,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  private async dossierOf(principal: Principal, id: string): Promise<DossierEntity> {
    const dossier = await visibleDossier(this.dossiers, this.dataSource.manager, tenantOf(principal), id);
    return dossier;
  }

  /** The real type, from the bytes: binary signatures first, then UTF-8 text by content and name. */
  private async sniff(blob: StoredBlob, fileName: string): Promise<string | null> {
    let type = await fileTypeFromBuffer(blob.head);
    if (type?.mime === 'application/zip' && blob.size > blob.head.length) {
      // Office documents are ZIP files whose telling entries may lie past the head.
      type = await fileTypeFromStream(Readable.toWeb(this.blobs.read(blob.sha256)) as never);
    }
    if (type) return type.mime;
    return textMediaType(fileName, blob.head.toString('utf8'), blob.utf8);
  }

  private async findings(blob: StoredBlob): Promise<Record<string, unknown>> {
    if (blob.size > MAX_ANALYSED_LOG_BYTES) {
      return {
        analysed: false,
        notes: [{ code: 'log_too_large', params: { bytes: blob.size, max: MAX_ANALYSED_LOG_BYTES } }],
      };
    }
    return { analysed: true, ...analyseFhirLog((await this.bytes(blob)).toString('utf8')) };
  }

  /**
   * The pre-check a Ségur proof's content calls for, whatever proof it is for: an IHE XDM archive
   * (a ZIP), HL7 v2 messages or a CDA document. Null for anything else.
   */
  private async proofFindings(
    blob: StoredBlob,
    mediaType: string,
    fileName: string,
  ): Promise<Record<string, unknown> | null> {
    const head = blob.head.toString('utf8');
    const kind =
      mediaType === 'application/zip'
        ? 'xdm'
        : !TEXT_MEDIA_TYPES.has(mediaType)
          ? null
          : looksLikeHl7v2(head)
            ? 'hl7v2'
            : looksLikeCda(head)
              ? 'cda'
              : null;
    if (kind === null) return null;
    if (blob.size > MAX_ANALYSED_LOG_BYTES) {
      return {
        analysed: false,
        check: kind,
        notes: [{ code: 'file_too_large', params: { bytes: blob.size, max: MAX_ANALYSED_LOG_BYTES } }],
      };
    }
    const bytes = await this.bytes(blob);
    if (kind === 'xdm') return { analysed: true, ...analyseXdm(bytes) };
    if (kind === 'hl7v2') return { analysed: true, ...analyseHl7v2(bytes.toString('utf8')) };
    return { analysed: true, ...analyseCda(bytes.toString('utf8'), fileName) };
  }

  private async bytes(blob: StoredBlob): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.blobs.read(blob.sha256)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async upload(actor: Actor, dossierId: string, request: Request): Promise<EvidenceDto> {
    const { principal } = actor;
    const dossier = await this.dossierOf(principal, dossierId);
    proofPhaseOpenOrThrow(dossier);
    editableOrThrow(dossier); // before a single byte is read
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.settings.maxUploadBytes + 64 * 1024) {
      throw new AppError(
        ErrorCode.PayloadTooLarge,
        `The file exceeds the limit of ${this.settings.maxUploadBytes} bytes (MAX_UPLOAD_BYTES).`,
        {
          limit: this.settings.maxUploadBytes,
        },
      );
    }
    const referential = await this.referentials.forDossier(dossier);
    const upload = await receiveUpload(request, this.blobs, this.settings.maxUploadBytes, (name, value) => {
      if (name === 'proof') targetOf(referential, dossier.answers, value); // refuse early, before the file
      if (name === 'description' && value.length > 2000)
        throw new AppError(ErrorCode.ValidationFailed, 'description is limited to 2000 characters.');
    });
    const proof = upload.fields.proof;
    if (!proof)
      throw new AppError(ErrorCode.ValidationFailed, 'Say which proof the file is for, in the field « proof ».');
    return this.record(
      principal,
      dossier,
      referential,
      {
        proof,
        blob: upload.blob,
        fileName: cleanFileName(upload.fileName),
        description: upload.fields.description?.trim() || null,
      },
      actor,
    );
  }

  /**
   * Stores a file the server already holds (no multipart body): the same checks, row, audit
   * event and webhook event as an upload. The demo seed adds its evidence this way.
   */
  async uploadFile(
    principal: Principal,
    dossierId: string,
    file: { proof: string; fileName: string; content: Buffer; description?: string },
    context: RequestContext,
  ): Promise<EvidenceDto> {
    const dossier = await this.dossierOf(principal, dossierId);
    proofPhaseOpenOrThrow(dossier);
    editableOrThrow(dossier);
    const referential = await this.referentials.forDossier(dossier);
    targetOf(referential, dossier.answers, file.proof);
    if (file.content.length === 0) throw new AppError(ErrorCode.ValidationFailed, 'The file is empty.');
    if (file.content.length > this.settings.maxUploadBytes) {
      throw new AppError(
        ErrorCode.PayloadTooLarge,
        `The file exceeds the limit of ${this.settings.maxUploadBytes} bytes (MAX_UPLOAD_BYTES).`,
        { limit: this.settings.maxUploadBytes },
      );
    }
    const blob = await this.blobs.put(Readable.from([file.content]), { maxBytes: this.settings.maxUploadBytes });
    return this.record(
      principal,
      dossier,
      referential,
      {
        proof: file.proof,
        blob,
        fileName: cleanFileName(file.fileName),
        description: file.description?.trim() || null,
      },
      context,
    );
  }

  /** A stored blob becomes evidence: its real type is checked, then the row commits with the dossier locked. */
  private async record(
    principal: Principal,
    dossier: DossierEntity,
    referential: CachedReferential,
    upload: { proof: string; blob: StoredBlob; fileName: string; description: string | null },
    context: RequestContext,
  ): Promise<EvidenceDto> {
    const { proof, fileName, description } = upload;
    const dossierId = dossier.id;
    const target = targetOf(referential, dossier.answers, proof);
    const mediaType = await this.sniff(upload.blob, fileName);
    if (!mediaType || !target.accepted.includes(mediaType)) {
      throw new AppError(
        ErrorCode.UnsupportedMediaType,
        `The content of « ${fileName} » is ${mediaType ?? 'of no accepted type'}; ${target.proofCode} accepts ${target.accepted.join(', ')}.`,
        { detected: mediaType, accepted: target.accepted },
      );
    }
    // Informative pre-checks: they never refuse an upload.
    const findings = target.analyseFhirLog
      ? await this.findings(upload.blob)
      : await this.proofFindings(upload.blob, mediaType, fileName);
    // The blob is durable; the row commits after it, or not at all (the sweep removes orphans).
    const saved = await this.dataSource.transaction(async (manager) => {
      const locked = await visibleDossier(this.dossiers, manager, tenantOf(principal), dossierId, { lock: true });
      proofPhaseOpenOrThrow(locked);
      editableOrThrow(locked);
      const current = targetOf(referential, locked.answers, proof); // the answers may have changed meanwhile
      scenarioEditableOrThrow(locked, await this.verdicts.listForDossier(manager, locked.id), current.scenarioCode);
      const row = await this.evidence.insert(manager, {
        dossierId: locked.id,
        organizationId: locked.organizationId,
        scenarioCode: current.scenarioCode,
        proofCode: current.proofCode,
        version: await this.evidence.nextVersion(manager, locked.id, current.proofCode),
        round: locked.round,
        sha256: upload.blob.sha256,
        size: String(upload.blob.size),
        mediaType,
        fileName,
        description,
        uploadedBy: actingUser(principal),
        uploadedByToken: actingToken(principal),
        findings,
      });
      await this.audit.record(manager, context, {
        action: 'evidence.uploaded',
        ...aboutDossier(locked),
        data: {
          evidenceId: row.id,
          proof: row.proofCode,
          version: row.version,
          sha256: row.sha256,
          size: upload.blob.size,
          mediaType,
        },
      });
      await this.dossiers.touch(manager, locked.id);
      await this.events.publish(manager, {
        type: 'evidence.uploaded',
        dossierId: locked.id,
        organizationId: locked.organizationId,
        data: {
          evidenceId: row.id,
          proof: row.proofCode,
          scenario: row.scenarioCode,
          version: row.version,
          sha256: row.sha256,
          size: upload.blob.size,
        },
      });
      return row;
    });
    return evidenceDto(saved);
  }

  async list(principal: Principal, dossierId: string): Promise<EvidenceDto[]> {
    const dossier = await this.dossierOf(principal, dossierId);
    return (await this.evidence.listForDossier(this.dataSource.manager, dossier.id)).map(evidenceDto);
  }

  async get(principal: Principal, id: string): Promise<EvidenceEntity> {
    const evidence = await this.evidence.findById(this.dataSource.manager, tenantOf(principal), id);
    if (!evidence) throw new AppError(ErrorCode.EvidenceNotFound, `No evidence « ${id} » is visible to you.`);
    return evidence;
  }

  read(evidence: EvidenceEntity, range?: { start: number; end: number }): Readable {
    return this.blobs.read(evidence.sha256, range);
  }
}
