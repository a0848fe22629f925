import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService, LogLevel } from '@nestjs/common';
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

/** The `service` field of every line. */
const SERVICE = 'preuve';

/** The process's one pino logger: JSON lines in production, coloured lines with LOG_FORMAT=pretty. */
export function createRootLogger({ level, format, destination }: RootLoggerOptions): Logger {
  const stream =
    destination ??
    (format === 'pretty'
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : undefined);
  const options = {
    level,
    base: { service: SERVICE },
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return pino(options, stream ?? batchedStdout());
}

/** How long a line may wait before it is written, and how much is written at once. */
const FLUSH_MS = 200;
const BATCH_BYTES = 4096;

/**
 * Lines gathered and handed to `out` 4 KiB at a time (and whenever `flush` is called), joined once
 * per batch: pino's own buffering measures its whole buffer again at every line, which cost as
 * much as the write it saved.
 */
export class BatchedLines implements DestinationStream {
  private lines: string[] = [];
  private size = 0;

  constructor(private readonly out: DestinationStream) {}

  write(line: string): void {
    this.lines.push(line);
    this.size += line.length;
    if (this.size >= BATCH_BYTES) this.flush();
  }

  flush(): void {
    if (this.lines.length === 0) return;
    const batch = this.lines.join('');
    this.lines = [];
    this.size = 0;
    this.out.write(batch);
  }
}

let stdout: BatchedLines | undefined;

/**
 * The process's standard output, written in batches of 4 KiB and at least every 200 ms: a write
 * (a system call) per line cost a small request about a third of its CPU time. What is gathered is
 * written synchronously when the process exits, a crash included; only a killed process (SIGKILL,
 * out of memory) loses its last 200 ms of lines. One for the process, whatever the loggers on it.
 */
function batchedStdout(): BatchedLines {
  if (!stdout) {
    const lines = new BatchedLines(pino.destination({ dest: 1, sync: true }));
    setInterval(() => lines.flush(), FLUSH_MS).unref();
    process.on('exit', () => lines.flush());
    stdout = lines;
  }
  return stdout;
}

/** The pino level matching Nest's list of log levels (tests start the app with `['error']`). */
export function levelFor(logLevels: LogLevel[] | false, configured: LogLevelName): LogLevelName {
  if (logLevels === false) return 'silent';
  if (logLevels.includes('log')) return configured;
  if (logLevels.includes('warn')) return 'warn';
  return logLevels.includes('error') ? 'error' : 'silent';
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

const CORRELATION_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The correlation id of the request being handled, for the lines Nest's logger writes meanwhile. */
const correlation = new AsyncLocalStorage<string>();

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when it is a plausible one, else
 * a new UUID; sent back in the same header.
 */
function correlationIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-correlation-id'];
  const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
  response.setHeader('x-correlation-id', id);
  return id;
}

/**
 * The first middleware of every request: gives it its correlation id (header, and the binding of
 * whatever Nest's logger writes while it is handled), and for the API's paths writes one JSON line
 * once its answer is sent: correlation id, method, path, route, who called (user or API token id,
 * organisation), status and duration in ms. 5xx are errors, 4xx warnings.
 *
 * The line is built from these fields only: never headers, bodies or query strings, so it needs
 * no redaction pass (the root logger's redaction stays for everything else). It is the line pino
 * writes (level, time, the root's `service`, the fields, `msg`), serialised in one step and handed
 * to the root logger's stream: pino's own path (a child logger, a serialiser per field) cost a
 * small request more than all the rest of its logging.
 */
export function requestLogging(root: Logger, apiPrefix: string) {
  const stream = (root as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym];
  // The prefix (`api/v1`) holds no pattern character; paths match as the router's do, in any case.
  const logged = new RegExp(`^/${apiPrefix}(?:[/?]|$)`, 'i');
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const correlationId = correlationIdOf(request, response);
    if (logged.test(request.url ?? '')) {
      const started = Date.now();
      response.once('close', () => {
        const status = response.statusCode;
        const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
        if (!root.isLevelEnabled(level)) return;
        const route = routeOf(request);
        const line: Record<string, unknown> = {
          level: root.levels.values[level],
          time: new Date().toISOString(),
          service: SERVICE,
          correlationId,
          req: { method: request.method, path: pathOf(request) },
          ...who(request),
          route,
          res: { statusCode: status },
        };
        if (status >= 500) line.err = { type: 'Error', message: `failed with status code ${status}` };
        line.durationMs = Date.now() - started;
        line.msg = `${request.method} ${route} ${status}`;
        stream.write(`${JSON.stringify(line)}\n`);
      });
    }
    correlation.run(correlationId, next);
  };
}

/** Nest's logger interface on top of pino; inside a request, its lines carry the correlation id. */
export function nestLoggerOver(root: Logger): LoggerService {
  const write = (level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, context: unknown[]) => {
    const name = typeof context[context.length - 1] === 'string' ? context[context.length - 1] : undefined;
    const correlationId = correlation.getStore();
    const fields = correlationId === undefined ? { context: name } : { correlationId, context: name };
    root[level](fields, message instanceof Error ? message.message : String(message));
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
