import type { INestApplication } from '@nestjs/common';
import { BEARER, SIGNED_LINK, SIGNED_LINK_PARAMETER } from '../common/access/access.decorator.js';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const API_PREFIX = 'api/v1';

/** What the edge check and the body parser refuse on any operation, before the operation's own checks. */
const EDGE_BAD_REQUEST =
  'INVALID_CHARACTERS (a NUL, a lone surrogate or a malformed %-escape in the path, query or body), ' +
  'INPUT_TOO_DEEP or MALFORMED_JSON';

/**
 * Open operations say so with `security: []`. Every request passes the edge check (path, query and body), so every operation can answer a
 * coded 400; operations that document their own 400 keep it, with the edge codes added.
 */
function finishOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // @Public() declares an empty requirement: the operation takes no credentials at all.
      if (operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0) operation.security = [];
      const own = operation.responses['400'] as { description?: string } | undefined;
      if (own) {
        own.description = own.description ? `${own.description}; also ${EDGE_BAD_REQUEST}` : EDGE_BAD_REQUEST;
        continue;
      }
      operation.responses['400'] = {
        description: EDGE_BAD_REQUEST,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
      };
    }
  }
}

/** The OpenAPI document of the running app. Deterministic, so the committed copy can be compared. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Preuve API')
    .setDescription(
      'Conformity evidence for French e-health software: référentiels, applicability, dossiers, evidence and review. ' +
        'Errors share one body: statusCode, code, message, details, correlationId. ' +
        'The integrator guide is docs/api.md in the repository.',
    )
    .setVersion('1')
    .addServer('/', 'The Preuve instance serving this document')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'A user access token (POST /auth/login) or an organisation API token (prv_…).',
      },
      BEARER,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'query',
        name: SIGNED_LINK_PARAMETER,
        description:
          'A short-lived signed link to one file (POST /evidence/{id}/link, POST /declarations/{id}/pdf-link), ' +
          'for what a browser loads by URL (<video>, <img>, a PDF in an <iframe>): use the returned url as it is.',
      },
      SIGNED_LINK,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    // Every operation names itself (`operationId` in its @ApiOperation); this fallback shows a
    // forgotten one, and the OpenAPI test refuses it.
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  document.info.license = { name: 'UNLICENSED (proprietary; see package.json)' };
  finishOperations(document);
  return document;
}

/** Serves Swagger UI at /docs and the spec at /openapi.json. */
export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    customSiteTitle: 'Preuve API',
    useGlobalPrefix: false,
  });
}
