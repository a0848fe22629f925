import { Module } from '@nestjs/common';
import { DeclarationsController } from './declarations.controller.js';
import { DeclarationsService } from './declarations.service.js';

/** Sworn declarations and their PDF. */
@Module({ controllers: [DeclarationsController], providers: [DeclarationsService] })
export class DeclarationsModule {}
