import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CREATABLE_ORGANIZATION_KINDS, ORGANIZATION_KINDS, ROLES, SCOPES } from '@preuve/domain';
import { Trim } from '../../common/http/trim.js';
import { TrimmedText } from '../../common/http/trimmed-text.js';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class CreateOrganizationDto {
  @TrimmedText({ example: 'Télésuivi Santé SAS', max: 200 })
  name: string;

  @OneOf(CREATABLE_ORGANIZATION_KINDS) kind: (typeof CREATABLE_ORGANIZATION_KINDS)[number];
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: string;
  @ApiProperty() createdAt: Date;
}

export class CreateUserDto {
  @ApiProperty({ example: 'camille@editeur.example', maxLength: 254 })
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    description:
      'At least 50 bits by length × log2(alphabet): e.g. 9 characters of three kinds, 11 lower-case letters, or a passphrase.',
    maxLength: 128,
  })
  @IsString()
  @MaxLength(256)
  password: string;

  @TrimmedText({ example: 'Camille Martin', max: 200 })
  // It becomes the name in e-mail headers (« Camille Martin <camille@…> »): a line break would let it add headers.
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: 'displayName must be on one line, without control characters' })
  displayName: string;

  @ApiProperty({
    enum: ROLES,
    description: 'vendor_admin or vendor_member in a vendor; reviewer or review_lead in the authority.',
  })
  @IsIn(ROLES)
  role: (typeof ROLES)[number];
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() totpActive: boolean;
  @ApiProperty() createdAt: Date;
}

export class CreateApiTokenDto {
  @TrimmedText({ example: 'CI — dépôt des preuves', max: 100 })
  name: string;

  @ApiProperty({ enum: SCOPES, isArray: true, example: ['dossiers:read', 'evidence:write'] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SCOPES.length)
  @IsIn(SCOPES, { each: true })
  scopes: (typeof SCOPES)[number][];
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters of the token, to recognise it.', example: 'prv_Xk3e' })
  prefix: string;
  @ApiProperty({ enum: SCOPES, isArray: true }) scopes: string[];
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastUsedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) revokedAt: Date | null;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({
    description: 'The token itself, shown this once: store it in your secrets manager.',
    example: 'prv_…',
  })
  token: string;
}
