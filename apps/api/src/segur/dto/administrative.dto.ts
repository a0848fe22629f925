import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { ADMINISTRATIVE_DECISIONS, ADMINISTRATIVE_STATUSES } from '@preuve/domain';
import { IsDay } from '../../common/http/is-day.js';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class CandidatureDto {
  @ApiProperty({ example: 'Cabinet Logiciels SAS', description: 'The legal entity applying.' })
  @IsString()
  @Length(2, 200)
  legalName: string;

  @ApiProperty({ example: '732829320', description: 'SIREN, 9 digits; its Luhn key is checked.' })
  @IsString()
  @Length(9, 20)
  siren: string;

  @ApiProperty({ example: '73282932000074', description: 'SIRET of the applying establishment; its key is checked.' })
  @IsString()
  @Length(14, 30)
  siret: string;

  @ApiProperty({ example: 'MédiCabinet' }) @IsString() @Length(1, 200) solutionName: string;
  @ApiProperty({ example: '7.4.1' }) @IsString() @Length(1, 64) solutionVersion: string;
  @ApiProperty({ example: 'referencement@editeur.example' }) @IsEmail() contactEmail: string;
  @ApiPropertyOptional({ example: 'Claire Martin' }) @IsOptional() @IsString() @Length(1, 200) contactName?: string;
}

export class CharterAcceptanceDto {
  @ApiProperty({ example: 'Claire Martin', description: 'The person empowered to commit the vendor.' })
  @IsString()
  @Length(2, 200)
  signatoryName: string;

  @ApiProperty({ example: 'Présidente' }) @IsString() @Length(2, 200) signatoryRole: string;
}

export class CharterAcceptedDto {
  @ApiProperty() acceptedAt: Date;
  @ApiProperty({ example: '2024-03' }) charterVersion: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the charter text accepted.' }) charterSha256: string;
  @ApiProperty() signatoryName: string;
  @ApiProperty() signatoryRole: string;
}

export class EligibilityDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Answers to the référentiel’s eligibility form, by key.',
    example: { targetUsers: ['general_practitioners'], installedBase: 'over_1000', referencedInWave1: true },
  })
  @Transform(({ obj }: { obj: { answers?: unknown } }) => obj.answers)
  @IsObject()
  answers: Record<string, unknown>;
}

export class ObsoleteVersionDto {
  @ApiProperty({ example: '6.2' }) @IsString() @Length(1, 64) version: string;
  @ApiPropertyOptional({ example: '2024-12-31' })
  @IsOptional()
  @IsDay()
  endOfMaintenance?: string;
  @ApiPropertyOptional({ example: '2024-06-30' })
  @IsOptional()
  @IsDay()
  endOfSale?: string;
}

export class ObsoleteVersionsDto {
  @ApiProperty({ description: 'true: no version is obsolete (then say why in justification).', example: false })
  @IsBoolean()
  none: boolean;

  @ApiPropertyOptional({ example: 'Une seule version est commercialisée et maintenue depuis 2023.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;

  @ApiPropertyOptional({ type: [ObsoleteVersionDto], example: [{ version: '6.2', endOfMaintenance: '2024-12-31' }] })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ObsoleteVersionDto)
  versions?: ObsoleteVersionDto[];
}

export class AdministrativeDecisionDto {
  @OneOf(ADMINISTRATIVE_DECISIONS, { example: 'accepted' }) decision: (typeof ADMINISTRATIVE_DECISIONS)[number];

  @ApiPropertyOptional({ example: 'Dossier administratif complet.' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;
}

export class AdministrativeGapDto {
  @ApiProperty({ example: 'charter' }) section: string;
  @ApiProperty() reason: string;
}

export class AdministrativeDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ enum: ADMINISTRATIVE_STATUSES }) status: string;
  @ApiProperty({ description: 'Administrative rounds submitted so far.' }) round: number;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest candidature.' })
  candidature: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest charter acceptance.' })
  charter: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest eligibility answers.' })
  eligibility: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest declaration of obsolete versions.' })
  obsoleteVersions: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object, description: 'The latest decision, with its comment.' })
  decision: Record<string, unknown> | null;
  @ApiProperty({ type: [AdministrativeGapDto], description: 'What keeps it from being submitted.' })
  missing: AdministrativeGapDto[];
}
