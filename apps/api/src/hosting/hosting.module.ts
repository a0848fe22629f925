import { Global, Module } from '@nestjs/common';
import { ReferentialsModule } from '../referentials/referentials.module.js';
import { HostingController } from './hosting.controller.js';
import { HostingService } from './hosting.service.js';

/**
 * HDS hosting of products: hosts, activities, certificates or exemption; a gate of submissions.
 * Global: dossier submission reads it, and dossiers come before it in AppModule.
 */
@Global()
@Module({
  imports: [ReferentialsModule],
  controllers: [HostingController],
  providers: [HostingService],
  exports: [HostingService],
})
export class HostingModule {}
