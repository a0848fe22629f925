import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProductRepository, type ProductEntity } from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { CreateProductDto, ProductDto, ProductPageDto } from './dto/product.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';

export function productDto(product: ProductEntity): ProductDto {
  return {
    id: product.id,
    organizationId: product.organizationId,
    name: product.name,
    version: product.version,
    description: product.description,
    createdAt: product.createdAt,
  };
}

@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateProductDto): Promise<ProductDto> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      const product = await this.products.insert(manager, {
        organizationId: principal.organizationId,
        name: input.name,
        version: input.version,
        description: input.description || null, // an empty description is no description
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'product.created',
        targetType: 'product',
        targetId: product.id,
        data: { name: product.name, version: product.version },
      });
      return productDto(product);
    });
  }

  async get(principal: Principal, id: string): Promise<ProductDto> {
    const product = await this.products.findById(this.dataSource.manager, tenantOf(principal), id);
    if (!product) throw new AppError(ErrorCode.ProductNotFound, `No product « ${id} » is visible to you.`);
    return productDto(product);
  }

  async list(principal: Principal, limit = 20, cursor?: string): Promise<ProductPageDto> {
    const page = await this.products.list(this.dataSource.manager, tenantOf(principal), decodeCursor(cursor), limit);
    return { items: page.items.map(productDto), nextCursor: encodeCursor(page.next) };
  }
}
