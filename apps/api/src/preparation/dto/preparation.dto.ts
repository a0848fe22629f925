import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  Max,
} from 'class-validator';
import { CONFORMITY_TEXT_MAX, PENDING_REASON_CODES, REMEDIATION_STATES, WORKING_STATUSES } from '@preuve/domain';
import { TrimmedText } from '../../common/http/trimmed-text.js';
import { IsDay } from '../../common/http/is-day.js';

export class PutAssessmentDto {
  @ApiProperty({
    enum: WORKING_STATUSES,
    description: 'The working status (an unknown one is 400 UNKNOWN_WORKING_STATUS).',
  })
  @IsString()
  @MaxLength(64)
  status: string;

  @ApiPropertyOptional({
    enum: PENDING_REASON_CODES,
    nullable: true,
    type: String,
    description: 'Required with « a_confirmer », refused otherwise (400 UNKNOWN_REASON_CODE / REASON_CODE_REQUIRED).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  reasonCode?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: CONFORMITY_TEXT_MAX,
    description: 'How the product meets the scenario, in the vendor’s words.',
  })
  @IsOptional()
  @IsString()
  conformityText?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: CONFORMITY_TEXT_MAX,
    description: 'Why a waived scenario does not apply (required at submission for a scenario an answer waives).',
  })
  @IsOptional()
  @IsString()
  justification?: string | null;
}

export class AssessmentRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ANN 3.1' }) scenario: string;
  @ApiProperty() round: number;
  @ApiProperty({ enum: WORKING_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String }) reasonCode: string | null;
  @ApiProperty({ nullable: true, type: String }) conformityText: string | null;
  @ApiProperty({ nullable: true, type: String }) justification: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
  @ApiProperty() createdAt: Date;
}

export class CreateRemediationDto {
  @TrimmedText({
    example: 'Ajouter la recherche de correspondants dans l’annuaire',
    max: 500,
    min: 3,
    tooShort: 'title must say what the action does',
  })
  title: string;

  @ApiProperty({ type: [String], example: ['ANN 3.1'], description: 'The scenarios the action concerns.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'scenarios must name at least one scenario' })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  scenarios: string[];

  @ApiProperty({ example: 5, description: 'Estimated effort, in person-days.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'effort is a number of person-days' })
  @Min(0)
  @Max(10_000)
  effort: number;

  @TrimmedText({ example: 'Camille Martin', max: 200, min: 2, tooShort: 'owner must name who carries the action' })
  owner: string;

  @ApiProperty({ example: '2027-03-31', description: 'YYYY-MM-DD; a past date is accepted and shows as overdue.' })
  @IsDay()
  targetDate: string;
}

export class PatchRemediationDto {
  @ApiProperty({ enum: REMEDIATION_STATES, description: 'An unknown state is 400 UNKNOWN_REMEDIATION_STATE.' })
  @IsString()
  @MaxLength(64)
  state: string;
}

export class RemediationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) scenarios: string[];
  @ApiProperty({ description: 'Person-days.' }) effort: number;
  @ApiProperty() owner: string;
  @ApiProperty({ example: '2027-03-31' }) targetDate: string;
  @ApiProperty({ enum: REMEDIATION_STATES }) state: string;
  @ApiProperty({ description: 'Open (planned or in progress) and its target date has passed.' }) overdue: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() stateChangedAt: Date;
}

export class StatusCountsDto {
  @ApiProperty() conforme: number;
  @ApiProperty() conforme_a_etayer: number;
  @ApiProperty() partiel: number;
  @ApiProperty() non_conforme: number;
  @ApiProperty() non_applicable: number;
  @ApiProperty() a_confirmer: number;
  @ApiProperty({ description: 'Applicable scenarios without a working status yet.' }) unset: number;
}

export class FamilyReadinessDto {
  @ApiProperty({ example: 'ANN' }) family: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: StatusCountsDto }) byStatus: StatusCountsDto;
}

export class BlockingItemDto {
  @ApiProperty({ example: 'ANN 3.1' }) scenario: string;
  @ApiProperty({ enum: ['proof', 'declaration', 'conformityText', 'justification', 'remediation'] }) kind: string;
  @ApiPropertyOptional({ example: 'ANN 3.1.2' }) proof?: string;
  @ApiProperty({ description: 'French: what to do.' }) message: string;
}

export class OverdueActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() owner: string;
  @ApiProperty() targetDate: string;
  @ApiProperty({ type: [String] }) scenarios: string[];
  @ApiProperty() daysLate: number;
}

export class ReadinessDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ description: 'Nothing blocks submission.' }) ready: boolean;
  @ApiProperty({ type: StatusCountsDto }) byStatus: StatusCountsDto;
  @ApiProperty({ type: [FamilyReadinessDto] }) byFamily: FamilyReadinessDto[];
  @ApiProperty({ type: [BlockingItemDto], description: 'What blocks submission, in référentiel order.' })
  blocking: BlockingItemDto[];
  @ApiProperty({ type: [OverdueActionDto] }) overdue: OverdueActionDto[];
  @ApiProperty({ description: 'Applicable scenarios still « à confirmer » or without a status.' }) unsettled: number;
  @ApiProperty({ description: 'Effort of the open actions, in person-days.' }) openEffort: number;
  @ApiProperty({ example: '2026-12-05' }) asOf: string;
}
