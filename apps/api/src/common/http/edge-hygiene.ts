import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * How deep a JSON body (or a query string) may nest. No operation takes more than a few levels;
 * a body of 10,000 `[` parses fine but overflows the stack of whatever walks it next (the
 * validation pipe, class-transformer), so it is refused before anything walks it.
 */
export const MAX_INPUT_DEPTH = 32;

/** A NUL, or a UTF-16 surrogate without its pair: Postgres stores neither in text, UTF-8 has no lone surrogate. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputProblem = { kind: 'too-deep'; where: string } | { kind: 'bad-text'; where: string; text: string };

function describeChar(text: string): string {
  const match = UNSTORABLE.exec(text);
  if (!match) return '';
  const unit = match[0].charCodeAt(0);
  return unit === 0 ? 'a NUL character' : `a lone UTF-16 surrogate (\\u${unit.toString(16).toUpperCase()})`;
}

/**
 * The first problem in a parsed input: nesting deeper than `maxDepth`, or a string (value or key)
 * holding a NUL or a lone surrogate. Iterative, so a hostile depth cannot overflow the stack here.
 */
export function inspectInput(value: unknown, root: string, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: { value: unknown; where: string; depth: number }[] = [{ value, where: root, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (UNSTORABLE.test(item.value)) return { kind: 'bad-text', where: item.where, text: item.value };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxDepth) return { kind: 'too-deep', where: item.where };
    if (Array.isArray(item.value)) {
      item.value.forEach((child, index) =>
        stack.push({ value: child, where: `${item.where}[${index}]`, depth: item.depth + 1 }),
      );
      continue;
    }
    for (const [key, child] of Object.entries(item.value as Record<string, unknown>)) {
      const where = `${item.where}.${key}`;
      if (UNSTORABLE.test(key)) return { kind: 'bad-text', where: `${item.where} (a key)`, text: key };
      stack.push({ value: child, where, depth: item.depth + 1 });
    }
  }
  return null;
}

/** The coded 400 for a problem found by `inspectInput`. */
export function inputError(problem: InputProblem): AppError {
  if (problem.kind === 'too-deep') {
    return new AppError(
      ErrorCode.InputTooDeep,
      `The request nests deeper than ${MAX_INPUT_DEPTH} levels (at ${problem.where.slice(0, 200)}); no operation takes that.`,
      { maxDepth: MAX_INPUT_DEPTH },
    );
  }
  return new AppError(
    ErrorCode.InvalidCharacters,
    `${problem.where.slice(0, 200)} holds ${describeChar(problem.text)}, which text cannot store.`,
    { field: problem.where.slice(0, 200) },
  );
}

/**
 * The edge check every request passes once, after the body parsers and before any route: its
 * path segments decode, and its body and query hold no nesting deeper than `MAX_INPUT_DEPTH` and
 * no NUL or lone surrogate. Anything else reaching a handler is well-formed text.
 */
export function edgeHygiene(request: Request, _response: Response, next: NextFunction): void {
  for (const segment of request.path.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      next(
        new AppError(ErrorCode.InvalidCharacters, 'The path holds a malformed %-escape (not UTF-8).', {
          field: 'path',
        }),
      );
      return;
    }
    if (UNSTORABLE.test(decoded)) {
      next(inputError({ kind: 'bad-text', where: 'path', text: decoded }));
      return;
    }
  }
  for (const [root, value] of [
    ['body', request.body as unknown],
    ['query', request.query as unknown],
  ] as const) {
    const problem = inspectInput(value, root);
    if (problem) {
      next(inputError(problem));
      return;
    }
  }
  next();
}

type Middleware = (request: Request, response: Response, next: (error?: unknown) => void) => void;

/**
 * The body parsers, then `edgeHygiene`, as one middleware. A request without a body (neither
 * Content-Length nor Transfer-Encoding: the parsers' own test) skips the parsers, as they would
 * skip it themselves: most API calls are GETs.
 */
export function parseThenCheck(...parsers: Middleware[]): Middleware {
  return (request, response, next) => {
    if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) {
      edgeHygiene(request, response, next);
      return;
    }
    const run = (index: number): void => {
      if (index === parsers.length) return edgeHygiene(request, response, next);
      parsers[index](request, response, (error?: unknown) => (error ? next(error) : run(index + 1)));
    };
    run(0);
  };
}
