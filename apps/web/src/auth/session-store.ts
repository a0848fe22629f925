import type { components } from '../api/schema';

type LoginResponse = components['schemas']['LoginResponseDto'];
export type SessionUser = LoginResponse['user'];

export type SessionState =
  { kind: 'unknown' } | { kind: 'signed-out'; expired: boolean } | { kind: 'signed-in'; user: SessionUser };

const CSRF_COOKIE = 'preuve_csrf';
/** Refresh a little before the access token expires, so no request carries a dead token. */
const EARLY_REFRESH_MS = 30_000;

function csrfFromCookie(): string | undefined {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(CSRF_COOKIE.length + 1)) : undefined;
}

/**
 * The browser session: the access token lives in memory only; the session itself is an HttpOnly
 * cookie that POST /auth/refresh exchanges (with the CSRF token) for a new access token.
 */
class SessionStore {
  private state: SessionState = { kind: 'unknown' };
  private token: string | undefined;
  private expiresAt = 0;
  private csrf: string | undefined;
  private refreshing: Promise<boolean> | undefined;
  private readonly listeners = new Set<() => void>();

  current = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  accessToken(): string | undefined {
    return this.token;
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Called with the body of a successful login or refresh. */
  accept(response: LoginResponse): void {
    this.token = response.accessToken;
    this.expiresAt = Date.now() + response.expiresIn * 1000;
    this.csrf = response.csrfToken;
    this.set({ kind: 'signed-in', user: response.user });
  }

  /** The session ended on the server (expired or closed elsewhere): back to the sign-in page. */
  expire(): void {
    const wasSignedIn = this.state.kind === 'signed-in';
    this.token = undefined;
    this.set({ kind: 'signed-out', expired: wasSignedIn });
  }

  signedOut(): void {
    this.token = undefined;
    this.csrf = undefined;
    this.set({ kind: 'signed-out', expired: false });
  }

  csrfToken(): string | undefined {
    return this.csrf ?? csrfFromCookie();
  }

  /** Exchanges the session cookie for a new access token; one exchange at a time. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<boolean> {
    const csrf = this.csrfToken();
    if (!csrf) return false;
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrf },
      credentials: 'same-origin',
    });
    if (!response.ok) return false;
    this.accept((await response.json()) as LoginResponse);
    return true;
  }

  async ensureFresh(): Promise<void> {
    if (this.token && Date.now() > this.expiresAt - EARLY_REFRESH_MS && !(await this.refresh())) this.expire();
  }

  private resuming: Promise<void> | undefined;

  /** At page load: resume the session if the cookie is still good (once, whoever asks first). */
  resume(): Promise<void> {
    this.resuming ??= this.refresh().then((resumed) => {
      if (!resumed) this.set({ kind: 'signed-out', expired: false });
    });
    return this.resuming;
  }
}

export const session = new SessionStore();
