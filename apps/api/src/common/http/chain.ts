import type { NextFunction, Request, Response } from 'express';

export type Middleware = (request: Request, response: Response, next: NextFunction) => void;

/**
 * Middlewares run in turn as one: Express then routes every request through one layer instead of
 * one per middleware, which for a small request is much of what the middlewares cost. A step that
 * calls `next(error)` ends the chain with that error, as in Express.
 */
export function chain(...steps: Middleware[]): Middleware {
  return (request, response, next) => {
    const run = (index: number): void => {
      if (index === steps.length) return next();
      steps[index](request, response, (error?: unknown) => (error ? next(error) : run(index + 1)));
    };
    run(0);
  };
}

/** `step` for the requests whose path starts with `prefix` (any case, as routes match), others pass. */
export function under(prefix: string, step: Middleware): Middleware {
  const matches = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[/?]|$)`, 'i');
  return (request, response, next) => (matches.test(request.url) ? step(request, response, next) : next());
}
