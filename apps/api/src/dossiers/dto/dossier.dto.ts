import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DOSSIER_PHASES, ERRATUM_KINDS, PROGRAMMES, PROOF_KINDS } from '@preuve/domain';
import { DOSSIER_STATUSES } from '@preuve/persistence';
import { PageQueryDto } from '../../common/http/pagination.dto.js';
import { QuestionStateDto } from '../../referentials/dto/assess.dto.js';
import { DeadlineDto, HomologationDto } from '../../segur/dto/campaign.dto.js';
import { ScenarioWorkingStatusDto } from './working-status.dto.js';
import { OptionalOneOf } from '../../common/http/one-of.decorator.js';

export class CreateDossierDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'productId must be a product id (UUID)' })
  productId: string;

  @ApiProperty({ format: 'uuid', description: 'The référentiel version the dossier pins (GET /referentials).' })
  @IsUUID('all', { message: 'referentialId must be a référentiel id (UUID)' })
  referentialId: string;

  @ApiPropertyOptional({
    example: '3.2.0',
    description: "The product version the dossier is for; defaults to the product's version.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  productVersion?: string;
}

export class PutAnswersDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Every answer, by question key (the whole set: keys left out are cleared).',
    example: {
      profiles: ['general', 'patient_access'],
      identityRole: 'slave',
      insApplicable: false,
      directorySource: 'fhir_api',
      patientAccess: 'account',
      storesReferringDoctor: true,
    },
  })
  // The raw JSON object: class-transformer would silently drop keys such as « constructor » or
  // « toString », which must be refused as unknown questions instead.
  @Transform(({ obj }: { obj: { answers?: unknown } }) => obj.answers)
  @IsObject()
  answers: Record<string, unknown>;
}

export class ListDossiersQueryDto extends PageQueryDto {
  @OptionalOneOf(DOSSIER_STATUSES) status?: (typeof DOSSIER_STATUSES)[number];

  @OptionalOneOf(PROGRAMMES) programme?: (typeof PROGRAMMES)[number];

  @OptionalOneOf(DOSSIER_PHASES, { description: 'Ségur: where the procedure stands.' })
  phase?: (typeof DOSSIER_PHASES)[number];
}

export class CompletenessDto {
  @ApiProperty({ description: 'Scenarios that apply.' }) applicable: number;
  @ApiProperty({ description: 'Scenarios that ask for something (proofs or a declaration) and have it.' })
  satisfied: number;
  @ApiProperty({ description: 'Scenarios that ask for something still missing.' }) missing: number;
}

export class EvidenceSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
  @ApiProperty() size: number;
  @ApiProperty() mediaType: string;
  @ApiProperty() fileName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty() uploadedAt: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description:
      'Automated pre-check findings, informative and never blocking: the Annuaire Santé FHIR API log analysis, ' +
      'or for a flow an HL7 v2 message, IHE XDM archive or CDA document (`check`: `hl7v2`, `xdm`, `cda`) with its ' +
      'patient identifiers and the INS rule. `notes` are codes with parameters (`{ code, params }`).',
  })
  findings: Record<string, unknown> | null;
}

export class DossierProofDto {
  @ApiProperty({ example: 'ANN 2.1.2' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() required: boolean;
  @ApiPropertyOptional({ description: 'Why it is (not) required, when an answer or a case decides.' }) reason?: string;
  @ApiProperty({ enum: PROOF_KINDS, isArray: true }) kinds: string[];
  @ApiPropertyOptional({ type: [String], description: 'Keys of the scenario cases this proof belongs to.' })
  cases?: string[];
  @ApiProperty({ type: [EvidenceSummaryDto] }) evidence: EvidenceSummaryDto[];
}

export class ScenarioErratumDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null for a built-in clarification.' })
  id: string | null;
  @ApiProperty({ enum: ERRATUM_KINDS }) kind: string;
  @ApiProperty({ example: 'MSS/va2.2.1' }) target: string;
  @ApiProperty({ nullable: true, type: String, description: 'From when it applies.' }) effectiveFrom: string | null;
  @ApiProperty({ example: 'FAQ ANS' }) source: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'A clarification the référentiel itself carries (e.g. the DMN FAQ’s).' })
  builtIn: boolean;
  @ApiPropertyOptional() replaced?: string;
  @ApiPropertyOptional() replacement?: string;
}

export class DossierScenarioDto {
  @ApiProperty({ example: 'IEU 2.1' }) code: string;
  @ApiProperty({ example: 'IEU 2' }) requirementCode: string;
  @ApiProperty() title: string;
  @ApiProperty() applicable: boolean;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: [String], description: 'Unanswered questions this scenario depends on.' })
  pendingQuestions: string[];
  @ApiProperty() declarationRequired: boolean;
  @ApiProperty({ description: 'Not applicable because of an answer (not of the declared profiles).' })
  waivedByAnswer: boolean;
  @ApiProperty({
    description:
      'Waived by an answer with no sworn declaration asked: a written justification (PUT …/assessment) is required.',
  })
  justificationRequired: boolean;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'The current sworn declaration, if any.',
  })
  declaration: Record<string, unknown> | null;
  @ApiProperty({ type: [DossierProofDto] }) proofs: DossierProofDto[];
  @ApiProperty() satisfied: boolean;
  @ApiProperty({ type: [String], description: 'Proof codes still without evidence.' }) missingProofs: string[];
  @ApiProperty({ description: 'A sworn declaration is required and not signed yet.' }) missingDeclaration: boolean;
  @ApiPropertyOptional({
    type: [ScenarioErratumDto],
    description: 'Errata in force and built-in clarifications that concern the scenario, with their source.',
  })
  errata?: ScenarioErratumDto[];
  @ApiProperty({ nullable: true, type: String, enum: ['accepted', 'changes_requested', 'rejected'] }) verdict:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The comment of the current verdict.' })
  verdictComment: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The round the current verdict was given in.' })
  verdictRound: number | null;
  @ApiProperty({ description: 'Changes whenever the scenario’s content or verdict does (send it as expectedVersion).' })
  version: number;
  @ApiProperty({
    type: ScenarioWorkingStatusDto,
    description: 'The vendor’s working status, conformity text and justification, with what the evidence suggests.',
  })
  assessment: ScenarioWorkingStatusDto;
}

export class DossierSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: string;
  @ApiProperty({ enum: PROGRAMMES }) programme: string;
  @ApiProperty({
    enum: DOSSIER_PHASES,
    description: 'Ségur: administrative (phase 1), proofs (phase 2), referenced (phase 3); DMN: proofs.',
  })
  phase: string;
  @ApiProperty({ nullable: true, type: String, description: 'The product version the dossier is for.' })
  productVersion: string | null;
  @ApiProperty() round: number;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ format: 'uuid' }) referentialId: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) firstSubmittedAt: Date | null;
  @ApiProperty({ description: 'Optimistic-locking version of the dossier.' }) version: number;
}

export class DossierDto extends DossierSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) answers: Record<string, unknown>;
  @ApiProperty({
    type: [QuestionStateDto],
    description: 'Which questions are asked (follow-ups only when relevant) and answered.',
  })
  questions: QuestionStateDto[];
  @ApiProperty({ type: CompletenessDto }) completeness: CompletenessDto;
  @ApiProperty({ type: [DossierScenarioDto] }) scenarios: DossierScenarioDto[];
  @ApiPropertyOptional({
    type: [DeadlineDto],
    description: 'Ségur: the campaign milestones applied to this dossier (due, met, late, extended).',
  })
  deadlines?: DeadlineDto[];
  @ApiPropertyOptional({
    type: [HomologationDto],
    description: 'Ségur: the prerequisite homologations and whether each holds today.',
  })
  homologations?: HomologationDto[];
}

export class DossierListItemDto extends DossierSummaryDto {
  @ApiProperty({ example: 'CardioSuivi' }) productName: string;
  @ApiProperty({ type: CompletenessDto, description: 'As in GET /dossiers/{id}.' }) completeness: CompletenessDto;
}

export class DossierPageDto {
  @ApiProperty({ type: [DossierListItemDto] }) items: DossierListItemDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Position in the audit log.' }) seq: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ example: 'dossier.answers_changed' }) action: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorTokenId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}
