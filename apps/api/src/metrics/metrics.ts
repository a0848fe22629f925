import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ErrorBody } from '../common/errors/all-exceptions.filter.js';
import { ErrorCode, httpStatusOf } from '../common/errors/error-code.js';
import { routeOf } from '../logging/logging.js';

/** An error answer with the API's error body: /metrics is a plain Express route, outside Nest's exception filter. */
function refuse(response: Response, code: ErrorCode, message: string): void {
  const statusCode = httpStatusOf(code);
  const correlationId = String(response.getHeader('x-correlation-id') ?? '');
  response.status(statusCode).json({ statusCode, code, message, correlationId } satisfies ErrorBody);
}

/** Routes whose request bodies count as uploaded bytes. */
const UPLOAD_ROUTES = new Set(['/api/v1/dossiers/:id/evidence']);

/**
 * The Prometheus metrics of one app instance, in its own registry (several apps may share a
 * process in tests): request durations by route and status, uploaded bytes, the webhook outbox,
 * the audit log, the database pool, and Node's process metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly requests: Histogram<'method' | 'route' | 'status'>;
  private readonly uploadBytes: Counter<'route'>;

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'preuve_' });
    this.requests = new Histogram({
      name: 'preuve_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status, from arrival to the last byte sent',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers: [this.registry],
    });
    this.uploadBytes = new Counter({
      name: 'preuve_upload_bytes_total',
      help: 'Bytes received by the evidence upload route (bodies, multipart framing included)',
      labelNames: ['route'],
      registers: [this.registry],
    });
    const pool = (): Pool | undefined => (dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'preuve_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const current = pool();
        if (!current) return;
        this.set({ state: 'total' }, current.totalCount);
        this.set({ state: 'idle' }, current.idleCount);
        this.set({ state: 'waiting' }, current.waitingCount);
      },
    });
    new Gauge({
      name: 'preuve_webhook_deliveries',
      help: 'Webhook outbox rows by status: pending is the backlog, failed the deliveries that gave up',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const rows: { status: string; count: number }[] = await dataSource.query(
          'SELECT status, count(*)::int AS count FROM webhook_delivery GROUP BY status',
        );
        for (const status of ['pending', 'delivered', 'failed', 'cancelled']) {
          this.set({ status }, rows.find((row) => row.status === status)?.count ?? 0);
        }
      },
    });
    this.queryGauge<{ age: number | null }>(
      dataSource,
      'preuve_webhook_oldest_pending_seconds',
      'Age of the oldest pending webhook delivery (0 when the outbox is empty)',
      `SELECT extract(epoch FROM now() - min(created_at))::float AS age FROM webhook_delivery WHERE status = 'pending'`,
      (row) => row?.age ?? 0,
    );
    this.queryGauge<{ last: string | null }>(
      dataSource,
      'preuve_audit_events',
      'Audit events written (the highest event sequence number; append-only, so it only grows)',
      'SELECT max(seq)::text AS last FROM audit_event',
      (row) => Number(row?.last ?? 0),
    );
  }

  /** A gauge read at each scrape from one database row: `sql` selects it, `valueOf` turns it into the value. */
  private queryGauge<Row>(
    dataSource: DataSource,
    name: string,
    help: string,
    sql: string,
    valueOf: (row: Row | undefined) => number,
  ): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        const rows: Row[] = await dataSource.query(sql);
        this.set(valueOf(rows[0]));
      },
    });
  }

  /** Express middleware: times every request and counts upload bytes, labelled once the answer is sent. */
  middleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const started = process.hrtime.bigint();
      const bytesBefore = request.socket.bytesRead;
      response.once('finish', () => this.observe(request, response, started, bytesBefore));
      next();
    };
  }

  private observe(request: IncomingMessage, response: ServerResponse, started: bigint, bytesBefore: number): void {
    const route = routeOf(request);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.requests.observe({ method: request.method ?? 'GET', route, status: String(response.statusCode) }, seconds);
    if (UPLOAD_ROUTES.has(route)) {
      // The declared length when there is one (the socket may have read it all before this
      // middleware ran); for a chunked body, what the socket read meanwhile.
      const declared = Number(request.headers['content-length']);
      const bytes = Number.isFinite(declared) && declared > 0 ? declared : request.socket.bytesRead - bytesBefore;
      this.uploadBytes.inc({ route }, Math.max(0, bytes));
    }
  }

  /**
   * `GET /metrics` in Prometheus's text format, for `Authorization: Bearer <token>` only. Without a
   * token configured the route is not mounted at all (see configureApp).
   */
  handler(token: string) {
    const expected = Buffer.from(`Bearer ${token}`);
    return async (request: Request, response: Response): Promise<void> => {
      const given = Buffer.from(request.header('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        refuse(response, ErrorCode.AuthenticationRequired, 'The metrics need Authorization: Bearer <METRICS_TOKEN>.');
        return;
      }
      let text: string;
      try {
        text = await this.registry.metrics();
      } catch (error) {
        this.logger.error(`metrics could not be collected: ${error instanceof Error ? error.message : String(error)}`);
        refuse(
          response,
          ErrorCode.DatabaseUnavailable,
          'The metrics could not be collected (the database does not answer).',
        );
        return;
      }
      response.setHeader('Content-Type', this.registry.contentType);
      response.setHeader('Cache-Control', 'no-store');
      response.send(text);
    };
  }
}
