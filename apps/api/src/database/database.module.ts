import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SHARED_REPOSITORIES } from '@preuve/persistence';

/** Provides the already initialised DataSource (migrated before Nest starts) and the repositories. */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, ...SHARED_REPOSITORIES],
      exports: [DataSource, ...SHARED_REPOSITORIES],
    };
  }
}
