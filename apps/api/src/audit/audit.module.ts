import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';

/** The audit chain's verification route; `AuditService`, which every feature writes with, is in CoreModule. */
@Module({ controllers: [AuditController] })
export class AuditModule {}
