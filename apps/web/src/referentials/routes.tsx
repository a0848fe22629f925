import { t } from '../i18n';
import type { NavItem, Route } from '../routes';
import { DiffPage } from './diff-page';
import { ReferentialsPage } from './referentials-page';

/** For authority and platform admins: the versions, their import and publication. */
export const referentialAdminNav: NavItem[] = [{ to: '/referentiels', label: t.referentials.nav }];

export const referentialAdminRoutes: Route[] = [{ pattern: '/referentiels', render: () => <ReferentialsPage /> }];

/** Anyone signed in may compare two versions they can see (vendors, from the move dialog). */
export const referentialDiffRoutes: Route[] = [
  {
    pattern: '/referentiels/:from/diff/:to',
    render: ({ from, to }) => <DiffPage key={`${from}|${to}`} from={from} to={to} />,
  },
];
