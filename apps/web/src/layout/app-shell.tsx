import { type ReactNode, useState } from 'react';
import { session, type SessionUser } from '../auth/session-store';
import { t } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import type { NavItem } from '../routes';

async function signOut(): Promise<void> {
  const csrf = session.csrfToken();
  // Closes the session and, after a sign-in with an identity provider that supports it, the provider's session too.
  const response = await fetch('/api/v1/auth/oidc/logout', {
    method: 'POST',
    headers: { ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
    credentials: 'same-origin',
  }).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as { endSessionUrl?: string | null } | undefined;
  session.signedOut();
  if (body?.endSessionUrl) {
    window.location.assign(body.endSessionUrl);
    return;
  }
  navigate('/', { replace: true });
}

export function AppShell({ user, nav, children }: { user: SessionUser; nav: NavItem[]; children: ReactNode }) {
  const location = useLocation();
  const [leaving, setLeaving] = useState(false);
  // The longest nav entry the path starts with is the current section (`/review/dashboard` over `/review`).
  const active = nav
    .filter((item) => location.path === item.to || location.path.startsWith(item.to + '/'))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const current = (to: string): boolean => to === active;
  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          {t.common.appName}
        </Link>
        <nav aria-label={t.common.nav.label}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={current(item.to) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="account-name">
            {user.email}
            <small>{t.common.roles[user.role] ?? user.role}</small>
          </span>
          <button
            type="button"
            className="button-secondary"
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              void signOut();
            }}
          >
            {t.auth.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
