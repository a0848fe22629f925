import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { PROGRAMMES } from '@preuve/domain';
import { GRID_WARNING_TEXTS } from '@preuve/referentials';

/** The multipart body of POST /referentials/import (documented; read by hand from the stream). */
export class ImportGridRequestDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The grid: XLSX, or CSV (UTF-8 or Windows-1252, comma or semicolon)',
  })
  file: unknown;
  @ApiProperty({ enum: PROGRAMMES }) programme: string;
  @ApiProperty({ example: 'DMN', pattern: '^[A-Z][A-Z0-9_-]{1,31}$' }) code: string;
  @ApiProperty({ example: '1.3.0' }) version: string;
  @ApiProperty({ example: 'Référentiel DMN 1.3.0 (grille officielle)' }) title: string;
  @ApiPropertyOptional({ example: 'médecin de ville' }) couloir?: string;
  @ApiPropertyOptional({ example: 'LGC' }) dispositif?: string;
  @ApiPropertyOptional({ example: '2' }) vague?: string;
  @ApiPropertyOptional({
    description:
      'YAML overlay: questions, and per scenario or proof code the applicability rules (text, or a file part)',
  })
  overlay?: string;
}

export class GridProblemDto {
  @ApiProperty({ description: 'Row as the spreadsheet numbers it (1-based)', example: 12 }) row: number;
  @ApiProperty({ description: 'The header as written, and the column letter', example: 'N° preuve 1 (H)' })
  column: string;
  @ApiProperty({ example: 'duplicate proof code « ANN 1.1.1 » (also row 4)' }) message: string;
}

export class CodedWarningDto {
  @ApiProperty({ enum: Object.keys(GRID_WARNING_TEXTS) }) code: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'The values the text is built from (GRID_COLUMNS_IGNORED: `columns`)',
    example: { columns: '« Commentaire »' },
  })
  params: Record<string, string | number>;
  @ApiProperty({ example: 'Columns ignored: « Commentaire ».' }) message: string;
}

export class ImportReportDto {
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format: string;
  @ApiPropertyOptional({ enum: ['utf-8', 'windows-1252'] }) encoding?: string;
  @ApiPropertyOptional({ enum: [',', ';'] }) delimiter?: string;
  @ApiPropertyOptional({ description: 'XLSX: the worksheet read' }) sheet?: string;
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty() requirements: number;
  @ApiProperty() scenarios: number;
  @ApiProperty() proofs: number;
  @ApiProperty({ type: [String], description: 'Profile codes found' }) profiles: string[];
  @ApiProperty({ type: [String], description: 'The English texts of codedWarnings' }) warnings: string[];
  @ApiProperty({ type: [CodedWarningDto], description: 'What the import notes without refusing the grid, as codes' })
  codedWarnings: CodedWarningDto[];
}

export class ImportGridResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['draft'] }) status: 'draft';
  @ApiProperty({ type: ImportReportDto }) report: ImportReportDto;
}

export class OverlayRequestDto {
  @ApiProperty({ description: 'The YAML overlay; it replaces the one attached before', maxLength: 1048576 })
  @IsString()
  @MaxLength(1024 * 1024)
  overlay: string;
}

export class ReferentialVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROGRAMMES }) programme: string;
  @ApiProperty() code: string;
  @ApiProperty() version: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status: 'draft' | 'published';
  @ApiProperty() contentHash: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: ImportReportDto, nullable: true }) report: ImportReportDto | null;
}

export class LevelCodesDto {
  @ApiProperty({ type: [String], example: ['ANN 6'] }) requirements: string[];
  @ApiProperty({ type: [String], example: ['ANN 6.1'] }) scenarios: string[];
  @ApiProperty({ type: [String], example: ['ANN 6.1.1'] }) proofs: string[];
}

export class FieldChangeDto {
  @ApiProperty({ enum: ['requirements', 'scenarios', 'proofs'] }) level: string;
  @ApiProperty({ example: 'ANN 2.1' }) code: string;
  @ApiProperty({ type: [String], example: ['profiles', 'title'] }) fields: string[];
}

export class ReferentialDiffDto {
  @ApiProperty({ format: 'uuid' }) from: string;
  @ApiProperty({ format: 'uuid' }) to: string;
  @ApiProperty({ type: LevelCodesDto }) added: LevelCodesDto;
  @ApiProperty({ type: LevelCodesDto }) removed: LevelCodesDto;
  @ApiProperty({ type: LevelCodesDto }) changed: LevelCodesDto;
  @ApiProperty({ type: [FieldChangeDto] }) changes: FieldChangeDto[];
}

export class MoveDossierRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A newer published version of the same référentiel' })
  @IsUUID()
  referentialId: string;
}

export class CarriedDto {
  @ApiProperty({ type: [String], description: 'Proof codes whose evidence follows' }) evidence: string[];
  @ApiProperty({ type: [String], description: 'Scenario codes whose declaration follows' }) declarations: string[];
}

export class AttentionItemDto {
  @ApiProperty({ enum: ['evidence', 'declaration', 'answer', 'new_scenario', 'changed_scenario'] }) kind: string;
  @ApiProperty({ example: 'ANN 2.1.2' }) code: string;
  @ApiProperty({ description: 'French sentence for the vendor' }) reason: string;
}

export class MoveOutcomeDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ format: 'uuid' }) from: string;
  @ApiProperty({ format: 'uuid' }) to: string;
  @ApiProperty({ type: CarriedDto }) carried: CarriedDto;
  @ApiProperty({ type: [AttentionItemDto] }) needsAttention: AttentionItemDto[];
}
