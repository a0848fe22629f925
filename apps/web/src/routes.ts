import type { ReactNode } from 'react';

/** A page of the app: its URL pattern (`/dossiers/:id`) and what it renders with the URL's parameters. */
export interface Route {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
}

export interface NavItem {
  to: string;
  label: string;
}
