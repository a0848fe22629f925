import type { INestApplication } from '@nestjs/common';
import { BEARER, SIGNED_LINK, SIGNED_LINK_PARAMETER } from '../common/access/access.decorator.js';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const API_PREFIX = 'api/v1';

/** The OpenAPI document of the running app. Deterministic, so the committed copy can be compared. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Preuve API')
    .setDescription(
      'Conformity evidence for French e-health software: référentiels, applicability, dossiers, evidence and review. ' +
        'Errors share one body: statusCode, code, message, details, correlationId.',
    )
    .setVersion('1')
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
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
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
