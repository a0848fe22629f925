import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { BatchedLines, createRootLogger, nestLoggerOver, requestLogging } from './logging.js';

/** A request and its answer, as much of them as the request log reads. */
function exchange(url: string, headers: Record<string, string> = {}) {
  const request = Object.assign(new EventEmitter(), {
    method: 'GET',
    url,
    originalUrl: url,
    headers,
    route: { path: '/api/v1/dossiers/:id' },
    principal: { kind: 'token', tokenId: 'token-1', organizationId: 'org-1', scopes: [] },
  });
  const sent = new Map<string, unknown>();
  const response = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader: (name: string, value: unknown) => sent.set(name, value),
  });
  return { request: request as unknown as IncomingMessage, response: response as unknown as ServerResponse, sent };
}

function memoryLogger() {
  const written: string[] = [];
  const root = createRootLogger({
    level: 'info',
    format: 'json',
    destination: { write: (line) => written.push(line) },
  });
  const lines = () => written.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { root, lines };
}

describe('requestLogging', () => {
  it('writes one line per API request once it is answered, from chosen fields only', () => {
    const { root, lines } = memoryLogger();
    const { request, response, sent } = exchange('/api/v1/dossiers/d-1?access=secret-link', {
      'x-correlation-id': 'trace-0001',
      authorization: 'Bearer prv_secret',
    });
    requestLogging(root, 'api/v1')(request, response, () => undefined);
    expect(sent.get('x-correlation-id')).toBe('trace-0001');
    expect(lines()).toEqual([]);
    response.statusCode = 404;
    response.emit('close');
    expect(lines()).toEqual([
      {
        level: 40,
        time: expect.any(String),
        service: 'preuve',
        correlationId: 'trace-0001',
        req: { method: 'GET', path: '/api/v1/dossiers/d-1' },
        apiToken: 'token-1',
        organization: 'org-1',
        route: '/api/v1/dossiers/:id',
        res: { statusCode: 404 },
        durationMs: expect.any(Number),
        msg: 'GET /api/v1/dossiers/:id 404',
      },
    ]);
  });

  it('logs 5xx answers as errors, and nothing for paths outside the API', () => {
    const { root, lines } = memoryLogger();
    const log = requestLogging(root, 'api/v1');
    const outside = exchange('/assets/app.js');
    log(outside.request, outside.response, () => undefined);
    outside.response.emit('close');
    expect(outside.sent.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const failed = exchange('/api/v1/dossiers/d-1', { 'x-correlation-id': 'no' });
    log(failed.request, failed.response, () => undefined);
    failed.response.statusCode = 500;
    failed.response.emit('close');
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 50,
        correlationId: failed.sent.get('x-correlation-id'),
        err: { type: 'Error', message: 'failed with status code 500' },
      }),
    ]);
  });

  it("binds the correlation id to what Nest's logger writes while the request is handled", () => {
    const { root, lines } = memoryLogger();
    const nest = nestLoggerOver(root);
    const { request, response } = exchange('/api/v1/health', { 'x-correlation-id': 'trace-0002' });
    requestLogging(root, 'api/v1')(request, response, () => nest.warn('the database is unavailable', 'Errors'));
    nest.log('outside any request', 'Preuve');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 40, correlationId: 'trace-0002', context: 'Errors' }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
    ]);
  });
});

describe('BatchedLines', () => {
  it('hands lines on 4 KiB at a time, in order, and the rest when flushed', () => {
    const written: string[] = [];
    const lines = new BatchedLines({ write: (batch) => written.push(batch) });
    // Lines of 128 bytes each: 32 of them make 4 KiB.
    const line = (index: number) =>
      `${JSON.stringify({ index: String(index).padStart(3, '0'), filler: 'x'.repeat(100) })}\n`;
    expect(line(0)).toHaveLength(128);
    for (let index = 0; index < 31; index += 1) lines.write(line(index));
    expect(written).toHaveLength(0);
    lines.write(line(31));
    expect(written).toEqual([Array.from({ length: 32 }, (_, index) => line(index)).join('')]);
    lines.write(line(32));
    lines.flush();
    lines.flush(); // nothing more to write: no empty batch
    expect(written).toEqual([written[0], line(32)]);
  });
});
