import { Module } from '@nestjs/common';
import { IdentifiersController } from './identifiers.controller.js';

/** Checks of French health identifiers (no state). */
@Module({ controllers: [IdentifiersController] })
export class IdentifiersModule {}
