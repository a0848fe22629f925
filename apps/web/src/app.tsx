import { useSyncExternalStore } from 'react';
import { OidcCallbackPage } from './account/oidc-callback-page';
import { accountNav, accountRoutes } from './account/routes';
import { SignInPage } from './auth/sign-in-page';
import { session, type SessionUser } from './auth/session-store';
import { TotpEnrolmentPage } from './auth/totp-enrolment-page';
import { Loading } from './components/feedback';
import { t } from './i18n';
import { AppShell } from './layout/app-shell';
import { referentialAdminNav, referentialAdminRoutes, referentialDiffRoutes } from './referentials/routes';
import { reviewNav, reviewRoutes } from './review/routes';
import { Link, matchPath, useLocation } from './router';
import type { NavItem, Route } from './routes';
import { vendorNav, vendorRoutes } from './vendor/routes';

const REVIEW_ROLES = new Set(['reviewer', 'review_lead']);
/** Who imports and publishes référentiel versions (the API's REFERENTIAL_ADMINS). */
const REFERENTIAL_ADMINS = new Set(['review_lead', 'platform_admin']);

function areaOf(user: SessionUser): { nav: NavItem[]; routes: Route[] } {
  const admin = REFERENTIAL_ADMINS.has(user.role);
  const adminNav = admin ? referentialAdminNav : [];
  const adminRoutes = admin ? referentialAdminRoutes : [];
  // Platform admins see what reviewers see (every submitted dossier); they administer through the API.
  if (REVIEW_ROLES.has(user.role) || user.role === 'platform_admin')
    return {
      nav: [...reviewNav, ...adminNav, ...accountNav],
      routes: [...reviewRoutes, ...adminRoutes, ...referentialDiffRoutes, ...accountRoutes(true)],
    };
  return {
    nav: [...vendorNav, ...accountNav],
    routes: [...vendorRoutes, ...referentialDiffRoutes, ...accountRoutes(false)],
  };
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
  const location = useLocation();
  // Where identity providers send the browser back, signed in or not.
  if (location.path === '/connexion/oidc') return <OidcCallbackPage />;
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
