/**
 * Demo data for someone trying Preuve (DEMO, see demo-mode.ts): two organisations, their accounts,
 * a half-filled dossier left in draft for the vendor, and a submitted one for the reviewers.
 *
 * Everything goes through the app's services, as the same actions over HTTP would: audit events,
 * hashes, blobs and the audit chain are real. Accounts are created the way the bootstrap admin is
 * (repository and password policy), with their audit event. The seed runs once: it is skipped when
 * the demo vendor organisation exists, and a session advisory lock keeps two instances starting
 * together from seeding twice.
 */
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Answers, OrganizationKind, Role, ScenarioAssessment } from '@preuve/domain';
import { OrganizationRepository, UserRepository } from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import type { Principal, RequestContext } from '../auth/principal.js';
import { DeclarationsService } from '../declarations/declarations.service.js';
import { DossiersService } from '../dossiers/dossiers.service.js';
import { SubmissionsService } from '../dossiers/submissions.service.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ensureBootstrapAdmin } from '../organizations/bootstrap-admin.js';
import { acceptablePasswordHash, OrganizationsService } from '../organizations/organizations.service.js';
import { ProductsService } from '../products/products.service.js';
import { ReferentialsService, type CachedReferential } from '../referentials/referentials.service.js';
import { demoFileFor } from './demo-files.js';

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

interface AccountSpec extends Omit<DemoAccount, 'password'> {
  displayName: string;
}

const VENDOR_ADMIN: AccountSpec = {
  email: 'editeur@demo.preuve.fr',
  role: 'vendor_admin',
  organization: DEMO_VENDOR_NAME,
  displayName: 'Camille Martin',
  label: 'éditeur, administratrice : complète et soumet le dossier',
};
const VENDOR_MEMBER: AccountSpec = {
  email: 'equipe@demo.preuve.fr',
  role: 'vendor_member',
  organization: DEMO_VENDOR_NAME,
  displayName: 'Hugo Bernard',
  label: 'éditeur, membre de l’équipe',
};
const REVIEWER: AccountSpec = {
  email: 'evaluation@demo.preuve.fr',
  role: 'reviewer',
  organization: DEMO_AUTHORITY_NAME,
  displayName: 'Inès Robert',
  label: 'évaluatrice ANS',
};
const REVIEW_LEAD: AccountSpec = {
  email: 'responsable@demo.preuve.fr',
  role: 'review_lead',
  organization: DEMO_AUTHORITY_NAME,
  displayName: 'Marc Petit',
  label: 'responsable de l’évaluation ANS : décide',
};
const PLATFORM_ADMIN: AccountSpec = {
  email: 'admin@demo.preuve.fr',
  role: 'platform_admin',
  organization: 'Plateforme Preuve',
  displayName: 'Administrateur de la plateforme',
  label: 'administrateur de la plateforme',
};
const ACCOUNTS: readonly AccountSpec[] = [VENDOR_ADMIN, VENDOR_MEMBER, REVIEWER, REVIEW_LEAD, PLATFORM_ADMIN];

/** General, professional and patient access; INS does not apply, so IEU 7.1 needs a sworn declaration. */
export const DEMO_ANSWERS: Answers = {
  profiles: ['general', 'professional_access', 'patient_access'],
  identityRole: 'slave',
  insApplicable: false,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};
/** Patient access through the carte Vitale app only: one scenario (ApCV 1.1), complete with one document. */
const SUBMITTED_ANSWERS: Answers = {
  profiles: ['patient_access_apcv'],
  insApplicable: true,
  directorySource: 'none',
};

export const DEMO_PRODUCT = { name: 'TéléSuivi Cardio', version: '3.2' };
const SUBMITTED_PRODUCT = { name: 'GlycoCarnet', version: '2.0' };

const DECLARED_SCENARIO = 'IEU 7.1';
const DECLARATION_JUSTIFICATION =
  'TéléSuivi Cardio suit des patients inclus dans un protocole de recherche international : une partie ' +
  "d'entre eux réside hors de France et n'a pas d'identité nationale de santé. L'identité des patients " +
  "est gérée par l'établissement promoteur, qui la transmet à TéléSuivi Cardio.";

const SEED_LOCK = 'preuve-demo-seed';

export interface DemoSeedResult {
  /** False when the demo data was there already (an earlier start seeded it). */
  seeded: boolean;
  /** The demo accounts that exist, to print. */
  accounts: DemoAccount[];
}

export interface DemoSeedOptions {
  /** Also create a platform admin, when none exists (the start does when BOOTSTRAP_ADMIN_* is unset). */
  platformAdmin: boolean;
}

/** Seeds the demo data once; always answers with the demo accounts to print. */
export async function seedDemo(app: INestApplication, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const dataSource = app.get(DataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [SEED_LOCK]);
    try {
      const existing = await new OrganizationRepository().findByName(dataSource.manager, DEMO_VENDOR_NAME, 'vendor');
      if (!existing) await new DemoSeeder(app, dataSource).seed(options);
      return { seeded: !existing, accounts: await existingAccounts(dataSource) };
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [SEED_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

async function existingAccounts(dataSource: DataSource): Promise<DemoAccount[]> {
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
  ];
}

class DemoSeeder {
  private readonly users = new UserRepository();
  private readonly today = new Date();

  constructor(
    private readonly app: INestApplication,
    private readonly dataSource: DataSource,
  ) {}

  async seed(options: DemoSeedOptions): Promise<void> {
    const system: RequestContext = { principal: null, ip: null, userAgent: 'Preuve demo seed' };
    const organizations = this.app.get(OrganizationsService);
    const vendor = await organizations.create({ name: DEMO_VENDOR_NAME, kind: 'vendor' }, system);
    const authority = await organizations.create({ name: DEMO_AUTHORITY_NAME, kind: 'authority' }, system);
    const admin = await this.account(VENDOR_ADMIN, { id: vendor.id, kind: 'vendor' }, system);
    const member = await this.account(VENDOR_MEMBER, { id: vendor.id, kind: 'vendor' }, system);
    // Reviewers enrol two-factor authentication at their first sign-in: that is part of the demo.
    await this.account(REVIEWER, { id: authority.id, kind: 'authority' }, system);
    await this.account(REVIEW_LEAD, { id: authority.id, kind: 'authority' }, system);
    if (options.platformAdmin) await ensureBootstrapAdmin(this.dataSource, PLATFORM_ADMIN.email, DEMO_PASSWORD);

    const referential = await this.dmnReferential();
    await this.draftDossier(referential, admin, member);
    await this.submittedDossier(referential, admin, member);
  }

  /** A user of a demo organisation, as an administrator would create it, with its audit event. */
  private async account(
    spec: AccountSpec,
    organization: { id: string; kind: OrganizationKind },
    system: RequestContext,
  ): Promise<Principal> {
    const passwordHash = await acceptablePasswordHash(DEMO_PASSWORD, spec.email);
    const user = await this.dataSource.transaction(async (manager) => {
      const created = await this.users.insert(manager, {
        organizationId: organization.id,
        email: spec.email,
        displayName: spec.displayName,
        role: spec.role,
        passwordHash,
      });
      await this.app.get(AuditService).record(manager, system, {
        action: 'user.created',
        organizationId: organization.id,
        targetType: 'user',
        targetId: created.id,
        data: { email: created.email, role: created.role, demo: true },
      });
      return created;
    });
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      role: user.role,
      organizationId: organization.id,
      organizationKind: organization.kind,
      totpActive: true, // vendor roles need none; the authority's act through the services only
      sessionId: null,
    };
  }

  private async dmnReferential(): Promise<CachedReferential> {
    const referentials = this.app.get(ReferentialsService);
    const summary = (await referentials.list()).find((entry) => entry.code === 'DMN' && entry.version === '1.2.2');
    if (!summary) throw new Error('The built-in DMN 1.2.2 référentiel is not published');
    return referentials.get(summary.id);
  }

  private async newDossier(
    referential: CachedReferential,
    principal: Principal,
    product: { name: string; version: string; description: string },
    answers: Answers,
  ): Promise<string> {
    const context = this.context(principal);
    const created = await this.app.get(ProductsService).create(principal, product, context);
    const dossiers = this.app.get(DossiersService);
    const dossier = await dossiers.create(principal, { productId: created.id, referentialId: referential.id }, context);
    await dossiers.putAnswers(principal, dossier.id, answers, context);
    return dossier.id;
  }

  /**
   * The visitor's dossier: every other applicable scenario has its proofs, one of the two sworn
   * declarations is signed, and it stays a draft, for the vendor to finish and submit.
   */
  private async draftDossier(referential: CachedReferential, admin: Principal, member: Principal): Promise<void> {
    const dossierId = await this.newDossier(
      referential,
      admin,
      {
        ...DEMO_PRODUCT,
        description:
          'Télésurveillance des patients insuffisants cardiaques : transmission quotidienne du poids et de la tension, alertes au cardiologue.',
      },
      DEMO_ANSWERS,
    );
    const scenarios = referential.assess(DEMO_ANSWERS).scenarios;
    const applicable = scenarios.filter((scenario) => scenario.applicable);
    for (const scenario of applicable.filter((_scenario, index) => index % 2 === 0)) {
      await this.provideProofs(referential, dossierId, scenario, member);
    }
    const declared =
      scenarios.find((scenario) => scenario.code === DECLARED_SCENARIO && scenario.declarationRequired) ??
      scenarios.find((scenario) => scenario.declarationRequired);
    if (declared) {
      await this.app.get(DeclarationsService).create(
        admin,
        dossierId,
        {
          scenario: declared.code,
          declarantName: VENDOR_ADMIN.displayName,
          declarantRole: 'legal_representative',
          justification: DECLARATION_JUSTIFICATION,
          acceptStatement: true,
        },
        this.context(admin),
      );
    }
  }

  /** A complete dossier, submitted: the reviewers' queue is not empty. */
  private async submittedDossier(referential: CachedReferential, admin: Principal, member: Principal): Promise<void> {
    const dossierId = await this.newDossier(
      referential,
      admin,
      {
        ...SUBMITTED_PRODUCT,
        description: 'Carnet de suivi du diabète pour les patients, avec connexion par l’application carte Vitale.',
      },
      SUBMITTED_ANSWERS,
    );
    for (const scenario of referential.assess(SUBMITTED_ANSWERS).scenarios.filter((entry) => entry.applicable)) {
      await this.provideProofs(referential, dossierId, scenario, member);
    }
    await this.app.get(SubmissionsService).submit(admin, dossierId, this.context(admin));
  }

  /** Uploads a file for each proof the scenario requires (and for the first of its cases, if any). */
  private async provideProofs(
    referential: CachedReferential,
    dossierId: string,
    scenario: ScenarioAssessment,
    uploader: Principal,
  ): Promise<void> {
    const wanted = new Set([
      ...scenario.proofs.filter((proof) => proof.required).map((proof) => proof.code),
      ...(scenario.cases[0]?.proofCodes ?? []),
    ]);
    const product = scenario.code.startsWith('ApCV') ? SUBMITTED_PRODUCT : DEMO_PRODUCT;
    for (const proof of scenario.proofs.filter((entry) => wanted.has(entry.code))) {
      const file = await demoFileFor(
        { ...proof, fhirLog: proof.code.startsWith('ANN ') && proof.kinds.includes('logs') },
        { product: `${product.name} ${product.version}`, organization: DEMO_VENDOR_NAME, date: this.today },
      );
      await this.app.get(EvidenceService).uploadFile(
        uploader,
        dossierId,
        {
          proof: proof.code,
          fileName: file.fileName,
          content: file.content,
          description: `Démonstration : ${referential.scenarios.get(scenario.code)?.scenario.title ?? proof.title}`,
        },
        this.context(uploader),
      );
    }
  }

  private context(principal: Principal): RequestContext {
    return { principal, ip: null, userAgent: 'Preuve demo seed' };
  }
}
