import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { HOMOLOGATION_STATUSES } from '@preuve/domain';
import { IsDay } from '../../common/http/is-day.js';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class MilestoneInputDto {
  @ApiProperty({ example: 'proofs_due' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'key is lower case letters, digits and _' })
  key: string;

  @ApiProperty({ example: 'Dépôt du dossier de preuves complet' }) @IsString() @Length(1, 200) label: string;

  @ApiPropertyOptional({ example: '2027-06-30T21:59:00Z' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'dueAt is an ISO 8601 date-time' })
  dueAt?: string;

  @ApiPropertyOptional({ example: 15 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  dueAfterDays?: number;
}

export class MilestoneViewDto {
  @ApiProperty({ example: 'proofs_due' }) key: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional() dueAt?: string;
  @ApiPropertyOptional() dueAfterDays?: number;
}

export class DeadlineDto {
  @ApiProperty({ example: 'proofs_due' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: Date, description: 'When it falls due for this dossier (null: not pending).' })
  dueAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'An extension granted by the review lead.' })
  extendedUntil: Date | null;
  @ApiProperty({ description: 'What it guards is done.' }) met: boolean;
  @ApiProperty({ description: 'Not met, and its date (or extension) has passed.' }) late: boolean;
}

export class ExtensionRequestDto {
  @ApiProperty({ example: 'proofs_due' }) @IsString() @Length(1, 64) milestone: string;

  @ApiProperty({ example: '2027-07-15T21:59:00Z' })
  @IsDateString({ strict: true }, { message: 'until is an ISO 8601 date-time' })
  until: string;

  @ApiProperty({ example: 'Homologation CNDA retardée par le centre de test.' })
  @IsString()
  @Length(5, 2000)
  reason: string;
}

export class ExtensionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() milestone: string;
  @ApiProperty() until: Date;
  @ApiProperty() reason: string;
  @ApiProperty() grantedAt: Date;
}

export class HomologationRequestDto {
  @ApiProperty({ example: 'cnda_insi' }) @IsString() @Length(1, 64) kind: string;

  @OneOf(HOMOLOGATION_STATUSES, { example: 'granted' }) status: (typeof HOMOLOGATION_STATUSES)[number];

  @ApiPropertyOptional({ example: 'CNDA-2024-0412', description: 'Required when granted.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  number?: string;

  @ApiPropertyOptional({ example: '2024-09-12', description: 'Required when granted.' })
  @IsOptional()
  @IsDay()
  grantedOn?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Evidence of this dossier: the attestation when granted; the pre-examination attestation or a screenshot of the homologation space when in progress (required then).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'evidenceId must be an evidence id (UUID)' })
  evidenceId?: string;
}

export class HomologationDto {
  @ApiProperty({ example: 'cnda_insi' }) kind: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: [String] }) requirementCodes: string[];
  @ApiProperty({ enum: ['missing', ...HOMOLOGATION_STATUSES] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) number: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) grantedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) evidenceId: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'Until when « in progress » stands in.' })
  inProgressUntil: Date | null;
  @ApiProperty({ description: 'One of the requirements naming it applies to this dossier.' }) needed: boolean;
  @ApiProperty({ description: 'Whether it holds today.' }) satisfied: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why not (French).' }) problem: string | null;
}
