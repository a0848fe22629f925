import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EvidenceSummaryDto } from '../../dossiers/dto/dossier.dto.js';

export class EvidenceDto extends EvidenceSummaryDto {
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ example: 'ANN 2.1.2' }) proofCode: string;
  @ApiProperty({ example: 'ANN 2.1' }) scenarioCode: string;
  @ApiProperty({ description: 'The dossier round it was uploaded in.' }) round: number;
}

/** The multipart body, for the OpenAPI document (the route parses the stream itself). */
export class EvidenceUploadDto {
  @ApiProperty({ example: 'ANN 2.1.2', description: 'The proof code (« ANN 2.1.2 » or « ANN.2.1.2 »).' }) proof: string;
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; its real type is sniffed from its bytes.' })
  file: unknown;
  @ApiPropertyOptional({ maxLength: 2000 }) description?: string;
}
