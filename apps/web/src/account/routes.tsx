import type { NavItem, Route } from '../routes';
import { t } from '../i18n';
import { NotificationsPage } from './notifications-page';
import { PreferencesPage } from './preferences-page';

/** Pages every signed-in user has, whatever their area. */
export function accountRoutes(reviewer: boolean): Route[] {
  return [
    { pattern: '/notifications', render: () => <NotificationsPage reviewer={reviewer} /> },
    { pattern: '/preferences', render: () => <PreferencesPage /> },
  ];
}

export const accountNav: NavItem[] = [
  { to: '/notifications', label: t.account.notificationsNav },
  { to: '/preferences', label: t.account.preferencesNav },
];
