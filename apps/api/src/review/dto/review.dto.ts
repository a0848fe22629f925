import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DECISIONS, DOSSIER_STATUSES, VERDICTS } from '@preuve/domain';
import { PageQueryDto } from '../../common/http/pagination.dto.js';
import { Trim } from '../../common/http/trim.js';

export const COMMENT_MAX = 5000;

export class VerdictRequestDto {
  @ApiProperty({ enum: VERDICTS })
  @IsIn(VERDICTS)
  verdict: (typeof VERDICTS)[number];

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
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: (typeof DECISIONS)[number];

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
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: (typeof DOSSIER_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  referentialId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The vendor organisation.' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

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

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status: string;
  @ApiProperty() round: number;
  @ApiProperty() vendor: { id: string; name: string };
  @ApiProperty() product: { id: string; name: string; version: string };
  @ApiProperty() referential: { id: string; code: string; version: string };
  @ApiPropertyOptional({ nullable: true, type: String }) assignedTo: string | null;
  @ApiProperty() lastSubmittedAt: Date;
  @ApiProperty() firstSubmittedAt: Date;
  @ApiProperty({ description: 'Seconds since the last submission.' }) waitingSeconds: number;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) items: QueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class RoundDiffDto {
  @ApiProperty() round: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) previousRound: number | null;
  @ApiProperty({ description: 'Answers that changed: key, before, after.' })
  answers: { key: string; before: unknown; after: unknown }[];
  @ApiProperty({ description: 'Scenarios whose applicability changed.' })
  applicability: { scenario: string; before: boolean | null; after: boolean }[];
  @ApiProperty({ description: 'Evidence versions new in this round.' }) newEvidence: Record<string, unknown>[];
  @ApiProperty({ description: 'Declarations new in this round.' }) newDeclarations: Record<string, unknown>[];
  @ApiProperty({ description: 'Scenarios that moved (new evidence, declaration or applicability).' })
  changedScenarios: string[];
}
