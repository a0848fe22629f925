import { ProductPage } from '../hosting/product-page';
import { t } from '../i18n';
import { PreparationPage } from '../preparation/preparation-page';
import type { NavItem, Route } from '../routes';
import { DossierPage } from './dossier-page';
import { DossiersPage } from './dossiers-page';
import { ProductsPage } from './products-page';

export const vendorNav: NavItem[] = [
  { to: '/dossiers', label: t.common.nav.dossiers },
  { to: '/products', label: t.common.nav.products },
];

export const vendorRoutes: Route[] = [
  { pattern: '/', render: () => <DossiersPage /> },
  { pattern: '/dossiers', render: () => <DossiersPage /> },
  { pattern: '/dossiers/:id', render: ({ id }) => <DossierPage key={id} id={id} /> },
  { pattern: '/dossiers/:id/preparation', render: ({ id }) => <PreparationPage key={id} id={id} /> },
  { pattern: '/products', render: () => <ProductsPage /> },
  { pattern: '/products/:id', render: ({ id }) => <ProductPage key={id} id={id} /> },
];
