import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../auth/session-store';
import { t } from '../i18n';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorResponse'];

/**
 * The French text for an error code of the API (`t.errors`), so the French interface never shows
 * the server's English sentence; an answer without a known code gets the generic text.
 */
export function errorText(code: string): string {
  return (t.errors as Record<string, string | undefined>)[code] ?? t.common.unknownError;
}

/**
 * An API answer that was not 2xx: the server's code, its French text as `message` (shown to the
 * user) and the server's own sentence as `serverMessage` (for support and logs, never shown).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly serverMessage?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const error = (body ?? {}) as Partial<ErrorBody>;
    const code = typeof error.code === 'string' ? error.code : 'HTTP_' + status;
    return new ApiError(
      status,
      code,
      errorText(code),
      error.details,
      typeof error.message === 'string' ? error.message : undefined,
    );
  }
}

/** Requests kept (cloned before sending) so a 401 can be replayed once after the session refreshed. */
const replayable = new WeakMap<Request, Request>();
const AUTH_PATHS = /\/api\/v1\/auth\/(login|refresh|logout|oidc\/(providers|authorize|callback|totp|logout))$/;

const authorization: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Accept-Language', 'fr'); // the interface is French: so are the server's sentences
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
