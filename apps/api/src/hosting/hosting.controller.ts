import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { DossierHostingDto, HostingDto, HostingHistoryDto, PutHostingDto } from './dto/hosting.dto.js';
import { HostingService } from './hosting.service.js';
import { ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('hosting')
@Controller()
export class HostingController {
  constructor(private readonly hosting: HostingService) {}

  @WriteRoute('PUT', 'products/:id/hosting', WRITE_DOSSIERS, HostingDto, {
    operationId: 'saveHosting',
    summary: "Declares the product's HDS hosting (vendor): hosts, activities, certificates, or an exemption",
    description:
      'Append-only: each change is a new declaration, the previous ones stay in the history. The same declaration sent again records nothing.',
    errors: {
      400: 'VALIDATION_FAILED, CERTIFICATE_DATES_INVALID (a certificate ends before it starts) or HOSTING_INVALID',
      404: 'PRODUCT_NOT_FOUND',
    },
  })
  put(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PutHostingDto): Promise<HostingDto> {
    return this.hosting.put(actor, id, body);
  }

  @ReadRoute('products/:id/hosting', READ_DOSSIERS, HostingDto, {
    operationId: 'getHosting',
    summary: "The product's current HDS hosting and its state today (expiring, expired, missing)",
    errors: { 404: 'PRODUCT_NOT_FOUND' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<HostingDto> {
    return this.hosting.get(principal, id);
  }

  @ReadRoute('products/:id/hosting/history', READ_DOSSIERS, HostingHistoryDto, {
    operationId: 'listHostingHistory',
    summary: 'Every HDS hosting declaration of the product, newest first',
    errors: { 404: 'PRODUCT_NOT_FOUND' },
  })
  history(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<HostingHistoryDto> {
    return this.hosting.history(principal, id);
  }

  @ReadRoute('dossiers/:id/hosting', READ_DOSSIERS, DossierHostingDto, {
    operationId: 'getDossierHosting',
    summary: "The HDS hosting of the dossier's product, and whether the dossier's référentiel requires it",
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  forDossier(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DossierHostingDto> {
    return this.hosting.forDossier(principal, id);
  }
}
