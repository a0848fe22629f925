import { Module } from '@nestjs/common';
import { ProductsController } from './products.controller.js';
import { ProductsService } from './products.service.js';

/** A vendor's products, the subject of its dossiers. */
@Module({ controllers: [ProductsController], providers: [ProductsService] })
export class ProductsModule {}
