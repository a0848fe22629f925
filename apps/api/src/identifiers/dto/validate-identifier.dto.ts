import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IDENTIFIER_TYPES } from '@preuve/domain';

export class ValidateIdentifierQueryDto {
  /** Checked against the known types in the service, so the error can list them. */
  @ApiProperty({ enum: IDENTIFIER_TYPES, example: 'rpps' })
  @IsString()
  type: string;

  @ApiProperty({ example: '10000668540', maxLength: 64 })
  @IsString()
  @MinLength(1, { message: 'value must not be empty' })
  @MaxLength(64)
  value: string;
}

export class IdentifierCheckDto {
  @ApiProperty({ enum: IDENTIFIER_TYPES }) type: string;
  @ApiProperty({ description: 'The value as given.' }) value: string;
  @ApiProperty() valid: boolean;
  @ApiPropertyOptional({ description: 'The canonical form, when valid.' }) normalized?: string;
  @ApiPropertyOptional({ description: 'Why it is invalid (French), or a note.' }) reason?: string;
}
