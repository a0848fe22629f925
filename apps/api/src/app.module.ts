import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access/access.guard.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthController } from './health/health.controller.js';
import { IdentifiersController } from './identifiers/identifiers.controller.js';
import { ReferentialsModule } from './referentials/referentials.module.js';

@Module({})
export class AppModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [DatabaseModule.forDataSource(dataSource), ReferentialsModule],
      controllers: [HealthController, IdentifiersController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
