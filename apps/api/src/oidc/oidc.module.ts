import { type DynamicModule, Module } from '@nestjs/common';
import { OidcRepository } from '@preuve/persistence';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OidcAdminController } from './oidc-admin.controller.js';
import { OidcAdminService } from './oidc-admin.service.js';
import { OidcClients } from './oidc-clients.js';
import { OidcSettings } from './oidc-settings.js';
import { OidcSignInController } from './oidc-sign-in.controller.js';
import { OidcSignInService } from './oidc-sign-in.service.js';

/** Sign-in through OpenID Connect providers (iSC, Pro Santé Connect), and how people join organisations through them. */
@Module({})
export class OidcModule {
  static forPublicUrl(publicUrl: string): DynamicModule {
    return {
      module: OidcModule,
      imports: [AuthModule, OrganizationsModule],
      controllers: [OidcSignInController, OidcAdminController],
      providers: [
        OidcRepository,
        OidcClients,
        OidcAdminService,
        OidcSignInService,
        { provide: OidcSettings, useValue: new OidcSettings(publicUrl) },
      ],
    };
  }
}
