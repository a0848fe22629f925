import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANIZATION_KINDS, ROLES, SCOPES } from '@preuve/domain';

export class LoginDto {
  @ApiProperty({ example: 'camille@editeur.example' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'une phrase de passe assez longue' })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    description: 'The 6-digit code of the authenticator app, or a recovery code (xxxx-xxxx).',
    example: '123456',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  totp?: string;
}

export class LoginUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ description: 'Whether two-factor authentication is active.' }) totpActive: boolean;
  @ApiProperty({
    description: 'True for authority users who must activate two-factor authentication before anything else.',
  })
  totpEnrollmentRequired: boolean;
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ type: LoginUserDto }) user: LoginUserDto;
  @ApiProperty({
    description:
      'For browsers: send it back in the X-CSRF-Token header of POST /auth/refresh and /auth/logout (the session itself is in an HttpOnly cookie).',
  })
  csrfToken: string;
}

export class TotpEnrollmentDto {
  @ApiProperty({ description: 'Base32 secret, for manual entry.' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/Preuve:camille%40ans.example?secret=…&issuer=Preuve' }) otpauthUrl: string;
  @ApiProperty({
    type: [String],
    description: 'Single-use recovery codes, shown this once; valid once TOTP is activated.',
  })
  recoveryCodes: string[];
}

export class TotpActivateDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits shown by the authenticator app' })
  code: string;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: string;
}

export class MeDto {
  @ApiProperty({ enum: ['user', 'token'] }) kind: 'user' | 'token';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() displayName?: string;
  @ApiPropertyOptional({ enum: ROLES }) role?: string;
  @ApiPropertyOptional() totpActive?: boolean;
  @ApiPropertyOptional({ description: 'API token name' }) name?: string;
  @ApiPropertyOptional({ enum: SCOPES, isArray: true }) scopes?: string[];
  @ApiProperty({ type: OrganizationSummaryDto }) organization: OrganizationSummaryDto;
}
