import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ example: 'ANN 2.1.2' }) proofCode: string;
  @ApiProperty({ example: 'ANN 2.1' }) scenarioCode: string;
  @ApiProperty({ description: 'Version of the evidence for this proof: 1, 2, …' }) version: number;
  @ApiProperty({ description: 'The dossier round it was uploaded in.' }) round: number;
  @ApiProperty({ description: 'SHA-256 of the bytes (hex).' }) sha256: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'Sniffed from the bytes.' }) mediaType: string;
  @ApiProperty({ description: "The client's file name, cleaned; for display only." }) fileName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty() uploadedAt: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'Automated pre-check findings.',
  })
  findings: Record<string, unknown> | null;
}

/** The multipart body, for the OpenAPI document (the route parses the stream itself). */
export class EvidenceUploadDto {
  @ApiProperty({ example: 'ANN 2.1.2', description: 'The proof code (« ANN 2.1.2 » or « ANN.2.1.2 »).' }) proof: string;
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; its real type is sniffed from its bytes.' })
  file: unknown;
  @ApiPropertyOptional({ maxLength: 2000 }) description?: string;
}
