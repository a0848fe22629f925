import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES } from '@preuve/domain';
import { Trim } from '../../common/http/trim.js';
import { LoginResponseDto } from '../../auth/dto/auth.dto.js';
import { OneOf } from '../../common/http/one-of.decorator.js';

const TOKEN_LIKE = /^[\x21-\x7e]+$/;

export class CreateOidcProviderDto {
  @ApiProperty({ example: 'Pro Santé Connect', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({
    example: 'https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet',
    description:
      'The issuer; its discovery document is read at the first sign-in. https, or http on a loopback address.',
  })
  @Trim()
  @IsString()
  @MaxLength(500)
  issuer: string;

  @ApiProperty({ example: 'preuve-client' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(TOKEN_LIKE, { message: 'clientId must be printable ASCII without spaces' })
  clientId: string;

  @ApiProperty({ description: 'Kept sealed; never shown again.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['openid', 'email', 'profile'],
    description: 'Default: openid email profile.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(TOKEN_LIKE, { each: true, message: 'each scope is printable ASCII without spaces' })
  scopes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['eidas1'], description: 'Sent as acr_values.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(TOKEN_LIKE, { each: true, message: 'each acr value is printable ASCII without spaces' })
  acrValues?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['eidas2', 'eidas3'],
    description: "acr values that mean strong authentication at this provider: the app's TOTP is then not asked.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(TOKEN_LIKE, { each: true, message: 'each acr value is printable ASCII without spaces' })
  strongAcrValues?: string[];
}

export class OidcProviderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ type: [String] }) scopes: string[];
  @ApiProperty({ type: [String] }) acrValues: string[];
  @ApiProperty({ type: [String] }) strongAcrValues: string[];
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) disabledAt: Date | null;
}

export class PublicOidcProviderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Pro Santé Connect' }) name: string;
}

export class StartOidcDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'providerId must be a provider id' })
  providerId: string;
}

export class AuthorizationUrlDto {
  @ApiProperty({
    description:
      'Where to send the browser (the provider’s authorization endpoint, with state, nonce and PKCE challenge).',
  })
  authorizationUrl: string;
}

export class OidcCallbackDto {
  @ApiProperty({ description: 'The `state` the provider sent back.' })
  @IsString()
  @MaxLength(200)
  state: string;

  @ApiPropertyOptional({ description: 'The authorization code.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  code?: string;

  @ApiPropertyOptional({ description: 'The `iss` parameter of the response (RFC 9207), when the provider sends one.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iss?: string;

  @ApiPropertyOptional({ description: 'The provider’s error, when it refused (e.g. access_denied).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  error?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  errorDescription?: string;
}

export class OidcCallbackResponseDto {
  @ApiProperty({
    enum: ['signed_in', 'totp_required', 'linked'],
    description:
      '`signed_in`: `session` holds the session (as POST /auth/login); `totp_required`: send the code with `pendingToken` to POST /auth/oidc/totp; `linked`: the provider account is now linked to the signed-in user.',
  })
  status: 'signed_in' | 'totp_required' | 'linked';

  @ApiPropertyOptional({ type: LoginResponseDto }) session?: LoginResponseDto;
  @ApiPropertyOptional({ description: 'For the TOTP step; good once, for 5 minutes.' }) pendingToken?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The provider’s `acr`.' }) acr: string | null;
  @ApiProperty({ type: [String], description: 'The provider’s `amr`.' }) amr: string[];
  @ApiProperty({ description: 'Whether the provider’s authentication counts as strong (TOTP not asked).' })
  strong: boolean;
}

export class OidcTotpDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  pendingToken: string;

  @ApiProperty({ example: '123456', description: 'The 6-digit code, or a recovery code.' })
  @IsString()
  @MaxLength(16)
  totp: string;
}

export class OidcLogoutDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      "Where to send the browser to end the provider's session too (RP-initiated logout), when the session came from a provider that supports it.",
  })
  endSessionUrl: string | null;
}

export class CreateEmailDomainDto {
  @ApiProperty({ example: 'editeur.example' })
  @Trim()
  @IsString()
  @MaxLength(253)
  domain: string;

  @OneOf(ROLES, { example: 'vendor_member' }) role: (typeof ROLES)[number];
}

export class EmailDomainDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() domain: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty() createdAt: Date;
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'camille@editeur.example' })
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @OneOf(ROLES, { example: 'vendor_member' }) role: (typeof ROLES)[number];
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) acceptedAt: Date | null;
}

export class LinkedIdentityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiProperty() createdAt: Date;
}
