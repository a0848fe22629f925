import { ApiProperty } from '@nestjs/swagger';
import { PENDING_REASON_CODES, WORKING_STATUSES } from '@preuve/domain';

/** A scenario's working status as the vendor set it (preparation), shown in the dossier view too. */
export class StatusSuggestionDto {
  @ApiProperty({ enum: WORKING_STATUSES }) status: string;
  @ApiProperty({ enum: PENDING_REASON_CODES, nullable: true, type: String }) reasonCode: string | null;
  @ApiProperty({ description: 'French: why the evidence suggests it.' }) reason: string;
}

export class ScenarioWorkingStatusDto {
  @ApiProperty({ example: 'ANN 3.1' }) scenario: string;
  @ApiProperty({
    enum: WORKING_STATUSES,
    nullable: true,
    type: String,
    description: 'The vendor’s status (null: none yet).',
  })
  status: string | null;
  @ApiProperty({ enum: PENDING_REASON_CODES, nullable: true, type: String }) reasonCode: string | null;
  @ApiProperty({ nullable: true, type: String }) conformityText: string | null;
  @ApiProperty({ nullable: true, type: String }) justification: string | null;
  @ApiProperty({ nullable: true, type: Date }) setAt: Date | null;
  @ApiProperty({ description: 'How many statuses were recorded (the history: GET …/assessments).' }) changes: number;
  @ApiProperty({
    type: StatusSuggestionDto,
    nullable: true,
    description: 'What the evidence suggests, when it differs from the vendor’s status; never applied by itself.',
  })
  suggestion: StatusSuggestionDto | null;
}
