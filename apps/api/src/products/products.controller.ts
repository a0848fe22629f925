import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTHORITY_ROLES, VENDOR_ROLES } from '@preuve/domain';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
import { PageQueryDto } from '../common/http/pagination.dto.js';
import { CreateProductDto, ProductDto, ProductPageDto } from './dto/product.dto.js';
import { ProductsService } from './products.service.js';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @Authenticated({ roles: VENDOR_ROLES, scope: 'dossiers:write' })
  @ApiOperation({ operationId: 'createProduct', summary: 'Declares a product (vendor)' })
  @ApiCreatedResponse({ type: ProductDto })
  @ApiErrors({ 400: 'VALIDATION_FAILED' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProductDto,
    @Context() context: RequestContext,
  ): Promise<ProductDto> {
    return this.products.create(principal, body, context);
  }

  @Get()
  @Authenticated({ roles: [...VENDOR_ROLES, ...AUTHORITY_ROLES], scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'listProducts',
    summary: 'Products, newest first: a vendor its own, reviewers those of submitted dossiers',
  })
  @ApiOkResponse({ type: ProductPageDto })
  @ApiErrors({ 400: 'INVALID_CURSOR or VALIDATION_FAILED' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<ProductPageDto> {
    return this.products.list(principal, query.limit, query.cursor);
  }

  @Get(':id')
  @Authenticated({ roles: [...VENDOR_ROLES, ...AUTHORITY_ROLES], scope: 'dossiers:read' })
  @ApiOperation({ operationId: 'getProduct', summary: 'A product' })
  @ApiOkResponse({ type: ProductDto })
  @ApiErrors({ 404: 'PRODUCT_NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ProductDto> {
    return this.products.get(principal, id);
  }
}
