/** The demo's cast: organisations, accounts and products, and what is printed so that a visitor can sign in. */
import type { DataSource } from 'typeorm';
import type { Role } from '@preuve/domain';
import { UserRepository } from '@preuve/persistence';

export const DEMO_VENDOR_NAME = 'Démo Santé SAS';
export const DEMO_AUTHORITY_NAME = 'ANS (démo)';
/** One memorable password for every demo account (it passes the password policy); printed at start. */
export const DEMO_PASSWORD = 'Preuve-Demo-2026';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  organization: string;
  /** In French, for the person reading the start log. */
  label: string;
}

export interface AccountSpec extends Omit<DemoAccount, 'password'> {
  displayName: string;
}

export const VENDOR_ADMIN: AccountSpec = {
  email: 'editeur@demo.preuve.fr',
  role: 'vendor_admin',
  organization: DEMO_VENDOR_NAME,
  displayName: 'Camille Martin',
  label: 'éditeur, administratrice : complète et soumet le dossier',
};
export const VENDOR_MEMBER: AccountSpec = {
  email: 'equipe@demo.preuve.fr',
  role: 'vendor_member',
  organization: DEMO_VENDOR_NAME,
  displayName: 'Hugo Bernard',
  label: 'éditeur, membre de l’équipe',
};
export const REVIEWER: AccountSpec = {
  email: 'evaluation@demo.preuve.fr',
  role: 'reviewer',
  organization: DEMO_AUTHORITY_NAME,
  displayName: 'Inès Robert',
  label: 'évaluatrice ANS',
};
export const REVIEW_LEAD: AccountSpec = {
  email: 'responsable@demo.preuve.fr',
  role: 'review_lead',
  organization: DEMO_AUTHORITY_NAME,
  displayName: 'Marc Petit',
  label: 'responsable de l’évaluation ANS : décide',
};
export const PLATFORM_ADMIN: AccountSpec = {
  email: 'admin@demo.preuve.fr',
  role: 'platform_admin',
  organization: 'Plateforme Preuve',
  displayName: 'Administrateur de la plateforme',
  label: 'administrateur de la plateforme',
};
export const ACCOUNTS: readonly AccountSpec[] = [VENDOR_ADMIN, VENDOR_MEMBER, REVIEWER, REVIEW_LEAD, PLATFORM_ADMIN];

export async function existingAccounts(dataSource: DataSource): Promise<DemoAccount[]> {
  const users = new UserRepository();
  const accounts: DemoAccount[] = [];
  for (const spec of ACCOUNTS) {
    const user = await users.findByEmail(dataSource.manager, spec.email);
    if (user?.role === spec.role) {
      accounts.push({
        email: spec.email,
        password: DEMO_PASSWORD,
        role: spec.role,
        organization: spec.organization,
        label: spec.label,
      });
    }
  }
  return accounts;
}

export const DEMO_PRODUCT = { name: 'TéléSuivi Cardio', version: '3.2' };
export const SUBMITTED_PRODUCT = { name: 'GlycoCarnet', version: '2.0' };
export const SEGUR_PRODUCT = { name: 'MédiCabinet', version: '7.4', dossierVersion: '7.4.1' };

/** What the start prints: where to go and how to sign in. */
export function demoSignInLines(baseUrl: string, accounts: readonly DemoAccount[]): string[] {
  const home = `${baseUrl.replace(/\/$/, '')}/`;
  return [
    `demo: open ${home} and sign in with one of these demo accounts (demo data: not for production; DEMO=0 turns it off)`,
    ...accounts.map(
      (account) =>
        `demo account: ${account.email} / password ${account.password} — ${account.role} of « ${account.organization} » (${account.label})`,
    ),
    'demo: reviewer, review_lead and platform_admin set up two-factor authentication at first sign-in: scan the QR code with an authenticator app',
    `demo: « ${DEMO_PRODUCT.name} ${DEMO_PRODUCT.version} » is a half-filled draft for the vendor to finish and submit; « ${SUBMITTED_PRODUCT.name} ${SUBMITTED_PRODUCT.version} » waits in the reviewers' queue`,
    `demo: « ${SEGUR_PRODUCT.name} ${SEGUR_PRODUCT.dossierVersion} » is a Ségur LGC dossier whose administrative phase was accepted: its proofs are under way`,
  ];
}
