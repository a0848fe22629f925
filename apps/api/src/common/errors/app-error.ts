import { type ErrorCode, httpStatusOf } from './error-code.js';

/** An error a client can act on: a code from the enum, a message in plain words, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return httpStatusOf(this.code);
  }
}
