import { applyDecorators, Delete, Get, Patch, Post, Put, type Type } from '@nestjs/common';
import { Authenticated, Public, type AccessRule } from '../access/access.decorator.js';
import {
  ApiCreated,
  ApiDownload,
  ApiNoContent,
  ApiOk,
  ApiPage,
  ApiSignedLink,
  ApiUpload,
  ApiValidated,
  ApiValidatedPage,
  type DownloadedFile,
  type JsonType,
  type OperationDoc,
} from './operation.decorator.js';

/** Who may call a route: an `@Authenticated` rule, or `'public'` for `@Public()`. */
export type RouteAccess = AccessRule | 'public';

/** The HTTP methods of a route that changes something. */
export type WriteVerb = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const WRITE_METHODS: Record<WriteVerb, (path: string) => MethodDecorator> = {
  POST: Post,
  PUT: Put,
  PATCH: Patch,
  DELETE: Delete,
};

/**
 * A handler's whole declaration: its method and path, who may call it, what the OpenAPI document
 * says of it. The decorators below, one per kind of route, are built on it; use it directly only
 * with a documentation none of them describes (`ApiOperationDoc` with its own answers).
 */
export function Route(method: MethodDecorator, access: RouteAccess, documentation: MethodDecorator): MethodDecorator {
  // Applied in the order a stack `@Method @Authenticated @ApiXxx` applies them: bottom first.
  return applyDecorators(documentation, access === 'public' ? Public() : Authenticated(access), method);
}

/** GET answering 200 with a JSON body (`ApiOk`). */
export function ReadRoute(path: string, access: RouteAccess, type: JsonType, doc: OperationDoc): MethodDecorator {
  return Route(Get(path), access, ApiOk(type, doc));
}

/** GET answering a page of a list (`ApiPage`). */
export function PageRoute(path: string, access: RouteAccess, type: Type<unknown>, doc: OperationDoc): MethodDecorator {
  return Route(Get(path), access, ApiPage(type, doc));
}

/** GET answering a JSON body sent as an `EncodedBody`, with its ETag (`ApiValidated`). */
export function ValidatedRoute(path: string, access: RouteAccess, type: JsonType, doc: OperationDoc): MethodDecorator {
  return Route(Get(path), access, ApiValidated(type, doc));
}

/** GET answering a page of a list sent as an `EncodedBody`, with its ETag (`ApiValidatedPage`). */
export function ValidatedPageRoute(
  path: string,
  access: RouteAccess,
  type: Type<unknown>,
  doc: OperationDoc,
): MethodDecorator {
  return Route(Get(path), access, ApiValidatedPage(type, doc));
}

/** GET answering a file (`ApiDownload`; the handler writes it with `@Res()`). */
export function DownloadRoute(
  path: string,
  access: RouteAccess,
  file: DownloadedFile,
  doc: OperationDoc,
): MethodDecorator {
  return Route(Get(path), access, ApiDownload(file, doc));
}

/** POST answering 201 with the record it created (`ApiCreated`). */
export function CreateRoute(path: string, access: RouteAccess, type: JsonType, doc: OperationDoc): MethodDecorator {
  return Route(Post(path), access, ApiCreated(type, doc));
}

/** POST of a streamed multipart upload that creates a record (`ApiUpload`). */
export function UploadRoute(
  path: string,
  access: RouteAccess,
  form: Type<unknown>,
  created: Type<unknown>,
  doc: OperationDoc,
): MethodDecorator {
  return Route(Post(path), access, ApiUpload(form, created, doc));
}

/** POST answering 201 with a short-lived signed link to a file (`ApiSignedLink`). */
export function SignedLinkRoute(path: string, access: RouteAccess, doc: OperationDoc): MethodDecorator {
  return Route(Post(path), access, ApiSignedLink(doc));
}

/** A route that changes something and answers 200 with `type` (`ApiOk`), or 204 when `type` is null (`ApiNoContent`). */
export function WriteRoute(
  verb: WriteVerb,
  path: string,
  access: RouteAccess,
  type: JsonType | null,
  doc: OperationDoc,
): MethodDecorator {
  return Route(WRITE_METHODS[verb](path), access, type ? ApiOk(type, doc) : ApiNoContent(doc));
}
