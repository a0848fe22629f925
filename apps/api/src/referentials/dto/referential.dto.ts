import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { NATURES, PROGRAMMES, PROOF_KINDS, QUESTION_TYPES, SEGUR_DOCUMENT_KINDS } from '@preuve/domain';
import { OptionalOneOf } from '../../common/http/one-of.decorator.js';

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
  @ApiProperty({
    enum: ['draft', 'published'],
    description:
      'A published version never changes. Drafts (imported grids not yet published) are listed to authority and platform admins only.',
  })
  status: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publishedAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'MDV', description: 'Ségur: the couloir.' }) couloir?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'LGC', description: 'Ségur: the dispositif.' })
  dispositif?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2', description: 'Ségur: the vague (wave).' }) vague?:
    string | null;
}

export class ListReferentialsQueryDto {
  @OptionalOneOf(PROGRAMMES) programme?: string;
  @ApiPropertyOptional({ example: 'MDV' }) @IsOptional() @IsString() @Length(1, 16) couloir?: string;
  @ApiPropertyOptional({ example: 'LGC' }) @IsOptional() @IsString() @Length(1, 16) dispositif?: string;
  @ApiPropertyOptional({ example: '2' }) @IsOptional() @IsString() @Length(1, 4) vague?: string;
  @ApiPropertyOptional({ enum: ['draft', 'published'] })
  @IsOptional()
  @IsIn(['draft', 'published'])
  status?: string;
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

export class ReferentialDocumentDto {
  @ApiProperty({ enum: SEGUR_DOCUMENT_KINDS }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '1.1' }) version: string;
  @ApiPropertyOptional({ example: '2024-03-15' }) publishedOn?: string;
}

export class CharterDto {
  @ApiProperty({ example: '2024-03' }) version: string;
  @ApiProperty({ description: 'The text a signatory accepts; its SHA-256 is kept with each acceptance.' }) text: string;
}

export class MilestoneDto {
  @ApiProperty({ example: 'proofs_due' }) key: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ example: '2027-06-30T21:59:00Z' }) dueAt?: string;
  @ApiPropertyOptional({ example: 15, description: 'Due this many days after the event it follows.' })
  dueAfterDays?: number;
}

export class HomologationRequirementDto {
  @ApiProperty({ example: 'cnda_insi' }) kind: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: [String], example: ['INS/va2.1'] }) requirementCodes: string[];
  @ApiPropertyOptional({ example: 'proofs_due', description: 'Until this milestone, « in progress » stands in.' })
  inProgressUntil?: string;
}

export class ReferentialDto extends ReferentialSummaryDto {
  @ApiPropertyOptional({ type: [ReferentialDocumentDto], description: 'Ségur: the DSR, REM and AF.' })
  documents?: ReferentialDocumentDto[];
  @ApiPropertyOptional({ type: [QuestionDto], description: 'Ségur: the eligibility form of phase 1.' })
  eligibility?: QuestionDto[];
  @ApiPropertyOptional({ type: CharterDto }) charter?: CharterDto;
  @ApiPropertyOptional({ type: [MilestoneDto], description: 'As published; GET …/milestones gives those in force.' })
  milestones?: MilestoneDto[];
  @ApiPropertyOptional({ type: [HomologationRequirementDto] }) homologations?: HomologationRequirementDto[];
  @ApiPropertyOptional({ example: '2023-02-22' }) publishedOn?: string;
  @ApiPropertyOptional({ description: 'E.g. that the tree is a working copy until the official grid is imported.' })
  notice?: string;
  @ApiProperty({ type: [FamilyDto] }) families: FamilyDto[];
  @ApiProperty({ type: [ProfileDto] }) profiles: ProfileDto[];
  @ApiProperty({ type: [QuestionDto] }) questions: QuestionDto[];
  @ApiProperty({ type: [RequirementDto] }) requirements: RequirementDto[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Imported versions: what the import read (counts, warnings).',
  })
  importReport?: Record<string, unknown>;
}

/** A scenario looked up by code, with where it sits. */
export class ScenarioLookupDto extends ScenarioDto {
  @ApiProperty({ example: 'ANN 2' }) requirementCode: string;
  @ApiProperty({ format: 'uuid' }) referentialId: string;
}
