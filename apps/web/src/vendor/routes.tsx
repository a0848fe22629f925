import { PageHeader } from '../components/feedback';
import { t } from '../i18n';
import type { NavItem, Route } from '../routes';

export const vendorNav: NavItem[] = [
  { to: '/dossiers', label: t.common.nav.dossiers },
  { to: '/products', label: t.common.nav.products },
];

export const vendorRoutes: Route[] = [
  { pattern: '/', render: () => <PageHeader title={t.vendor.dossiersTitle} /> },
  { pattern: '/dossiers', render: () => <PageHeader title={t.vendor.dossiersTitle} /> },
  { pattern: '/products', render: () => <PageHeader title={t.vendor.productsTitle} /> },
];
