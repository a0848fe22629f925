import { useSyncExternalStore } from 'react';
import { SignInPage } from './auth/sign-in-page';
import { session, type SessionUser } from './auth/session-store';
import { TotpEnrolmentPage } from './auth/totp-enrolment-page';
import { Loading } from './components/feedback';
import { t } from './i18n';
import { AppShell } from './layout/app-shell';
import { reviewNav, reviewRoutes } from './review/routes';
import { Link, matchPath, useLocation } from './router';
import type { NavItem, Route } from './routes';
import { vendorNav, vendorRoutes } from './vendor/routes';

const REVIEW_ROLES = new Set(['reviewer', 'review_lead']);

function areaOf(user: SessionUser): { nav: NavItem[]; routes: Route[] } {
  // Platform admins see what reviewers see (every submitted dossier); they administer through the API.
  if (REVIEW_ROLES.has(user.role) || user.role === 'platform_admin') return { nav: reviewNav, routes: reviewRoutes };
  return { nav: vendorNav, routes: vendorRoutes };
}

function NotFound() {
  return (
    <section className="empty">
      <h1>{t.common.notFoundTitle}</h1>
      <p>{t.common.notFoundText}</p>
      <Link to="/">{t.common.backHome}</Link>
    </section>
  );
}

function SignedIn({ user }: { user: SessionUser }) {
  const location = useLocation();
  const { nav, routes } = areaOf(user);
  let page = <NotFound />;
  for (const route of routes) {
    const params = matchPath(route.pattern, location.path);
    if (params) {
      page = <>{route.render(params)}</>;
      break;
    }
  }
  return (
    <AppShell user={user} nav={nav}>
      {page}
    </AppShell>
  );
}

export function App() {
  const state = useSyncExternalStore(session.subscribe, session.current);
  switch (state.kind) {
    case 'unknown':
      return (
        <main id="main" className="sign-in">
          <Loading />
        </main>
      );
    case 'signed-out':
      return <SignInPage expired={state.expired} />;
    case 'signed-in':
      return state.user.totpEnrollmentRequired ? <TotpEnrolmentPage /> : <SignedIn user={state.user} />;
  }
}
