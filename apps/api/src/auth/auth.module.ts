import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';

/**
 * Sign-in, sessions, TOTP and API tokens. What every request needs to be identified (access
 * tokens, the principal resolver, the token cache) is shared from CoreModule.
 */
@Module({ controllers: [AuthController], providers: [AuthService], exports: [AuthService] })
export class AuthModule {}
