import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NATURES, PROGRAMMES, PROOF_KINDS, QUESTION_TYPES } from '@preuve/domain';

const ruleDescription = 'A JSON Logic expression (jsonlogic.com) over the questionnaire answers.';

export class ReferentialSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROGRAMMES }) programme: string;
  @ApiProperty({ example: 'DMN' }) code: string;
  @ApiProperty({ example: '1.2.2' }) version: string;
  @ApiProperty() title: string;
  @ApiProperty({
    description: 'SHA-256 (hex) of the canonical JSON of the tree; also the ETag of GET /referentials/{id}.',
  })
  contentHash: string;
}

export class QuestionOptionDto {
  @ApiProperty() value: string;
  @ApiProperty() label: string;
}

export class QuestionDto {
  @ApiProperty({ example: 'identityRole' }) key: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional() help?: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiPropertyOptional({ type: [QuestionOptionDto] }) options?: QuestionOptionDto[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `Asked only when this holds. ${ruleDescription}`,
  })
  askedWhen?: unknown;
}

export class ProfileDto {
  @ApiProperty({ example: 'patient_access' }) code: string;
  @ApiProperty({ example: 'Accès Usager' }) label: string;
}

export class FamilyDto {
  @ApiProperty({ example: 'ANN' }) code: string;
  @ApiProperty() title: string;
}

export class ProofDto {
  @ApiProperty({ example: 'ANN 2.1.2' }) code: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: PROOF_KINDS, isArray: true }) kinds: string[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `Required only when this holds. ${ruleDescription}`,
  })
  requiredWhen?: unknown;
  @ApiPropertyOptional() requiredReason?: string;
  @ApiPropertyOptional({ type: [String] }) mediaTypes?: string[];
}

export class ConditionDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: ruleDescription }) rule: unknown;
  @ApiProperty() notApplicableReason: string;
  @ApiPropertyOptional() applicableReason?: string;
  @ApiPropertyOptional({ example: 'FAQ ANS' }) source?: string;
}

export class ClarificationDto {
  @ApiProperty() text: string;
  @ApiProperty({ example: 'FAQ ANS' }) source: string;
}

export class ScenarioCaseDto {
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [String] }) proofCodes: string[];
}

export class ScenarioDto {
  @ApiProperty({ example: 'ANN 2.1' }) code: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [String], example: ['general', 'professional_access'] }) profiles: string[];
  @ApiPropertyOptional({ type: [ConditionDto] }) conditions?: ConditionDto[];
  @ApiProperty() declarationRequiredWhenNotApplicable: boolean;
  @ApiPropertyOptional({ type: [ScenarioCaseDto] }) cases?: ScenarioCaseDto[];
  @ApiPropertyOptional({ type: [ClarificationDto] }) clarifications?: ClarificationDto[];
  @ApiProperty({ type: [ProofDto] }) proofs: ProofDto[];
}

export class RequirementDto {
  @ApiProperty({ example: 'ANN 2' }) code: string;
  @ApiProperty({ example: 'ANN' }) family: string;
  @ApiProperty() section: string;
  @ApiProperty() title: string;
  @ApiProperty() statement: string;
  @ApiProperty({ enum: NATURES }) nature: string;
  @ApiProperty({ type: [ScenarioDto] }) scenarios: ScenarioDto[];
}

export class ReferentialDto extends ReferentialSummaryDto {
  @ApiPropertyOptional({ example: '2023-02-22' }) publishedOn?: string;
  @ApiPropertyOptional({ description: 'E.g. that the tree is a working copy until the official grid is imported.' })
  notice?: string;
  @ApiProperty({ type: [FamilyDto] }) families: FamilyDto[];
  @ApiProperty({ type: [ProfileDto] }) profiles: ProfileDto[];
  @ApiProperty({ type: [QuestionDto] }) questions: QuestionDto[];
  @ApiProperty({ type: [RequirementDto] }) requirements: RequirementDto[];
}

/** A scenario looked up by code, with where it sits. */
export class ScenarioLookupDto extends ScenarioDto {
  @ApiProperty({ example: 'ANN 2' }) requirementCode: string;
  @ApiProperty({ format: 'uuid' }) referentialId: string;
}
