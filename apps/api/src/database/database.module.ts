import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferentialRepository } from '@preuve/persistence';

/** Provides the already initialised DataSource (migrated before Nest starts) and the repositories. */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, ReferentialRepository],
      exports: [DataSource, ReferentialRepository],
    };
  }
}
