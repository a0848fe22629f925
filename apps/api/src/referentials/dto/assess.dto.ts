import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsObject } from 'class-validator';
import { PROOF_KINDS } from '@preuve/domain';

export class AssessRequestDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      profiles: ['general', 'patient_access'],
      identityRole: 'slave',
      insApplicable: false,
      patientAccess: 'account',
    },
    description: 'Answers to the questionnaire, by question key.',
  })
  // The raw JSON object: class-transformer would silently drop keys such as « constructor » or
  // « toString », which must be refused as unknown questions instead.
  @Transform(({ obj }: { obj: { answers?: unknown } }) => obj.answers)
  @IsObject()
  answers: Record<string, unknown>;
}

export class ProofAssessmentDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROOF_KINDS, isArray: true }) kinds: string[];
  @ApiProperty() required: boolean;
  @ApiPropertyOptional() reason?: string;
}

export class ScenarioAssessmentDto {
  @ApiProperty({ example: 'IEU 2.1' }) code: string;
  @ApiProperty({ example: 'IEU 2' }) requirementCode: string;
  @ApiProperty() applicable: boolean;
  @ApiProperty({
    type: [String],
    example: [
      "Non applicable : la solution est esclave de l'identité (réponse « Rôle vis-à-vis de l'identité » : Esclave).",
    ],
  })
  reasons: string[];
  @ApiProperty() declarationRequired: boolean;
  @ApiProperty({
    description: 'Not applicable because of an answer (not of the profiles): the waiver needs a written justification.',
  })
  waivedByAnswer: boolean;
  @ApiProperty({ type: [String], description: 'Unanswered questions this scenario depends on.' })
  pendingQuestions: string[];
  @ApiProperty({ type: [ProofAssessmentDto] }) proofs: ProofAssessmentDto[];
}

export class AssessmentCountsDto {
  @ApiProperty() scenarios: number;
  @ApiProperty() applicable: number;
  @ApiProperty() notApplicable: number;
  @ApiProperty() declarationsRequired: number;
  @ApiProperty() pending: number;
}

export class QuestionStateDto {
  @ApiProperty() key: string;
  @ApiProperty({ description: 'Follow-up questions are asked only when their parent answer makes them relevant.' })
  asked: boolean;
  @ApiProperty() answered: boolean;
  @ApiProperty({
    description:
      'Whether to show it: false when, for the declared profiles, its answer changes nothing (an answer is still accepted).',
  })
  shown: boolean;
}

export class AssessmentResponseDto {
  @ApiProperty({ format: 'uuid' }) referentialId: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The answers taken into account.' })
  answers: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'Answers dropped because their question is not asked.' })
  ignoredAnswers: string[];
  @ApiProperty({ type: [QuestionStateDto] }) questions: QuestionStateDto[];
  @ApiProperty({ type: AssessmentCountsDto }) counts: AssessmentCountsDto;
  @ApiProperty({ type: [ScenarioAssessmentDto] }) scenarios: ScenarioAssessmentDto[];
}
