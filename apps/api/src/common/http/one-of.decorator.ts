import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** What the OpenAPI document says of an enumerated property besides its values. */
type EnumDoc = Omit<ApiPropertyOptions, 'enum'>;

/** A required property that takes one of `values`: documented as an enum, validated with `IsIn`. */
export function OneOf(values: readonly string[], doc: EnumDoc = {}): PropertyDecorator {
  return applyDecorators(IsIn(values), ApiProperty({ enum: values, ...doc } as ApiPropertyOptions));
}

/** An optional property (a filter of a query, mostly) that takes one of `values` when present. */
export function OptionalOneOf(values: readonly string[], doc: EnumDoc = {}): PropertyDecorator {
  return applyDecorators(
    IsIn(values),
    IsOptional(),
    ApiPropertyOptional({ enum: values, ...doc } as ApiPropertyOptions),
  );
}
