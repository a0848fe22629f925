import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class ReferencementDto {
  @ApiProperty({ example: 'SEGUR-LGC-V2-000001' }) number: string;
  @ApiProperty() grantedAt: Date;
  @ApiProperty({ format: 'uuid' }) referentialId: string;
  @ApiProperty({ example: '2.0' }) referentialVersion: string;
  @ApiProperty({ example: 'MDV' }) couloir: string;
  @ApiProperty({ example: 'LGC' }) dispositif: string;
  @ApiProperty({ example: '2' }) vague: string;
  @ApiProperty({ example: 'Cabinet Logiciels SAS' }) legalName: string;
  @ApiProperty({ example: '732829320' }) siren: string;
  @ApiProperty({ example: 'MédiCabinet' }) solutionName: string;
  @ApiProperty({ example: '7.4.1' }) solutionVersion: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the PDF attestation.' }) attestationSha256: string;
}

export class DossierReferencementDto extends ReferencementDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
}

export class ListReferencementsQueryDto {
  @ApiPropertyOptional({ example: 'LGC' })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'dispositif is letters, digits, _ or -' })
  dispositif?: string;

  @ApiPropertyOptional({ example: '2' })
  @IsOptional()
  @Matches(/^[0-9]{1,2}$/, { message: 'vague is a number' })
  vague?: string;
}
