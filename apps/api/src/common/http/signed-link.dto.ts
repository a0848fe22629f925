import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { LINK_DISPOSITIONS, type LinkDisposition } from '../access/link-grant.js';

/** How the file behind a signed link is served; in the body or the query string. */
export class SignedLinkOptionsDto {
  @ApiPropertyOptional({
    enum: LINK_DISPOSITIONS,
    default: 'attachment',
    description:
      '`inline` to show the file in the page (<img>, <video>, a PDF in an <iframe>), `attachment` to download it.',
  })
  @IsOptional()
  @IsIn(LINK_DISPOSITIONS, { message: `disposition must be one of ${LINK_DISPOSITIONS.join(', ')}` })
  disposition?: LinkDisposition;
}

export class SignedLinkDto {
  @ApiProperty({
    example: '/api/v1/evidence/0b6e6c1e-5d0a-4d47-9a57-3c1f2b7a9e10/content?access=1.1767225600.i.u.…',
    description:
      'Relative to the API origin; opens the file without Authorization until expiresAt. A bearer of the URL can ' +
      'read the file: do not log it or share it.',
  })
  url: string;

  @ApiProperty({ description: 'When the link stops working; ask for a new one after.' })
  expiresAt: Date;
}

/** The disposition asked for in the body or the query string (default attachment); both must agree. */
export function requestedDisposition(body: SignedLinkOptionsDto, query: SignedLinkOptionsDto): LinkDisposition {
  if (body.disposition && query.disposition && body.disposition !== query.disposition) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      `The body asks for disposition « ${body.disposition} » and the query string for « ${query.disposition} »: send one.`,
    );
  }
  return body.disposition ?? query.disposition ?? 'attachment';
}
