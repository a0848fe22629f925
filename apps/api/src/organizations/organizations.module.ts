import { Module } from '@nestjs/common';
import { OrganizationAccess } from './organization-access.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';

/** Organisations, their members and API tokens; `OrganizationAccess` says who may manage one. */
@Module({
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OrganizationAccess],
  exports: [OrganizationAccess],
})
export class OrganizationsModule {}
