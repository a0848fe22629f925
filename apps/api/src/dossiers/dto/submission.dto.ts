import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MissingItemDto {
  @ApiProperty({ example: 'ANN 2.1' }) scenario: string;
  @ApiPropertyOptional({ example: 'ANN 2.1.2', description: 'A proof without evidence.' }) proof?: string;
  @ApiPropertyOptional({ description: 'A sworn declaration is required and not signed.' }) declaration?: true;
  @ApiPropertyOptional({ description: 'The référentiel asks for a conformity text on this applicable scenario.' })
  conformityText?: true;
  @ApiPropertyOptional({ description: 'An answer waives this scenario: a written justification is required.' })
  justification?: true;
  @ApiPropertyOptional({ description: 'Partiel or non conforme: a remediation action is required.' })
  remediation?: true;
}

export class CompletenessReportDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty() complete: boolean;
  @ApiProperty() applicable: number;
  @ApiProperty() satisfied: number;
  @ApiProperty() missingScenarios: number;
  @ApiProperty({ type: [MissingItemDto], description: 'What is missing, in référentiel order.' })
  missing: MissingItemDto[];
}

export class SubmissionResultDto {
  @ApiProperty({ enum: ['submitted'] }) status: 'submitted';
  @ApiProperty() round: number;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of the frozen manifest.' }) manifestSha256: string;
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty() submittedAt: Date;
}

export class SubmissionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() round: number;
  @ApiProperty() manifestSha256: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The frozen manifest itself.' })
  manifest: Record<string, unknown>;
}
