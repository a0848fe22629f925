import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';

/** Liveness and readiness (the database and the blob store, both from the global modules). */
@Module({ controllers: [HealthController] })
export class HealthModule {}
