import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ApiOk, ApiCreated, ApiPage } from '../common/openapi/operation.decorator.js';
import { PageQueryDto } from '../common/http/pagination.dto.js';
import { CreateProductDto, ProductDto, ProductPageDto } from './dto/product.dto.js';
import { ProductsService } from './products.service.js';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @Authenticated(WRITE_DOSSIERS)
  @ApiCreated(ProductDto, {
    operationId: 'createProduct',
    summary: 'Declares a product (vendor)',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProductDto,
    @Context() context: RequestContext,
  ): Promise<ProductDto> {
    return this.products.create(principal, body, context);
  }

  @Get()
  @Authenticated(READ_DOSSIERS)
  @ApiPage(ProductPageDto, {
    operationId: 'listProducts',
    summary: 'Products, newest first: a vendor its own, reviewers those of submitted dossiers',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<ProductPageDto> {
    return this.products.list(principal, query.limit, query.cursor);
  }

  @Get(':id')
  @Authenticated(READ_DOSSIERS)
  @ApiOk(ProductDto, { operationId: 'getProduct', summary: 'A product', errors: { 404: 'PRODUCT_NOT_FOUND' } })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ProductDto> {
    return this.products.get(principal, id);
  }
}
