import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
} from '@nestjs/swagger';
import { SignedLinkDto, SignedLinkOptionsDto } from '../http/signed-link.dto.js';
import { ApiErrors, type ErrorStatus } from './api-errors.decorator.js';

/** A JSON body: a DTO class, or `[Dto]` for an array of them. */
export type JsonType = Type<unknown> | [Type<unknown>];

/** What the OpenAPI document says of any operation, whatever it answers. */
export interface OperationDoc {
  /** The name generated clients call it by. */
  operationId: string;
  summary: string;
  description?: string;
  /** The coded error answers, per status (see `ApiErrors`); 401 and 403 come with `@Authenticated`. */
  errors?: Partial<Record<ErrorStatus, string>>;
}

/**
 * An operation's documentation: `ApiOperation`, its success answers, its error answers. The
 * decorators below, one per kind of operation, are built on it; use it directly only for an
 * answer none of them describes.
 */
export function ApiOperationDoc(
  { errors = {}, ...operation }: OperationDoc,
  ...answers: MethodDecorator[]
): MethodDecorator {
  return applyDecorators(ApiOperation(operation), ...answers, ApiErrors(errors));
}

/** 200 with a JSON body; a POST that only computes or acts answers 200 too (not 201). */
export function ApiOk(type: JsonType, doc: OperationDoc): MethodDecorator {
  return applyDecorators(HttpCode(200), ApiOperationDoc(doc, ApiOkResponse({ type })));
}

/** 201 with the record the operation created. */
export function ApiCreated(type: JsonType, doc: OperationDoc): MethodDecorator {
  return applyDecorators(HttpCode(201), ApiOperationDoc(doc, ApiCreatedResponse({ type })));
}

/** 204, no body. */
export function ApiNoContent(doc: OperationDoc): MethodDecorator {
  return applyDecorators(HttpCode(204), ApiOperationDoc(doc, ApiNoContentResponse()));
}

/**
 * A page of a list, newest first: 200 with `{ items, nextCursor }`; `limit` and `cursor` come in the
 * query (`PageQueryDto` or a DTO extending it), and a cursor the API did not issue is 400 INVALID_CURSOR.
 */
export function ApiPage(type: Type<unknown>, doc: OperationDoc): MethodDecorator {
  return ApiOk(type, { ...doc, errors: { 400: 'INVALID_CURSOR or VALIDATION_FAILED', ...doc.errors } });
}

/**
 * 200 with a JSON body sent as an `EncodedBody` (`@Res()` writes it), with its ETag, and 304 when
 * the client's If-None-Match is still current (a poller gets no body while nothing moved).
 */
export function ApiValidated(type: JsonType, doc: OperationDoc): MethodDecorator {
  const description = [doc.description, VALIDATED].filter(Boolean).join(' ');
  return ApiOperationDoc({ ...doc, description }, ...validatedResponses(type));
}

/** A page of a list sent as an `EncodedBody`: `ApiPage`'s errors, `ApiValidated`'s answers. */
export function ApiValidatedPage(type: Type<unknown>, doc: OperationDoc): MethodDecorator {
  return ApiValidated(type, { ...doc, errors: { 400: 'INVALID_CURSOR or VALIDATION_FAILED', ...doc.errors } });
}

const VALIDATED =
  'The ETag changes whenever the answer does: If-None-Match answers 304 while the client has the latest. Gzipped when accepted.';

/** 200 with a JSON body and its ETag, or 304 Not Modified. */
function validatedResponses(type: JsonType): MethodDecorator[] {
  return [
    ApiOkResponse({
      type,
      headers: { ETag: { description: 'Validator of this version of the answer.', schema: { type: 'string' } } },
    }),
    ApiResponse({ status: 304, description: 'Not modified: the ETag sent in If-None-Match is still current.' }),
  ];
}

/** What a download answers: the file's media type and a word for it ("The PDF"). */
export interface DownloadedFile {
  mediaType: string;
  description: string;
  /** Text (CSV): the schema is a plain string, not binary. */
  text?: boolean;
}

export const PDF_FILE: DownloadedFile = { mediaType: 'application/pdf', description: 'The PDF' };
export const XLSX_FILE: DownloadedFile = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  description: 'The workbook',
};

/**
 * 200 with a file of one media type (`@Res()` writes it). `ApiProduces` documents the operation's
 * other answers with that media type too.
 */
export function ApiDownload(file: DownloadedFile, doc: OperationDoc): MethodDecorator {
  const schema = file.text ? { type: 'string' as const } : { type: 'string' as const, format: 'binary' };
  return applyDecorators(
    ApiProduces(file.mediaType),
    ApiOperationDoc(doc, ApiOkResponse({ description: file.description, content: { [file.mediaType]: { schema } } })),
  );
}

/** A streamed multipart/form-data upload (the handler reads the request) that creates a record. */
export function ApiUpload(form: Type<unknown>, created: Type<unknown>, doc: OperationDoc): MethodDecorator {
  return applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ type: form }), ApiCreated(created, doc));
}

/** 201 with a short-lived signed link to a file; the disposition may come in the body or the query. */
export function ApiSignedLink(doc: OperationDoc): MethodDecorator {
  return applyDecorators(ApiBody({ type: SignedLinkOptionsDto, required: false }), ApiCreated(SignedLinkDto, doc));
}
