import type { CookieOptions, Response } from 'express';
import type { IssuedSession } from './auth.service.js';
import type { LoginResponseDto } from './dto/auth.dto.js';

export const REFRESH_COOKIE = 'preuve_refresh';
export const CSRF_COOKIE = 'preuve_csrf';
/** Where the refresh cookie is sent: the auth routes only. */
export const AUTH_PATH = '/api/v1/auth';

/** The refresh cookie: HTTP only, same site, auth routes only. */
function refreshCookie(secure: boolean): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'strict', path: AUTH_PATH };
}

/** The CSRF cookie: read by the web app's script, so neither HTTP only nor limited to the auth routes. */
function csrfCookie(secure: boolean): CookieOptions {
  return { ...refreshCookie(secure), httpOnly: false, path: '/' };
}

/**
 * Answers a new session, whichever way it was opened (password, refresh, OIDC): its refresh and
 * CSRF cookies, never cached; returns the body (the access token).
 */
export function sendSession(response: Response, session: IssuedSession, secure: boolean): LoginResponseDto {
  response.cookie(REFRESH_COOKIE, session.refreshToken, {
    ...refreshCookie(secure),
    expires: session.refreshExpiresAt,
  });
  response.cookie(CSRF_COOKIE, session.response.csrfToken, {
    ...csrfCookie(secure),
    expires: session.refreshExpiresAt,
  });
  response.setHeader('Cache-Control', 'no-store');
  return session.response;
}

/** Removes the session's cookies from the browser (sign-out). */
export function clearSession(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, refreshCookie(secure));
  response.clearCookie(CSRF_COOKIE, csrfCookie(secure));
}
