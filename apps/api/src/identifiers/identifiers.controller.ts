import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IDENTIFIER_TYPES, isIdentifierType, validateIdentifier } from '@preuve/domain';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { IdentifierCheckDto, ValidateIdentifierQueryDto } from './dto/validate-identifier.dto.js';
import { ReadRoute } from '../common/openapi/route.decorator.js';

@ApiTags('identifiers')
@Controller('identifiers')
export class IdentifiersController {
  @ReadRoute('validate', { roles: ANY_ROLE, scope: 'any' }, IdentifierCheckDto, {
    operationId: 'validateIdentifier',
    summary: 'Checks an RPPS, IDNPS, FINESS, AM number or NIR: format and check key',
    description: 'An invalid identifier is a 200 with valid: false and the reason; only an unknown type is a 400.',
    errors: { 400: 'UNKNOWN_IDENTIFIER_TYPE or VALIDATION_FAILED' },
  })
  validate(@Query() query: ValidateIdentifierQueryDto): IdentifierCheckDto {
    const type = query.type.trim().toLowerCase();
    if (!isIdentifierType(type)) {
      throw new AppError(
        ErrorCode.UnknownIdentifierType,
        `« ${query.type} » is not an identifier type. Use one of: ${IDENTIFIER_TYPES.join(', ')}.`,
        { allowed: IDENTIFIER_TYPES },
      );
    }
    return validateIdentifier(type, query.value);
  }
}
