import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { HDS_ACTIVITIES, HDS_CERTIFICATE_TYPES, HDS_EXEMPTION_CASES } from '@preuve/domain';
import type { HdsActivity, HdsCertificateType, HdsExemptionCase } from '@preuve/domain';
import { Trim } from '../../common/http/trim.js';
import { IsDay } from '../../common/http/is-day.js';

export class HdsCertificateDto {
  @ApiProperty({
    enum: HDS_CERTIFICATE_TYPES,
    description:
      '`physical_infrastructure` (hébergeur d’infrastructure physique, activities 1–2) or `managed_services` (hébergeur infogéreur, activities 3–6).',
  })
  @IsIn(HDS_CERTIFICATE_TYPES, { message: `type must be one of: ${HDS_CERTIFICATE_TYPES.join(', ')}` })
  type: HdsCertificateType;

  @ApiProperty({ example: 'HDS-2024-0117' }) @Trim() @IsString() @Length(1, 100) number: string;

  @ApiProperty({ example: 'Organisme certificateur accrédité', description: 'The certifying body.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  body: string;

  @ApiProperty({ example: '2024-03-01', description: 'First day of validity, YYYY-MM-DD.' })
  @IsDay()
  validFrom: string;

  @ApiProperty({ example: '2027-02-28', description: 'Last day of validity, YYYY-MM-DD; not before validFrom.' })
  @IsDay()
  validTo: string;
}

export class HdsHostDto {
  @ApiProperty({ example: 'Hébergeur Santé Nord' }) @Trim() @IsString() @Length(1, 200) name: string;

  @ApiProperty({
    type: [Number],
    enum: HDS_ACTIVITIES,
    example: [1, 2, 3, 4, 5, 6],
    description:
      'The HDS activities this host performs for the product: 1 physical sites, 2 hardware, 3 virtual infrastructure, 4 application hosting platform, 5 administration and operation, 6 backup.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'activities must name at least one activity (1 to 6)' })
  @ArrayMaxSize(6)
  @IsInt({ each: true, message: 'activities are numbers from 1 to 6' })
  @IsIn(HDS_ACTIVITIES, { each: true, message: 'activities are numbers from 1 to 6' })
  activities: HdsActivity[];

  @ApiProperty({ type: [HdsCertificateDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HdsCertificateDto)
  certificates: HdsCertificateDto[];
}

export class HdsExemptionDto {
  @ApiProperty({
    enum: HDS_EXEMPTION_CASES,
    description:
      'ght_co_responsible (co-responsible establishment of a GHT, with the amendment), health_insurer_reimbursement, research_not_for_care, disabled_sport_association.',
  })
  @IsIn(HDS_EXEMPTION_CASES, { message: `case must be one of: ${HDS_EXEMPTION_CASES.join(', ')}` })
  case: HdsExemptionCase;

  @ApiProperty({ example: 'Données collectées pour une étude observationnelle, sans finalité de soin.' })
  @Trim()
  @IsString()
  @Length(10, 5000, { message: 'justification must say why the exemption applies (10 characters at least)' })
  justification: string;
}

export class PutHostingDto {
  @ApiProperty({ type: [HdsHostDto], description: 'Empty when an exemption applies.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HdsHostDto)
  hosts: HdsHostDto[];

  @ApiPropertyOptional({ type: HdsExemptionDto, description: 'The exemption from an HDS host that applies, if any.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HdsExemptionDto)
  exemption?: HdsExemptionDto;
}

export class ActivityCoverageDto {
  @ApiProperty() host: string;
  @ApiProperty({ enum: HDS_ACTIVITIES }) activity: number;
  @ApiProperty({ enum: HDS_CERTIFICATE_TYPES }) requiredType: string;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty({ enum: ['valid', 'expiring', 'expired', 'not_yet_valid', 'missing'] }) state: string;
}

export class HostingIssueDto {
  @ApiProperty({
    enum: ['certificate_expired', 'certificate_missing', 'certificate_not_yet_valid', 'certificate_expiring'],
  })
  kind: string;
  @ApiProperty() host: string;
  @ApiProperty({ enum: HDS_ACTIVITIES }) activity: number;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo: string | null;
  @ApiProperty({ description: 'Whether it blocks the submission of a dossier needing HDS hosting.' })
  blocking: boolean;
  @ApiProperty({ description: 'In French, for people.' }) message: string;
}

export class HostingRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [HdsHostDto] }) hosts: HdsHostDto[];
  @ApiProperty({ type: HdsExemptionDto, nullable: true }) exemption: HdsExemptionDto | null;
  @ApiProperty() recordedAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) recordedBy: string | null;
}

export class HostingDto {
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({
    enum: ['undeclared', 'exempt', 'compliant', 'warning', 'blocking'],
    description: 'As of now: warning when a certificate ends within 90 days; blocking when one is expired or missing.',
  })
  state: string;
  @ApiProperty({ type: HostingRecordDto, nullable: true, description: 'The current declaration (the latest).' })
  current: HostingRecordDto | null;
  @ApiProperty({ type: [ActivityCoverageDto] }) coverage: ActivityCoverageDto[];
  @ApiProperty({ type: [HostingIssueDto] }) issues: HostingIssueDto[];
}

export class HostingHistoryDto {
  @ApiProperty({ type: [HostingRecordDto], description: 'Every declaration, newest first.' })
  items: HostingRecordDto[];
}

export class DossierHostingDto extends HostingDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({
    description:
      "Whether the dossier's référentiel requires HDS hosting for its answers (then blocking issues stop the submission).",
  })
  required: boolean;
  @ApiProperty({ type: [String], description: 'The requirements that call for it, as the référentiel names them.' })
  requirementCodes: string[];
}
