import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { ERRATUM_KINDS, PROOF_KINDS } from '@preuve/domain';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class AlternativeProofDto {
  @ApiProperty({ example: 'Archive IHE XDM du document envoyé' }) @IsString() @Length(2, 300) title: string;

  @ApiProperty({ enum: PROOF_KINDS, isArray: true, example: ['flow'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PROOF_KINDS, { each: true })
  kinds: (typeof PROOF_KINDS)[number][];
}

export class ErratumRequestDto {
  @OneOf(ERRATUM_KINDS, { example: 'requirement_withdrawn' }) kind: (typeof ERRATUM_KINDS)[number];

  @ApiProperty({ example: 'INS/va2.7', description: 'A code of the référentiel, written any accepted way.' })
  @IsString()
  @Length(1, 80)
  target: string;

  @ApiProperty({ example: '2025-03-12T00:00:00Z', description: 'From when it applies to undecided dossiers.' })
  @IsDateString({ strict: true }, { message: 'effectiveFrom is an ISO 8601 date or date-time' })
  effectiveFrom: string;

  @ApiProperty({ example: 'FAQ ANS, question 42' }) @IsString() @Length(2, 300) source: string;
  @ApiProperty({ example: 'Cette exigence n’est plus exigée pour la vague 2.' })
  @IsString()
  @Length(2, 5000)
  text: string;

  @ApiPropertyOptional({
    example: 'Guide d’intégration INSi 3.1',
    description: 'reference_replaced: the old reference.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  replaced?: string;

  @ApiPropertyOptional({ example: 'Guide d’intégration INSi 3.2', description: 'reference_replaced: the new one.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  replacement?: string;

  @ApiPropertyOptional({ type: AlternativeProofDto, description: 'alternative_proof: the proof now also accepted.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlternativeProofDto)
  proof?: AlternativeProofDto;
}

export class ErratumDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) referentialId: string;
  @ApiProperty({ enum: ERRATUM_KINDS }) kind: string;
  @ApiProperty() target: string;
  @ApiProperty() effectiveFrom: Date;
  @ApiProperty() source: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional() replaced?: string;
  @ApiPropertyOptional() replacement?: string;
  @ApiPropertyOptional({ type: AlternativeProofDto }) proof?: AlternativeProofDto;
  @ApiPropertyOptional({ description: 'alternative_proof: the code the new proof takes in each scenario it concerns.' })
  proofCodes?: string[];
  @ApiProperty() createdAt: Date;
}
