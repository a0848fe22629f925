import { Global, Module } from '@nestjs/common';
import { ReferentialsController } from './referentials.controller.js';
import { ReferentialsService } from './referentials.service.js';

/** Référentiels: published trees, read by nearly every feature, hence global. */
@Global()
@Module({ controllers: [ReferentialsController], providers: [ReferentialsService], exports: [ReferentialsService] })
export class ReferentialsModule {}
