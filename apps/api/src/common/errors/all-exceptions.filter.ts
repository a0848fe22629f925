import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { negotiateLanguage } from '@preuve/domain';
import { BlobStoreUnavailableError } from '@preuve/storage';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable.js';
import { ErrorCode, httpStatusOf } from './error-code.js';
import { FRENCH_ERROR_MESSAGES } from './error-messages.fr.js';
import { frenchGridDetails } from './grid-details.fr.js';

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

/** Any other error Express or a parser raised with a 4xx status (e.g. an undecodable path parameter). */
function fromClientError(error: ParserError & { message?: unknown }): AppError | null {
  const status = error.status;
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  if (status === 413) return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large.');
  if (status === 415) return new AppError(ErrorCode.UnsupportedMediaType, 'Send JSON encoded as UTF-8.');
  const message = error.expose && typeof error.message === 'string' ? error.message : 'The request is malformed.';
  return new AppError(ErrorCode.ValidationFailed, message);
}

function toAppError(exception: unknown, request: Request): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception, request);
  if (isDatabaseUnavailable(exception)) {
    return new AppError(ErrorCode.DatabaseUnavailable, 'The database is unreachable for now. Try again shortly.');
  }
  if (exception instanceof BlobStoreUnavailableError) {
    return new AppError(ErrorCode.BlobStoreUnavailable, 'The file store is unreachable for now. Try again shortly.');
  }
  const known = exception && typeof exception === 'object' ? fromParserError(exception) : null;
  const client = exception && typeof exception === 'object' ? fromClientError(exception) : null;
  return (
    known ??
    client ??
    new AppError(
      ErrorCode.InternalError,
      'Something went wrong on our side. Quote the correlation id if you report it.',
    )
  );
}

/** The message in the client's language: English by default, French on `Accept-Language: fr`. */
export function localizedMessage(
  error: AppError,
  acceptLanguage: string | undefined,
): { message: string; language: string } {
  if (negotiateLanguage(acceptLanguage) !== 'fr') return { message: error.message, language: 'en' };
  const french = FRENCH_ERROR_MESSAGES[error.code] as string | undefined;
  if (french === undefined) return { message: error.message, language: 'en' };
  const fields = (error.details as { fields?: { field?: unknown }[] } | undefined)?.fields;
  const named = Array.isArray(fields)
    ? fields.map((entry) => entry.field).filter((field) => typeof field === 'string')
    : [];
  return { message: named.length > 0 ? `${french} Champs en cause : ${named.join(', ')}.` : french, language: 'fr' };
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
    if (error.code === ErrorCode.DatabaseUnavailable) {
      // Expected while the database is away: one line, no stack.
      this.logger.warn(`${correlationId} ${request.method} ${request.originalUrl}: the database is unavailable`);
    } else if (status >= 500) {
      this.logger.error(
        `${correlationId} ${request.method} ${request.originalUrl.split('?')[0]}: ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
    }
    const { message, language } = localizedMessage(error, request.headers['accept-language']);
    const body: ErrorBody = {
      statusCode: status,
      code: error.code,
      message,
      // The grid import's coded problems follow the language of the message.
      details:
        language === 'fr' && (error.code === ErrorCode.GridInvalid || error.code === ErrorCode.OverlayInvalid)
          ? frenchGridDetails(error.details)
          : error.details,
      correlationId,
    };
    if (response.headersSent) {
      response.end();
      return;
    }
    response.setHeader('Content-Language', language);
    response.vary('Accept-Language');
    if (error.code === ErrorCode.DatabaseUnavailable) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(status).json(body);
  }
}
