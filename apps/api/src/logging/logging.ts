import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule, LoggerService, LogLevel } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Principal } from '../common/access/principal.js';
import type { AppConfig, LogLevelName } from '../config.js';

/**
 * Whatever carries a credential is cut from every log line, wherever it appears: headers, cookies,
 * and fields named like a secret at any of the first levels of a logged object.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'currentPassword',
    'newPassword',
    'token',
    'accessToken',
    'refreshToken',
    'secret',
    'totp',
    'code',
  ].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

export interface RootLoggerOptions {
  level: LogLevelName;
  format: AppConfig['logFormat'];
  /** Where lines go; stdout unless given (tests give a memory stream). */
  destination?: DestinationStream;
}

/** The process's one pino logger: JSON lines in production, coloured lines with LOG_FORMAT=pretty. */
export function createRootLogger({ level, format, destination }: RootLoggerOptions): Logger {
  const stream =
    destination ??
    (format === 'pretty'
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : undefined);
  const options = {
    level,
    base: { service: 'preuve' },
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return stream ? pino(options, stream) : pino(options);
}

/** The pino level matching Nest's list of log levels (tests start the app with `['error']`). */
export function levelFor(logLevels: LogLevel[] | false, configured: LogLevelName): LogLevelName {
  if (logLevels === false) return 'silent';
  if (logLevels.includes('log')) return configured;
  if (logLevels.includes('warn')) return 'warn';
  return logLevels.includes('error') ? 'error' : 'silent';
}

/** Nest's logger interface on top of pino, for what is logged before the app exists (migrations, start). */
export function nestLoggerOver(root: Logger): LoggerService {
  const write = (level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, context: unknown[]) => {
    const name = typeof context[context.length - 1] === 'string' ? context[context.length - 1] : undefined;
    root[level]({ context: name }, message instanceof Error ? message.message : String(message));
  };
  return {
    log: (message, ...context) => write('info', message, context),
    warn: (message, ...context) => write('warn', message, context),
    error: (message, ...context) => write('error', message, context),
    debug: (message, ...context) => write('debug', message, context),
    verbose: (message, ...context) => write('trace', message, context),
    fatal: (message, ...context) => write('error', message, context),
  };
}

type LoggedRequest = IncomingMessage & {
  originalUrl?: string;
  route?: { path?: string };
  principal?: Principal;
};

/** The route pattern (`/api/v1/dossiers/:id`), never the concrete path: ids and queries stay out. */
export function routeOf(request: IncomingMessage): string {
  const route = (request as LoggedRequest).route?.path;
  // A catch-all (`*path`: the not-found handler, the web app's pages) names no route.
  return typeof route === 'string' && !route.includes('*') ? route : '(unmatched)';
}

/** The path without its query string (a signed link's `?access=` is a credential). */
function pathOf(request: IncomingMessage): string {
  const url = (request as LoggedRequest).originalUrl ?? request.url ?? '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function who(request: IncomingMessage): Record<string, string> {
  const principal = (request as LoggedRequest).principal;
  if (!principal) return {};
  return principal.kind === 'user'
    ? { user: principal.userId, organization: principal.organizationId }
    : { apiToken: principal.tokenId, organization: principal.organizationId };
}

/**
 * One JSON line per request when its answer is sent: correlation id, method, path, route, status,
 * duration in ms, and who called (user or API token id, organisation). Never headers, bodies or
 * query strings.
 */
export function loggingModule(root: Logger): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger: root,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const id = response.getHeader('x-correlation-id');
        return typeof id === 'string' ? id : randomUUID();
      },
      customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
      quietReqLogger: true,
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      customSuccessMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
      customErrorMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
      // Called when the request arrives (nothing known yet: bind nothing, or keys would repeat) and
      // when its answer is sent (the route matched and the principal resolved).
      customProps: (request, response) => (response.headersSent ? { ...who(request), route: routeOf(request) } : {}),
      serializers: {
        req: (request: { method?: string; raw?: IncomingMessage }) => ({
          method: request.method,
          path: request.raw ? pathOf(request.raw) : undefined,
        }),
        res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
        err: (error: Error) => ({ type: error.name, message: error.message }),
      },
    },
  });
}
