import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { PageQueryDto } from '../common/http/pagination.dto.js';
import { CreateProductDto, ProductDto, ProductPageDto } from './dto/product.dto.js';
import { ProductsService } from './products.service.js';
import { CreateRoute, PageRoute, ReadRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @CreateRoute('/', WRITE_DOSSIERS, ProductDto, {
    operationId: 'createProduct',
    summary: 'Declares a product (vendor)',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProductDto): Promise<ProductDto> {
    return this.products.create(actor, body);
  }

  @PageRoute('/', READ_DOSSIERS, ProductPageDto, {
    operationId: 'listProducts',
    summary: 'Products, newest first: a vendor its own, reviewers those of submitted dossiers',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<ProductPageDto> {
    return this.products.list(principal, query.limit, query.cursor);
  }

  @ReadRoute(':id', READ_DOSSIERS, ProductDto, {
    operationId: 'getProduct',
    summary: 'A product',
    errors: { 404: 'PRODUCT_NOT_FOUND' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ProductDto> {
    return this.products.get(principal, id);
  }
}
