import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PrincipalResolver } from '../apps/api/src/auth/principal-resolver.js';
import { AccessGuard } from '../apps/api/src/auth/access.guard.js';
import { AllExceptionsFilter } from '../apps/api/src/common/errors/all-exceptions.filter.js';
import { OPENAPI_FILE, generateOpenApi } from '../apps/api/src/cli/openapi-file.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Operation = { method: string; path: string };

function operationsOf(spec: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method, path })),
  );
}

describe('the OpenAPI contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('matches the committed openapi.json (run `npm run openapi` after changing the API)', async () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    expect(await generateOpenApi()).toBe(committed);
  });

  it('names every operation in camelCase, verb first (operationId in its @ApiOperation), each name once', () => {
    const spec = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    const ids = Object.entries(spec.paths as Record<string, Record<string, { operationId: string }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ method, path, id: operation.operationId })),
    );
    const unnamed = ids.filter(({ id }) => !/^[a-z]+[A-Z][A-Za-z]*$|^(login|logout)$/.test(id));
    expect(unnamed).toEqual([]);
    expect(new Set(ids.map(({ id }) => id)).size).toBe(ids.length);
  });

  it('documents a coded 400 on every operation, and says `security: []` on the open ones', () => {
    const spec = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    for (const [path, methods] of Object.entries(
      spec.paths as Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>,
    )) {
      for (const [method, operation] of Object.entries(methods)) {
        expect({ method, path, has400: '400' in operation.responses }).toEqual({ method, path, has400: true });
        expect({ method, path, security: Array.isArray(operation.security) }).toEqual({ method, path, security: true });
      }
    }
    expect(spec.paths['/api/v1/health/live'].get.security).toEqual([]);
    expect(spec.paths['/api/v1/dossiers'].get.security).toEqual([{ bearer: [] }]);
  });

  it('serves the spec at /openapi.json and Swagger UI at /docs', async () => {
    const spec = await app.http().get('/openapi.json').expect(200);
    expect(spec.body.info.title).toBe('Preuve API');
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/referentials/{id}']),
    );
    const docs = await app.http().get('/docs').redirects(1).expect(200);
    expect(docs.text).toContain('swagger-ui');
  });

  it('answers every documented operation fed with garbage with a coded 4xx, never a 500', async () => {
    const spec = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    const operations = operationsOf(spec);
    expect(operations.length).toBeGreaterThan(4);
    for (const { method, path } of operations) {
      const url = path.replace(/\{[^}]+\}/g, encodeURIComponent("x'%00<>"));
      const call = (app.http() as unknown as Record<string, (url: string) => request.Test>)[method](`${url}?junk=%ZZ`);
      const response = await (method === 'get'
        ? call
        : call.set('content-type', 'application/json').send('{"broken":'));
      expect({ method, path, status: response.status < 500 }).toEqual({ method, path, status: true });
      if (response.status >= 400) expect(response.body.code).toEqual(expect.any(String));
    }
  });
});

@Controller('forgotten')
class ForgottenController {
  @Get()
  secret(): string {
    return 'should never be served';
  }
}

@Module({
  controllers: [ForgottenController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    // The guard refuses before it looks at any token.
    { provide: PrincipalResolver, useValue: { resolve: () => Promise.reject(new Error('not reached')) } },
  ],
})
class ForgottenModule {}

describe('deny by default', () => {
  it('closes a route that declares no access policy with 403 ACCESS_NOT_DECLARED', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
    const nest = moduleRef.createNestApplication({ logger: false });
    await nest.init();
    try {
      const response = await request(nest.getHttpServer()).get('/forgotten').expect(403);
      expect(response.body).toMatchObject({ code: 'ACCESS_NOT_DECLARED' });
      expect(response.text).not.toContain('should never be served');
    } finally {
      await nest.close();
    }
  });
});
