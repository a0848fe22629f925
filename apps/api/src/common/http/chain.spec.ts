import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { chain, under, type Middleware } from './chain.js';

const request = (url: string) => ({ url }) as Request;
const response = {} as Response;

/** Runs `middleware` on `url`; what the steps saw, and what reached Express's `next`. */
function run(middleware: Middleware, url = '/api/v1/dossiers') {
  return new Promise<unknown>((done) => middleware(request(url), response, (error?: unknown) => done(error ?? 'next')));
}

describe('chain', () => {
  it('runs its steps in turn, then hands the request on', async () => {
    const seen: string[] = [];
    const step =
      (name: string): Middleware =>
      (_request, _response, next) => {
        seen.push(name);
        next();
      };
    expect(await run(chain(step('a'), step('b'), step('c')))).toBe('next');
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('stops at a step that fails, handing its error on', async () => {
    const seen: string[] = [];
    const failure = new Error('refused');
    const outcome = await run(
      chain(
        (_request, _response, next) => next(failure),
        (_request, _response, next) => {
          seen.push('after');
          next();
        },
      ),
    );
    expect(outcome).toBe(failure);
    expect(seen).toEqual([]);
  });
});

describe('under', () => {
  const marked: Middleware = (incoming, _response, next) => {
    (incoming as Request & { marked?: boolean }).marked = true;
    next();
  };
  const marks = async (url: string) => {
    const incoming = request(url) as Request & { marked?: boolean };
    await new Promise((done) => under('/api/v1/auth', marked)(incoming, response, done));
    return incoming.marked === true;
  };

  it('runs its step for the paths under its prefix, in any case, and for no other', async () => {
    expect(await marks('/api/v1/auth/login')).toBe(true);
    expect(await marks('/API/V1/Auth?x=1')).toBe(true);
    expect(await marks('/api/v1/auth')).toBe(true);
    expect(await marks('/api/v1/authority')).toBe(false);
    expect(await marks('/api/v1/dossiers')).toBe(false);
  });
});
