import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from './trim.js';

export interface TextRule {
  /** Shown in the OpenAPI document. */
  example: string;
  /** At most this many characters (documented as maxLength). */
  max: number;
  /** At least this many characters once trimmed; 1 by default. */
  min?: number;
  /** What a shorter text is told; « <field> must not be empty » by default. */
  tooShort?: string;
  /** May be left out (but not sent empty). */
  optional?: boolean;
}

/**
 * A text field, trimmed, of `min` to `max` characters: what `@ApiProperty({ example, maxLength })`,
 * `@Trim()`, `@IsString()`, `@MinLength` and `@MaxLength` say one under the other.
 */
export function TrimmedText({ example, max, min = 1, tooShort, optional }: TextRule): PropertyDecorator {
  const documented = { example, maxLength: max };
  // Listed as they would stand under the field, the bottom one first: decorators apply bottom-up.
  return applyDecorators(
    MaxLength(max),
    MinLength(min, { message: tooShort ?? '$property must not be empty' }),
    IsString(),
    Trim(),
    ...(optional ? [IsOptional(), ApiPropertyOptional(documented)] : [ApiProperty(documented)]),
  );
}
