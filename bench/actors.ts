import { generateSync } from 'otplib';
import { BENCH_ADMIN_EMAIL, BENCH_ADMIN_PASSWORD } from './server-process.js';

export async function call<T>(url: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The measured vendor's admin, who also signs in to the web app in the browser benchmark. */
export const MEASURED_VENDOR_USER = { email: 'mesure@editeur.test', password: 'banc-d-essai-editeur-2026' };

/** Every profile and every answer that makes scenarios apply: the largest dossier the DMN grid allows. */
export const ALL_IN_ANSWERS = {
  profiles: [
    'general',
    'identity_referential',
    'identity_document_storage',
    'professional_access',
    'patient_access',
    'patient_access_apcv',
  ],
  identityRole: 'referential',
  insApplicable: true,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};

export interface MeasuredVendor {
  /** The platform admin's access token (TOTP active). */
  adminToken: string;
  organizationId: string;
  /** The vendor admin's access token (user-only routes). */
  userToken: string;
  /** An API token with dossiers:read and dossiers:write, as an integration would hold. */
  apiToken: string;
  referentialId: string;
}

/** Through the API, as a real deployment would be set up: admin with TOTP, a vendor, its admin, a token. */
export async function setUpMeasuredVendor(url: string): Promise<MeasuredVendor> {
  const admin = await call<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', {
    email: BENCH_ADMIN_EMAIL,
    password: BENCH_ADMIN_PASSWORD,
  });
  const enrolment = await call<{ secret: string }>(
    url,
    'POST',
    '/api/v1/auth/totp/enroll',
    undefined,
    admin.accessToken,
  );
  await call(
    url,
    'POST',
    '/api/v1/auth/totp/activate',
    { code: generateSync({ secret: enrolment.secret }) },
    admin.accessToken,
  );
  const organization = await call<{ id: string }>(
    url,
    'POST',
    '/api/v1/organizations',
    { name: 'Éditeur mesuré', kind: 'vendor' },
    admin.accessToken,
  );
  const { email, password } = MEASURED_VENDOR_USER;
  await call(
    url,
    'POST',
    `/api/v1/organizations/${organization.id}/users`,
    { email, password, displayName: 'Banc', role: 'vendor_admin' },
    admin.accessToken,
  );
  const vendor = await call<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', { email, password });
  const token = await call<{ token: string }>(
    url,
    'POST',
    `/api/v1/organizations/${organization.id}/api-tokens`,
    { name: 'banc', scopes: ['dossiers:read', 'dossiers:write', 'evidence:write'] },
    vendor.accessToken,
  );
  const referentials = await call<{ id: string; code: string }[]>(
    url,
    'GET',
    '/api/v1/referentials',
    undefined,
    token.token,
  );
  return {
    adminToken: admin.accessToken,
    organizationId: organization.id,
    userToken: vendor.accessToken,
    apiToken: token.token,
    referentialId: referentials.find((entry) => entry.code === 'DMN')!.id,
  };
}

/** Follows the cursor chain `pages` pages deep; returns the path of that page. */
export async function deepPagePath(url: string, token: string, limit: number, pages: number): Promise<string> {
  let path = `/api/v1/dossiers?limit=${limit}`;
  for (let page = 0; page < pages; page += 1) {
    const body = await call<{ nextCursor: string | null }>(url, 'GET', path, undefined, token);
    if (!body.nextCursor) throw new Error(`the cursor chain ended after ${page + 1} pages`);
    path = `/api/v1/dossiers?limit=${limit}&cursor=${encodeURIComponent(body.nextCursor)}`;
  }
  return path;
}

export async function firstDossierId(url: string, token: string): Promise<string> {
  const page = await call<{ items: { id: string }[] }>(url, 'GET', '/api/v1/dossiers?limit=1', undefined, token);
  return page.items[0].id;
}

/** An authority with a review lead (TOTP active) and an API token that reads the queue. */
export async function setUpAuthority(url: string, adminToken: string): Promise<{ apiToken: string }> {
  const organization = await call<{ id: string }>(
    url,
    'POST',
    '/api/v1/organizations',
    { name: 'ANS (banc)', kind: 'authority' },
    adminToken,
  );
  const email = 'lead@ans.test';
  const password = 'banc-d-essai-evaluation-2026';
  await call(
    url,
    'POST',
    `/api/v1/organizations/${organization.id}/users`,
    { email, password, displayName: 'Lead', role: 'review_lead' },
    adminToken,
  );
  const lead = await call<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', { email, password });
  const enrolment = await call<{ secret: string }>(
    url,
    'POST',
    '/api/v1/auth/totp/enroll',
    undefined,
    lead.accessToken,
  );
  await call(
    url,
    'POST',
    '/api/v1/auth/totp/activate',
    { code: generateSync({ secret: enrolment.secret }) },
    lead.accessToken,
  );
  const token = await call<{ token: string }>(
    url,
    'POST',
    `/api/v1/organizations/${organization.id}/api-tokens`,
    { name: 'file', scopes: ['dossiers:read', 'review:write'] },
    lead.accessToken,
  );
  return { apiToken: token.token };
}

/** A product and a dossier on `referentialId` with the questionnaire answered, through the API. */
export async function createAnsweredDossier(
  url: string,
  token: string,
  referentialId: string,
  productName: string,
  answers: Record<string, unknown>,
): Promise<{ id: string }> {
  const product = await call<{ id: string }>(
    url,
    'POST',
    '/api/v1/products',
    { name: productName, version: '1' },
    token,
  );
  const dossier = await call<{ id: string }>(
    url,
    'POST',
    '/api/v1/dossiers',
    { productId: product.id, referentialId },
    token,
  );
  await call(url, 'PUT', `/api/v1/dossiers/${dossier.id}/answers`, { answers }, token);
  return dossier;
}
