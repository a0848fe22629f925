import { request } from 'node:http';
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

/** GETs `path` and counts the bytes of its body as they stream, keeping none (large downloads). */
export function downloadedBytes(url: string, path: string, token: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    request(url + path, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      let count = 0;
      response.on('data', (chunk: Buffer) => (count += chunk.length));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(count) : reject(new Error(`GET ${path} answered ${response.statusCode}`)),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
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

/** An organisation set up through the API, its first user and what that user holds. */
export interface OrganizationSetUp {
  organizationId: string;
  /** The first user's access token (user-only routes). */
  userToken: string;
  /** An API token the first user issued, as an integration would hold. */
  apiToken: string;
}

export interface MeasuredVendor extends OrganizationSetUp {
  /** The platform admin's access token (TOTP active). */
  adminToken: string;
  referentialId: string;
}

/** Enrols the signed-in user in TOTP and activates it with a code of the secret. */
async function activateTotp(url: string, accessToken: string): Promise<void> {
  const enrolment = await call<{ secret: string }>(url, 'POST', '/api/v1/auth/totp/enroll', undefined, accessToken);
  const code = generateSync({ secret: enrolment.secret });
  await call(url, 'POST', '/api/v1/auth/totp/activate', { code }, accessToken);
}

/**
 * As a real deployment is set up: the platform admin creates the organisation and its first user,
 * who signs in (and activates TOTP when `user.totp`), then issues an API token.
 */
export async function setUpOrganization(
  url: string,
  adminToken: string,
  organization: { name: string; kind: 'vendor' | 'authority' },
  user: { email: string; password: string; displayName: string; role: string; totp?: boolean },
  apiToken: { name: string; scopes: string[] },
): Promise<OrganizationSetUp> {
  const { id } = await call<{ id: string }>(url, 'POST', '/api/v1/organizations', organization, adminToken);
  const { email, password, displayName, role } = user;
  await call(url, 'POST', `/api/v1/organizations/${id}/users`, { email, password, displayName, role }, adminToken);
  const signedIn = await call<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', { email, password });
  if (user.totp) await activateTotp(url, signedIn.accessToken);
  const issued = await call<{ token: string }>(
    url,
    'POST',
    `/api/v1/organizations/${id}/api-tokens`,
    apiToken,
    signedIn.accessToken,
  );
  return { organizationId: id, userToken: signedIn.accessToken, apiToken: issued.token };
}

/** The platform admin with TOTP, a vendor, its admin, an API token that reads and writes dossiers. */
export async function setUpMeasuredVendor(url: string): Promise<MeasuredVendor> {
  const admin = await call<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', {
    email: BENCH_ADMIN_EMAIL,
    password: BENCH_ADMIN_PASSWORD,
  });
  await activateTotp(url, admin.accessToken);
  const vendor = await setUpOrganization(
    url,
    admin.accessToken,
    { name: 'Éditeur mesuré', kind: 'vendor' },
    { ...MEASURED_VENDOR_USER, displayName: 'Banc', role: 'vendor_admin' },
    { name: 'banc', scopes: ['dossiers:read', 'dossiers:write', 'evidence:write'] },
  );
  const referentials = await call<{ id: string; code: string }[]>(
    url,
    'GET',
    '/api/v1/referentials',
    undefined,
    vendor.apiToken,
  );
  return {
    adminToken: admin.accessToken,
    ...vendor,
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
  const { apiToken } = await setUpOrganization(
    url,
    adminToken,
    { name: 'ANS (banc)', kind: 'authority' },
    {
      email: 'lead@ans.test',
      password: 'banc-d-essai-evaluation-2026',
      displayName: 'Lead',
      role: 'review_lead',
      totp: true,
    },
    { name: 'file', scopes: ['dossiers:read', 'review:write'] },
  );
  return { apiToken };
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
