import { Module } from '@nestjs/common';
import { ReferentialsController } from './referentials.controller.js';
import { ReferentialsService } from './referentials.service.js';

@Module({ controllers: [ReferentialsController], providers: [ReferentialsService], exports: [ReferentialsService] })
export class ReferentialsModule {}
