import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from './app-error.js';
import { ErrorCode, httpStatusOf } from './error-code.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
  correlationId: string;
}

interface ParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Errors raised by Express's body parser before any handler runs. */
function fromParserError(error: ParserError): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError(
        ErrorCode.MalformedJson,
        'The request body is not valid JSON. Check quotes, commas and brackets.',
      );
    case 'entity.too.large':
      return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(ErrorCode.UnsupportedMediaType, 'Send JSON encoded as UTF-8.');
    default:
      return null;
  }
}

function fromHttpException(exception: HttpException, request: Request): AppError {
  const path = request.originalUrl.split('?')[0];
  const status = exception.getStatus();
  const cause = exception.cause as ParserError | undefined;
  const parser = cause ? fromParserError(cause) : null;
  if (parser) return parser;
  switch (status) {
    case 404:
      return new AppError(
        ErrorCode.RouteNotFound,
        `There is no route ${request.method} ${path}. The API lives under /api/v1; see /docs.`,
      );
    case 405:
      return new AppError(ErrorCode.MethodNotAllowed, `${request.method} is not allowed on ${path}.`);
    case 413:
      return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
    case 415:
      return new AppError(ErrorCode.UnsupportedMediaType, exception.message);
    default:
      return new AppError(ErrorCode.ValidationFailed, exception.message);
  }
}

function toAppError(exception: unknown, request: Request): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception, request);
  const parser = exception && typeof exception === 'object' ? fromParserError(exception) : null;
  return (
    parser ??
    new AppError(
      ErrorCode.InternalError,
      'Something went wrong on our side. Quote the correlation id if you report it.',
    )
  );
}

/** The one place errors become HTTP answers: every body has a code, a message and the correlation id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const error = toAppError(exception, request);
    const status = httpStatusOf(error.code);
    const correlationId = String(response.getHeader('x-correlation-id') ?? '');
    if (status >= 500) {
      this.logger.error(
        `${correlationId} ${request.method} ${request.originalUrl}: ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
    }
    const body: ErrorBody = {
      statusCode: status,
      code: error.code,
      message: error.message,
      details: error.details,
      correlationId,
    };
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(status).json(body);
  }
}
