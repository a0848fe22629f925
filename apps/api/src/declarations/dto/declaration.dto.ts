import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DECLARANT_ROLES, JUSTIFICATION_MAX, JUSTIFICATION_MIN } from '@preuve/domain';
import { Trim } from '../../common/http/trim.js';
import { TrimmedText } from '../../common/http/trimmed-text.js';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class CreateDeclarationDto {
  @ApiProperty({ example: 'IEU 7.1', description: 'The scenario code (« IEU 7.1 » or « IEU.7.1 »).' })
  @IsString()
  @MaxLength(40)
  scenario: string;

  @TrimmedText({
    example: 'Camille Martin',
    max: 200,
    min: 2,
    tooShort: 'declarantName must name the person who declares',
  })
  declarantName: string;

  @OneOf(DECLARANT_ROLES, { description: 'The legal representative, or a delegate of theirs.' })
  declarantRole: (typeof DECLARANT_ROLES)[number];

  @ApiProperty({
    minLength: JUSTIFICATION_MIN,
    maxLength: JUSTIFICATION_MAX,
    description: 'Why the scenario does not apply, in full sentences.',
  })
  @Trim()
  @IsString()
  @MinLength(JUSTIFICATION_MIN, {
    message: `justification must explain in at least ${JUSTIFICATION_MIN} characters why the scenario does not apply`,
  })
  @MaxLength(JUSTIFICATION_MAX)
  justification: string;

  @ApiPropertyOptional({
    description: 'Signing means accepting the statement (GET /declarations/statement); false is refused.',
    default: true,
  })
  @IsOptional()
  @Equals(true, { message: 'acceptStatement must be true: the declaration is the acceptance of the statement' })
  acceptStatement?: boolean;
}

export class DeclarationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ example: 'IEU 7.1' }) scenarioCode: string;
  @ApiProperty() round: number;
  @ApiProperty() declarantName: string;
  @ApiProperty({ enum: DECLARANT_ROLES }) declarantRole: string;
  @ApiProperty() justification: string;
  @ApiProperty() statementVersion: string;
  @ApiProperty({ description: 'The full statement accepted, as it was shown.' }) statementText: string;
  @ApiProperty() signedAt: Date;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of the declaration (also printed on its PDF).' })
  sha256: string;
  @ApiProperty({ description: 'Whether a later declaration for the same scenario supersedes this one.' })
  superseded: boolean;
}

export class StatementDto {
  @ApiProperty() version: string;
  @ApiProperty({ description: 'The statement, with {placeholders} filled at signing.' }) template: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' } } },
  })
  roles: { value: string; label: string }[];
  @ApiProperty() justificationMinLength: number;
  @ApiProperty() justificationMaxLength: number;
}
