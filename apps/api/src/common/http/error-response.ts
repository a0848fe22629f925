import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-code.js';

/** The body of every error answer (documented once, referenced by every operation). */
export class ErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.ReferentialNotFound })
  code: ErrorCode;

  @ApiProperty({ example: 'No référentiel has the id 3f0c…' })
  message: string;

  @ApiPropertyOptional({ description: 'Structured details, e.g. the fields that failed validation.' })
  details?: unknown;

  @ApiProperty({ description: 'Quote it when reporting a problem; it is also in the x-correlation-id header.' })
  correlationId: string;
}
