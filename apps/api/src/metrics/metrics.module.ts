import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics.js';

/** The Prometheus registry of this app instance (mounted on /metrics by configureApp). */
@Module({
  providers: [{ provide: Metrics, useFactory: (source: DataSource) => new Metrics(source), inject: [DataSource] }],
  exports: [Metrics],
})
export class MetricsModule {}
