import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../http/error-response.js';

/** The HTTP statuses an operation documents as coded errors. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * The error answers of an operation, one entry per status, each described by the codes it may
 * carry; every one has the shared `ErrorResponse` body. The OpenAPI document gets the same
 * responses as one `@ApiXxxResponse({ type: ErrorResponse, description })` per status.
 */
export function ApiErrors(answers: Partial<Record<ErrorStatus, string>>): MethodDecorator {
  return applyDecorators(
    ...Object.entries(answers).map(([status, description]) =>
      ApiResponse({ status: Number(status), type: ErrorResponse, description }),
    ),
  );
}
