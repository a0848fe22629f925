import { lazy, Suspense } from 'react';
import { Loading } from '../components/feedback';
import { t } from '../i18n';
import type { NavItem, Route } from '../routes';
import { QueuePage } from './queue-page';

// The review page (previews, dialogs) and the charts are loaded when first opened.
const ReviewPage = lazy(() => import('./review-page').then((module) => ({ default: module.ReviewPage })));
const DashboardPage = lazy(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));

export const reviewNav: NavItem[] = [
  { to: '/review', label: t.common.nav.queue },
  { to: '/review/dashboard', label: t.common.nav.dashboard },
];

export const reviewRoutes: Route[] = [
  { pattern: '/', render: () => <QueuePage /> },
  { pattern: '/review', render: () => <QueuePage /> },
  {
    pattern: '/review/dashboard',
    render: () => (
      <Suspense fallback={<Loading />}>
        <DashboardPage />
      </Suspense>
    ),
  },
  {
    pattern: '/review/dossiers/:id',
    render: (params) => (
      <Suspense fallback={<Loading />}>
        <ReviewPage key={params.id} id={params.id} />
      </Suspense>
    ),
  },
];
