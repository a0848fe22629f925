import { describe, expect, it } from '@jest/globals';
import { inputError, inspectInput, MAX_INPUT_DEPTH, parseThenCheck } from './edge-hygiene.js';

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
}

describe('inspectInput', () => {
  it.each([
    ['a flat object', { email: 'a@b.fr', n: 1, ok: true, none: null }, null],
    ['an emoji (a proper surrogate pair)', { name: 'Cardio 💓' }, null],
    ['nesting at the limit', nested(MAX_INPUT_DEPTH), null],
    ['nesting past the limit', nested(MAX_INPUT_DEPTH + 1), 'too-deep'],
    ['a NUL in a value', { a: ['x', 'y\u0000'] }, 'bad-text'],
    ['a NUL in a key', { 'a\u0000': 1 }, 'bad-text'],
    ['a lone high surrogate', { email: 'a\ud800@b.fr' }, 'bad-text'],
    ['a lone low surrogate', ['\udc00'], 'bad-text'],
    ['a reversed pair', '\udc00\ud800', 'bad-text'],
  ])('%s', (_label, value, expected) => {
    expect(inspectInput(value, 'body')?.kind ?? null).toBe(expected);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    const hostile = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(inspectInput(hostile, 'body')).toEqual({ kind: 'too-deep', where: expect.stringMatching(/^body\[0\]/) });
  });

  it('says where and what', () => {
    const problem = inspectInput({ user: { email: 'x\ud800' } }, 'body')!;
    expect(problem.where).toBe('body.user.email');
    expect(inputError(problem).message).toMatch(/body\.user\.email holds a lone UTF-16 surrogate \(\\uD800\)/);
    expect(inputError(inspectInput({ t: 'a\u0000' }, 'query')!).code).toBe('INVALID_CHARACTERS');
  });
});

describe('parseThenCheck', () => {
  type Handler = Parameters<typeof parseThenCheck>[0];
  const request = (headers: Record<string, string>) =>
    ({ headers, path: '/api/v1/dossiers', body: undefined, query: {} }) as unknown as Parameters<Handler>[0];
  const response = {} as Parameters<Handler>[1];

  function run(headers: Record<string, string>, failing?: string): { ran: string[]; outcome: unknown } {
    const ran: string[] = [];
    const parser =
      (name: string): Handler =>
      (_request, _response, next) => {
        ran.push(name);
        next(name === failing ? new Error(`${name} failed`) : undefined);
      };
    let outcome: unknown = 'not called';
    parseThenCheck(parser('json'), parser('form'))(request(headers), response, (error?: unknown) => {
      outcome = error ?? 'next';
    });
    return { ran, outcome };
  }

  it('skips the parsers for a request without a body, and checks it all the same', () => {
    expect(run({})).toEqual({ ran: [], outcome: 'next' });
  });

  it('parses a body in order, then checks; a parser error stops there', () => {
    expect(run({ 'content-length': '12' })).toEqual({ ran: ['json', 'form'], outcome: 'next' });
    expect(run({ 'transfer-encoding': 'chunked' })).toEqual({ ran: ['json', 'form'], outcome: 'next' });
    const failed = run({ 'content-length': '12' }, 'json');
    expect(failed.ran).toEqual(['json']);
    expect(failed.outcome).toEqual(new Error('json failed'));
  });
});
