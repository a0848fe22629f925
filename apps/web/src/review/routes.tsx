import { PageHeader } from '../components/feedback';
import { t } from '../i18n';
import type { NavItem, Route } from '../routes';

export const reviewNav: NavItem[] = [
  { to: '/review', label: t.common.nav.queue },
  { to: '/review/dashboard', label: t.common.nav.dashboard },
];

export const reviewRoutes: Route[] = [
  { pattern: '/', render: () => <PageHeader title={t.review.queueTitle} /> },
  { pattern: '/review', render: () => <PageHeader title={t.review.queueTitle} /> },
  { pattern: '/review/dashboard', render: () => <PageHeader title={t.review.dashboardTitle} /> },
];
