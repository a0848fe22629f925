import { type INestApplication, Logger } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import type { Logger as PinoLogger } from 'pino';
import { runRequest } from '@preuve/persistence';
import { AppValidationPipe } from './common/http/validation.pipe.js';
import { Metrics } from './metrics/metrics.js';
import { parseThenCheck } from './common/http/edge-hygiene.js';
import { chain, under } from './common/http/chain.js';
import { requestLogging } from './logging/logging.js';
import { API_PREFIX, buildOpenApiDocument, serveOpenApi } from './openapi/openapi.js';
import { serveWebApp } from './web/web-app.js';

/** Everything the app needs besides its modules; shared by the server, the tests and the OpenAPI export. */
export function configureApp(
  app: INestApplication,
  options: {
    /** The process's logger: the request log writes one line per API request to it. */
    logger: PinoLogger;
    trustProxy?: string | number;
    webDir?: string;
    metricsToken?: string;
  },
): void {
  const instance = app.getHttpAdapter().getInstance() as {
    disable(setting: string): void;
    set(setting: string, value: unknown): void;
    get(path: string, handler: (request: Request, response: Response) => Promise<void>): void;
  };
  instance.disable('x-powered-by');
  instance.set('etag', false);
  if (options.trustProxy !== undefined) instance.set('trust proxy', options.trustProxy);
  const metrics = app.get(Metrics);
  // What every request passes before its route, as one middleware (one Express layer):
  app.use(
    chain(
      // one row scope per request, across tenants until the access guard keeps a vendor's request
      // to its organisation (no interceptor per handler: Nest then calls handlers without rxjs);
      (_request, _response, next) => runRequest(next),
      requestLogging(options.logger, API_PREFIX),
      metrics.middleware(),
      under(`/${API_PREFIX}/auth`, cookieParser()), // only the session routes read cookies
      // the body parsers (Nest's own are off: NestFactory.create's bodyParser), then the edge
      // check, once: depth, NUL and lone surrogates never reach a handler.
      parseThenCheck(express.json(), express.urlencoded({ extended: true })),
    ),
  );
  // Prometheus metrics: mounted only with METRICS_TOKEN, and then only for that bearer.
  if (options.metricsToken) instance.get('/metrics', metrics.handler(options.metricsToken));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new AppValidationPipe());
  serveOpenApi(app, buildOpenApiDocument(app));
  if (options.webDir && !serveWebApp(app, options.webDir))
    new Logger('Preuve').warn(`no web app in ${options.webDir}: run \`npm run build\` to serve it at /`);
}
