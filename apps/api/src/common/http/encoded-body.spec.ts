import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import type { Response } from 'express';
import { EncodedBody } from './encoded-body.js';

/** What a response was told: status, headers and the body sent. */
function recorder(): { response: Response; sent: { status: number; headers: Record<string, string>; body?: Buffer } } {
  const sent: { status: number; headers: Record<string, string>; body?: Buffer } = { status: 200, headers: {} };
  const response = {
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
    },
    status(code: number) {
      sent.status = code;
      return response;
    },
    type(value: string) {
      sent.headers['content-type'] = value;
      return response;
    },
    end() {},
    send(body: Buffer) {
      sent.body = body;
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
    const { response, sent } = recorder();
    encoded.send(response, { ifNoneMatch: ifNoneMatch(encoded.etag), acceptEncoding: 'gzip' }, 'private, no-cache');
    expect(sent.status).toBe(304);
    expect(sent.body).toBeUndefined();
    expect(sent.headers).toMatchObject({ etag: encoded.etag, 'cache-control': 'private, no-cache' });
  });

  it('sends the body when the validator is another one, gzipped only to a client that accepts gzip', () => {
    const encoded = EncodedBody.of(value, 'abc');
    const plain = recorder();
    encoded.send(plain.response, { ifNoneMatch: '"other"', acceptEncoding: 'deflate, br' }, 'public, max-age=300');
    expect(plain.sent.status).toBe(200);
    expect(plain.sent.headers['content-encoding']).toBeUndefined();
    expect(plain.sent.body).toEqual(encoded.body);

    const gzipped = recorder();
    encoded.send(gzipped.response, { ifNoneMatch: undefined, acceptEncoding: 'gzip, deflate' }, 'public, max-age=300');
    expect(gzipped.sent.headers).toMatchObject({ etag: '"abc"', 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    expect(gunzipSync(gzipped.sent.body!)).toEqual(encoded.body);
  });
});
