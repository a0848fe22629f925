import { type DynamicModule, Module } from '@nestjs/common';
import { type BlobStoreConfig, blobStoreProvider } from '../evidence/blob-store.provider.js';
import { ReferentialsModule } from '../referentials/referentials.module.js';
import { GridExportService } from './grid-export.service.js';
import { InteropController } from './interop.controller.js';
import { RoundArchiveService } from './round-archive.service.js';

/** Référentiels out: the dossier as the ANS grid, and a round's verifiable archive. */
@Module({})
export class InteropModule {
  static forBlobStore(config: BlobStoreConfig): DynamicModule {
    return {
      module: InteropModule,
      imports: [ReferentialsModule],
      controllers: [InteropController],
      providers: [GridExportService, RoundArchiveService, blobStoreProvider(config)],
      exports: [GridExportService, RoundArchiveService],
    };
  }
}
