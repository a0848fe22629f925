import type pg from 'pg';
import type { MeasuredVendor } from './actors.js';
import { inTransaction } from './transaction.js';

/** The vendor the benchmark signs in as, and the référentiel its dossiers are on. */
export type SeededVendor = Pick<MeasuredVendor, 'organizationId' | 'referentialId'>;

export interface SeedPlan {
  vendors: number;
  dossiers: number;
  /** Dossiers of the vendor the benchmark signs in as (deep cursor chains need many). */
  measuredVendorDossiers: number;
}

/**
 * Many tenants in one SQL round trip each: vendor organisations, one product each, dossiers with
 * realistic answers spread over the last months (a quarter of them submitted). The measured
 * vendor, `vendor`, is created beforehand through the API.
 */
export async function seedTenants(pool: pg.Pool, vendor: SeededVendor, plan: SeedPlan): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO organization (name, kind) SELECT 'Éditeur de banc ' || i, 'vendor' FROM generate_series(1, $1) AS i`,
      [plan.vendors - 1],
    );
    await client.query(
      `INSERT INTO product (organization_id, name, version, description)
       SELECT id, 'Produit ' || left(id::text, 8), '1.' || (random() * 9)::int, 'Produit de banc d''essai'
       FROM organization WHERE kind = 'vendor'`,
    );
    const answers = [
      {
        profiles: ['general', 'patient_access', 'professional_access'],
        identityRole: 'slave',
        insApplicable: false,
        directorySource: 'fhir_api',
        patientAccess: 'account',
        storesReferringDoctor: true,
      },
      {
        profiles: ['general', 'professional_access'],
        insApplicable: true,
        directorySource: 'extraction_file',
        storesReferringDoctor: false,
      },
      {
        profiles: ['general', 'identity_referential', 'patient_access'],
        identityRole: 'referential',
        insApplicable: true,
        directorySource: 'none',
        patientAccess: 'declaration_form_only',
        storesReferringDoctor: true,
      },
    ];
    // The measured vendor's dossiers, then the rest spread over the other vendors.
    const insertDossiers = `
      INSERT INTO dossier (organization_id, product_id, referential_id, status, round, answers, first_submitted_at, created_at, updated_at, version)
      SELECT p.organization_id, p.id, $1, CASE WHEN s.i % 4 = 0 THEN 'submitted' ELSE 'draft' END, 1,
             ($2::jsonb) -> (s.i % 3), CASE WHEN s.i % 4 = 0 THEN now() - (s.i || ' minutes')::interval END,
             now() - (s.i || ' minutes')::interval, now() - (s.i || ' minutes')::interval, 1
      FROM generate_series(1, $3) AS s(i)
      JOIN LATERAL (SELECT id, organization_id FROM product WHERE %WHERE% ORDER BY id OFFSET (s.i % %COUNT%) LIMIT 1) p ON true`;
    await client.query(insertDossiers.replace('%WHERE%', 'organization_id = $4').replace('%COUNT%', '1'), [
      vendor.referentialId,
      JSON.stringify(answers),
      plan.measuredVendorDossiers,
      vendor.organizationId,
    ]);
    await client.query(
      insertDossiers.replace('%WHERE%', 'organization_id <> $4').replace('%COUNT%', String(plan.vendors - 1)),
      [
        vendor.referentialId,
        JSON.stringify(answers),
        plan.dossiers - plan.measuredVendorDossiers,
        vendor.organizationId,
      ],
    );
  });
  await pool.query('ANALYZE');
}

/**
 * Dossiers waiting in the reviewer queue: submitted (a third in review, a sixth under change
 * request), spread over every vendor and the last weeks. Returns a vendor with many of them.
 */
export async function seedQueue(
  pool: pg.Pool,
  referentialId: string,
  count: number,
): Promise<{ busyVendorId: string }> {
  await pool.query(
    `INSERT INTO dossier (organization_id, product_id, referential_id, status, round, answers, first_submitted_at, last_submitted_at, created_at, updated_at, version)
     SELECT p.organization_id, p.id, $1,
            CASE WHEN s.i % 6 = 0 THEN 'changes_requested' WHEN s.i % 3 = 0 THEN 'in_review' ELSE 'submitted' END,
            1 + (s.i % 6 = 0)::int, '{}'::jsonb,
            now() - ((s.i % 40000) || ' minutes')::interval, now() - ((s.i % 30000) || ' minutes')::interval,
            now() - ((s.i % 50000) || ' minutes')::interval, now(), 1
     FROM generate_series(1, $2) AS s(i)
     JOIN LATERAL (SELECT id, organization_id FROM product ORDER BY id OFFSET (s.i % 25) * (s.i % 20) LIMIT 1) p ON true`,
    [referentialId, count],
  );
  await pool.query('ANALYZE dossier');
  const [row] = (
    await pool.query<{ organization_id: string }>(
      `SELECT organization_id FROM dossier WHERE first_submitted_at IS NOT NULL GROUP BY organization_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows;
  return { busyVendorId: row.organization_id };
}

/**
 * Ségur dossiers of one vendor, in phase 2 (their administrative dossier accepted), each with the
 * journal a real one carries (the four forms, a submission, an acceptance, a homologation), spread
 * over the last months. Returns how many were seeded.
 */
export async function seedSegurDossiers(
  pool: pg.Pool,
  organizationId: string,
  referentialId: string,
  count: number,
): Promise<number> {
  const answers = [
    { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: true },
    { profiles: ['general'], hostingMode: 'saas', mobileApp: true, usesCpsCard: true },
    { profiles: ['general'], hostingMode: 'saas', mobileApp: false, usesCpsCard: false },
  ];
  await inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO dossier (organization_id, product_id, referential_id, status, round, answers, programme, phase,
                            product_version, first_submitted_at, created_at, updated_at, version)
       SELECT p.organization_id, p.id, $1, 'draft', 1, ($2::jsonb) -> (s.i % 3), 'SEGUR', 'proofs', '7.' || (s.i % 5),
              now() - (s.i || ' minutes')::interval, now() - (s.i || ' minutes')::interval + interval '30 seconds',
              now() - (s.i || ' minutes')::interval + interval '30 seconds', 1
       FROM generate_series(1, $3) AS s(i)
       JOIN LATERAL (SELECT id, organization_id FROM product WHERE organization_id = $4 ORDER BY id LIMIT 1) p ON true`,
      [referentialId, JSON.stringify(answers), count, organizationId],
    );
    await client.query(
      `INSERT INTO segur_record (dossier_id, organization_id, section, subject, data, created_at)
       SELECT d.id, d.organization_id, r.section, r.subject, r.data::jsonb, d.created_at - r.ago
       FROM dossier d
       CROSS JOIN (VALUES
         ('candidature', NULL, '{"legalName":"Éditeur de banc","siren":"732829320","siret":"73282932000074","solutionName":"Banc","solutionVersion":"7.4","contactEmail":"banc@editeur.test"}', interval '6 days'),
         ('charter', NULL, '{"signatoryName":"Banc","signatoryRole":"Président","charterVersion":"2024-03","charterSha256":"00"}', interval '5 days'),
         ('eligibility', NULL, '{"answers":{"installedBase":"over_1000"}}', interval '5 days'),
         ('obsolete_versions', NULL, '{"none":true,"justification":"Une seule version maintenue."}', interval '5 days'),
         ('administrative_submission', NULL, '{"round":1}', interval '4 days'),
         ('administrative_decision', NULL, '{"decision":"accepted"}', interval '3 days'),
         ('homologation', 'cnda_insi', '{"status":"in_progress","evidenceId":null}', interval '2 days')
       ) AS r(section, subject, data, ago)
       WHERE d.organization_id = $1 AND d.programme = 'SEGUR'`,
      [organizationId],
    );
  });
  await pool.query('ANALYZE');
  return count;
}
