import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../auth/session-store';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorResponse'];

/** An API answer that was not 2xx, with the server's code and message (shown to the user). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const error = (body ?? {}) as Partial<ErrorBody>;
    return new ApiError(
      status,
      typeof error.code === 'string' ? error.code : 'HTTP_' + status,
      typeof error.message === 'string' ? error.message : `Erreur ${status}`,
      error.details,
    );
  }
}

/** Requests kept (cloned before sending) so a 401 can be replayed once after the session refreshed. */
const replayable = new WeakMap<Request, Request>();
const AUTH_PATHS = /\/api\/v1\/auth\/(login|refresh|logout)$/;

const authorization: Middleware = {
  async onRequest({ request }) {
    if (AUTH_PATHS.test(new URL(request.url).pathname)) return request;
    await session.ensureFresh();
    const token = session.accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    replayable.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || AUTH_PATHS.test(new URL(request.url).pathname)) return response;
    const copy = replayable.get(request);
    if (!copy || !(await session.refresh())) {
      session.expire();
      return response;
    }
    copy.headers.set('Authorization', `Bearer ${session.accessToken() ?? ''}`);
    return fetch(copy);
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(authorization);

/** The data of an openapi-fetch result, or an ApiError carrying the server's code and message. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw ApiError.from(result.response.status, result.error);
}

/** Headers for requests made outside openapi-fetch (uploads with progress through XMLHttpRequest). */
export async function authorizationHeader(): Promise<Record<string, string>> {
  await session.ensureFresh();
  const token = session.accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
