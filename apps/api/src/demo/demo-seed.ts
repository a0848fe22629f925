/**
 * Demo data for someone trying Preuve (`preuve seed-demo`, and `npm start` when DEMO asks for it):
 * two organisations and their accounts; a half-filled DMN dossier left in draft for the vendor; a
 * complete DMN dossier submitted for the reviewers; a Ségur dossier past its administrative phase.
 * The server bundle (dist/main.js) does not contain it: only the command line does.
 *
 * Everything goes through the app's services, as the same actions over HTTP would: audit events,
 * hashes, blobs, pre-checks and the audit chain are real. Accounts are created the way the
 * bootstrap admin is (repository and password policy), with their audit event. The seed runs once:
 * it is skipped when the demo vendor organisation exists, and a session advisory lock keeps two
 * runs started together from seeding twice.
 */
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganizationKind } from '@preuve/domain';
import { OrganizationRepository, UserRepository } from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { ensureBootstrapAdmin } from '../organizations/bootstrap-admin.js';
import { acceptablePasswordHash, OrganizationsService } from '../organizations/organizations.service.js';
import {
  DEMO_AUTHORITY_NAME,
  DEMO_PASSWORD,
  DEMO_VENDOR_NAME,
  PLATFORM_ADMIN,
  REVIEWER,
  REVIEW_LEAD,
  VENDOR_ADMIN,
  VENDOR_MEMBER,
  existingAccounts,
  type AccountSpec,
  type DemoAccount,
} from './demo-cast.js';
import { DemoDossiers } from './demo-dossiers.js';

export { DEMO_PRODUCT, DEMO_VENDOR_NAME, SEGUR_PRODUCT, SUBMITTED_PRODUCT, demoSignInLines } from './demo-cast.js';
export type { DemoAccount } from './demo-cast.js';

const SEED_LOCK = 'preuve-demo-seed';

export interface DemoSeedResult {
  /** False when the demo data was there already (an earlier run seeded it). */
  seeded: boolean;
  /** The demo accounts that exist, to print. */
  accounts: DemoAccount[];
}

export interface DemoSeedOptions {
  /** Also create a platform admin, when none exists (when BOOTSTRAP_ADMIN_* is unset). */
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

class DemoSeeder {
  private readonly users = new UserRepository();

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
    const reviewer = await this.account(REVIEWER, { id: authority.id, kind: 'authority' }, system);
    await this.account(REVIEW_LEAD, { id: authority.id, kind: 'authority' }, system);
    if (options.platformAdmin) await ensureBootstrapAdmin(this.dataSource, PLATFORM_ADMIN.email, DEMO_PASSWORD);

    const dossiers = new DemoDossiers(this.app, { admin, member, reviewer });
    await dossiers.draftDmnDossier();
    await dossiers.submittedDmnDossier();
    await dossiers.segurDossier();
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
}
