import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DECISIONS, DOSSIER_PHASES, DOSSIER_STATUSES, PROGRAMMES, VERDICTS } from '@preuve/domain';
import { PageQueryDto } from '../../common/http/pagination.dto.js';
import { Trim } from '../../common/http/trim.js';
import { OneOf, OptionalOneOf } from '../../common/http/one-of.decorator.js';

export const COMMENT_MAX = 5000;

export class VerdictRequestDto {
  @OneOf(VERDICTS) verdict: (typeof VERDICTS)[number];

  @ApiPropertyOptional({ maxLength: COMMENT_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment?: string;

  @ApiPropertyOptional({
    description: 'The scenario version you looked at (GET /dossiers/{id}); 409 VERSION_CONFLICT when it moved.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class VerdictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() scenarioCode: string;
  @ApiProperty() round: number;
  @ApiProperty({ enum: VERDICTS }) verdict: string;
  @ApiProperty({ enum: ['proofs', 'declaration'] }) subject: string;
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'The scenario version after this verdict.' }) version: number;
  @ApiProperty({ description: 'The dossier status after this verdict.' }) dossierStatus: string;
}

export class DecisionRequestDto {
  @OneOf(DECISIONS) decision: (typeof DECISIONS)[number];

  @ApiPropertyOptional({ maxLength: COMMENT_MAX, description: 'Required for a rejection.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment?: string;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DECISIONS }) decision: string;
  @ApiProperty({ description: 'The round decided on.' }) round: number;
  @ApiProperty({ description: 'The manifest SHA-256 of that round.' }) manifestSha256: string;
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: string;
  @ApiProperty({ description: 'The dossier round after the decision (N+1 after a change request).' })
  dossierRound: number;
  @ApiProperty() createdAt: Date;
}

export class AssignRequestDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A reviewer of the authority; null to unassign. Absent: yourself.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'reviewerId must be a user id (UUID)' })
  reviewerId?: string | null;
}

export class CommentRequestDto {
  @ApiProperty({ minLength: 1, maxLength: COMMENT_MAX })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(COMMENT_MAX)
  body: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid', description: 'The message id (its first revision).' }) id: string;
  @ApiProperty() scenarioCode: string;
  @ApiProperty() round: number;
  @ApiProperty({ enum: ['vendor', 'authority'] }) authorSide: string;
  @ApiPropertyOptional({ nullable: true, type: String }) authorId: string | null;
  @ApiProperty({ description: 'The latest revision of the text.' }) body: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'When the latest revision was written.' }) updatedAt: Date;
  @ApiProperty() edited: boolean;
  @ApiProperty({ type: [String], description: 'Earlier texts, oldest first.' }) previousBodies: string[];
}

export class QueueQueryDto extends PageQueryDto {
  @OptionalOneOf(DOSSIER_STATUSES) status?: (typeof DOSSIER_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  referentialId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The vendor organisation.' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @OptionalOneOf(PROGRAMMES) programme?: (typeof PROGRAMMES)[number];

  @OptionalOneOf(DOSSIER_PHASES, { description: 'Ségur: where the procedure stands.' })
  phase?: (typeof DOSSIER_PHASES)[number];

  @ApiPropertyOptional({ example: 'LGC', description: 'Ségur: the dispositif of the référentiel.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,16}$/, { message: 'dispositif is up to 16 letters, digits, _ or -' })
  dispositif?: string;

  @ApiPropertyOptional({ description: 'Last submitted at or after (ISO 8601).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'submittedFrom must be an ISO 8601 date' })
  submittedFrom?: Date;

  @ApiPropertyOptional({ description: 'Last submitted before (ISO 8601).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'submittedTo must be an ISO 8601 date' })
  submittedTo?: Date;

  @ApiPropertyOptional({ description: 'A reviewer id, `me`, or `none` for unassigned dossiers.' })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignee must be a user id, me or none',
  })
  assignee?: string;

  @ApiPropertyOptional({
    description: 'Only dossiers waiting for the vendor after a change request (true), or the others (false).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'openChangeRequests must be true or false' })
  openChangeRequests?: boolean;
}

export class QueueVendorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class QueueProductDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() version: string;
}

export class QueueReferentialDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DMN' }) code: string;
  @ApiProperty({ example: '1.2.2' }) version: string;
}

export class QueueProgressDto {
  @ApiProperty({
    description: 'Scenarios to judge in the latest submitted round (applicable, or waived by a declaration).',
  })
  applicable: number;
  @ApiProperty({ description: 'Of those, the ones whose current verdict is an acceptance.' }) accepted: number;
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: string;
  @ApiProperty() round: number;
  @ApiProperty({ type: QueueVendorDto }) vendor: QueueVendorDto;
  @ApiProperty({ type: QueueProductDto }) product: QueueProductDto;
  @ApiProperty({ type: QueueReferentialDto }) referential: QueueReferentialDto;
  @ApiProperty({ enum: PROGRAMMES }) programme: string;
  @ApiProperty({ enum: DOSSIER_PHASES, description: 'Ségur: administrative, proofs, referenced; DMN: proofs.' })
  phase: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'LGC' }) dispositif: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) assignedTo: string | null;
  @ApiProperty() lastSubmittedAt: Date;
  @ApiProperty() firstSubmittedAt: Date;
  @ApiProperty({ description: 'Seconds since the last submission.' }) waitingSeconds: number;
}

export class ReviewSummaryDto extends QueueItemDto {
  @ApiProperty({ type: QueueProgressDto, nullable: true, description: 'Null before a submission is recorded.' })
  progress: QueueProgressDto | null;
}

export class DossierProgressDto extends QueueProgressDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
}

const UUID_LIST =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(,[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}){0,99}$/i;

export class ProgressQueryDto {
  @ApiProperty({
    description: 'Dossier ids, comma-separated (at most 100): those on screen. Ids you cannot see are left out.',
  })
  @IsString()
  @Matches(UUID_LIST, { message: 'ids must be 1 to 100 dossier ids (UUIDs), comma-separated' })
  ids: string;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) items: QueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class StatusCountDto {
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: string;
  @ApiProperty() count: number;
}

export class MedianDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median in seconds; null when there is nothing to measure.',
  })
  medianSeconds: number | null;
  @ApiProperty({ description: 'How many durations the median is taken over.' }) count: number;
}

export class FamilyProgressDto {
  @ApiProperty({ example: 'IEU', description: 'The family code (the letters of the scenario codes).' }) family: string;
  @ApiProperty({ description: 'Scenarios to judge, over the latest round of every dossier.' }) total: number;
  @ApiProperty({ description: 'Of those, the ones with a current verdict.' }) judged: number;
  @ApiProperty({ description: 'Of those, the ones accepted.' }) accepted: number;
}

export class ReviewVendorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Démo Santé SAS' }) name: string;
  @ApiProperty({ description: 'Its dossiers submitted at least once (whatever their status now).' })
  submittedDossiers: number;
}

export class ReviewStatsDto {
  @ApiProperty({ type: [StatusCountDto], description: 'Dossiers submitted at least once, by status.' })
  byStatus: StatusCountDto[];
  @ApiProperty({ type: MedianDto, description: 'From a round’s submission to its decision, over decided rounds.' })
  timeInReview: MedianDto;
  @ApiProperty({ type: MedianDto, description: 'How long the dossiers now waiting for a reviewer have waited.' })
  waiting: MedianDto;
  @ApiProperty({ type: [FamilyProgressDto] }) byFamily: FamilyProgressDto[];
  @ApiProperty() computedAt: Date;
}

export class RoundDiffAnswerDto {
  @ApiProperty() key: string;
  @ApiPropertyOptional({ nullable: true, description: 'Any JSON value.' }) before: unknown;
  @ApiPropertyOptional({ nullable: true, description: 'Any JSON value.' }) after: unknown;
}

export class RoundDiffApplicabilityDto {
  @ApiProperty() scenario: string;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) before: boolean | null;
  @ApiProperty() after: boolean;
}

export class RoundDiffEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() scenarioCode: string;
  @ApiProperty() proofCode: string;
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
}

export class RoundDiffDeclarationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() scenarioCode: string;
  @ApiProperty() sha256: string;
}

export class RoundDiffDto {
  @ApiProperty() round: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) previousRound: number | null;
  @ApiProperty({ type: [RoundDiffAnswerDto], description: 'Answers that changed: key, before, after.' })
  answers: RoundDiffAnswerDto[];
  @ApiProperty({ type: [RoundDiffApplicabilityDto], description: 'Scenarios whose applicability changed.' })
  applicability: RoundDiffApplicabilityDto[];
  @ApiProperty({ type: [RoundDiffEvidenceDto], description: 'Evidence versions new in this round.' })
  newEvidence: RoundDiffEvidenceDto[];
  @ApiProperty({ type: [RoundDiffDeclarationDto], description: 'Declarations new in this round.' })
  newDeclarations: RoundDiffDeclarationDto[];
  @ApiProperty({ type: [String], description: 'Scenarios that moved (new evidence, declaration or applicability).' })
  changedScenarios: string[];
}
