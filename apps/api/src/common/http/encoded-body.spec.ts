import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import type { Response } from 'express';
import { EncodedBody } from './encoded-body.js';

/** A response to a request with these headers, and what it was told: status, headers and the body sent. */
function recorder(requestHeaders: Record<string, string | undefined>): {
  response: Response;
  sent: { status: number; headers: Record<string, string>; body?: Buffer };
} {
  const sent: { status: number; headers: Record<string, string>; body?: Buffer } = { status: 200, headers: {} };
  const response = {
    req: { headers: requestHeaders },
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
    },
    status(code: number) {
      sent.status = code;
      return response;
    },
    set statusCode(code: number) {
      sent.status = code;
    },
    end(body?: Buffer) {
      if (body) sent.body = body;
    },
  };
  return { response: response as unknown as Response, sent };
}

describe('EncodedBody', () => {
  const value = { id: 'x', items: Array.from({ length: 50 }, (_, index) => ({ index, label: 'Élément' })) };

  it('takes the SHA-256 of the serialised bytes as its ETag: equal content, equal ETag', () => {
    const first = EncodedBody.hashed(value);
    expect(first.etag).toMatch(/^"[\w-]{43}"$/);
    expect(EncodedBody.hashed(structuredClone(value)).etag).toBe(first.etag);
    expect(EncodedBody.hashed({ ...value, id: 'y' }).etag).not.toBe(first.etag);
    expect(JSON.parse(first.body.toString('utf8'))).toEqual(value);
  });

  it.each([
    ['the same ETag', (etag: string) => etag],
    ['its weak form', (etag: string) => `W/${etag}`],
    ['a list that holds it', (etag: string) => `"old", ${etag}`],
    ['*', () => '*'],
  ])('answers 304 with no body to If-None-Match: %s', (_name, ifNoneMatch) => {
    const encoded = EncodedBody.hashed(value);
    const { response, sent } = recorder({ 'if-none-match': ifNoneMatch(encoded.etag), 'accept-encoding': 'gzip' });
    encoded.send(response, 'private, no-cache');
    expect(sent.status).toBe(304);
    expect(sent.body).toBeUndefined();
    expect(sent.headers).toMatchObject({ etag: encoded.etag, 'cache-control': 'private, no-cache' });
  });

  it('sends the body when the validator is another one, gzipped only to a client that accepts gzip', () => {
    const encoded = EncodedBody.of(value, 'abc');
    const plain = recorder({ 'if-none-match': '"other"', 'accept-encoding': 'deflate, br' });
    encoded.send(plain.response, 'public, max-age=300');
    expect(plain.sent.status).toBe(200);
    expect(plain.sent.headers['content-encoding']).toBeUndefined();
    expect(plain.sent.body).toEqual(encoded.body);
    expect(plain.sent.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'content-length': encoded.body.length,
    });

    const gzipped = recorder({ 'accept-encoding': 'gzip, deflate' });
    encoded.send(gzipped.response, 'public, max-age=300');
    expect(gzipped.sent.headers).toMatchObject({ etag: '"abc"', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    expect(gunzipSync(gzipped.sent.body!)).toEqual(encoded.body);
  });
});
