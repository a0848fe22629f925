import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { scopesFor } from '@preuve/domain';
import { OPENAPI_FILE } from '../apps/api/src/cli/openapi-file.js';
import {
  PASSWORD,
  adminToken,
  bearer,
  createApiToken,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  uniqueEmail,
  type Vendor,
} from './support/actors.js';
import { gridCsvText } from '@preuve/referentials';
import { gridRowsOf, overlayOf, treeOf } from './support/grid-kit.js';
import { DECLARATION } from './support/review-kit.js';
import { CANDIDATURE as segurCandidature, LGC_ELIGIBILITY } from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// ---------------------------------------------------------------------------------------------
// HTTP plumbing
// ---------------------------------------------------------------------------------------------

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Outcome {
  status: number;
  code: string | undefined;
  message: string;
  /** The parsed JSON, as supertest gives it. */
  body: Response['body'];
  text: string;
}

/** A multipart/form-data body (evidence uploads): text fields first, then the file in `file`. */
interface Multipart {
  multipart: { fields: Record<string, string>; file: { content: Buffer; name: string } };
}

function isMultipart(body: unknown): body is Multipart {
  return typeof body === 'object' && body !== null && 'multipart' in body;
}

async function call(app: TestApp, method: Method, url: string, token: string | null, body?: unknown): Promise<Outcome> {
  const agent = app.http();
  let test: Test;
  switch (method) {
    case 'get':
      test = agent.get(url);
      break;
    case 'post':
      test = agent.post(url);
      break;
    case 'put':
      test = agent.put(url);
      break;
    case 'patch':
      test = agent.patch(url);
      break;
    case 'delete':
      test = agent.delete(url);
      break;
  }
  if (token !== null) test = test.set(bearer(token));
  if (isMultipart(body)) {
    for (const [name, value] of Object.entries(body.multipart.fields)) test = test.field(name, value);
    test = test.attach('file', body.multipart.file.content, body.multipart.file.name);
  }
  const response = body === undefined || isMultipart(body) ? await test : await test.send(body as object);
  const payload = (response.body ?? {}) as { code?: unknown; message?: unknown };
  return {
    status: response.status,
    code: typeof payload.code === 'string' ? payload.code : undefined,
    message: typeof payload.message === 'string' ? payload.message : '',
    body: response.body,
    text: response.text ?? '',
  };
}

/** `201`, or `404 DOSSIER_NOT_FOUND`: what a client sees first. */
function seen(outcome: Outcome): string {
  return outcome.status < 300 ? String(outcome.status) : `${outcome.status} ${outcome.code}`;
}

function ids(items: { id: string }[]): string[] {
  return items.map((item) => item.id);
}

/**
 * Answers valid for DMN 1.2.2, and a different valid set. With ANSWERS, INS does not apply, so
 * IEU 7.1 (Accès Usager) needs a sworn declaration, and ANN 4.1.1 expects a screenshot.
 */
const ANSWERS = {
  profiles: ['general', 'patient_access'],
  identityRole: 'slave',
  insApplicable: false,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};
const OTHER_ANSWERS = { profiles: ['general'], insApplicable: true, directorySource: 'none' };
/** A change that keeps what the walk needs of a dossier: IEU 7.1 needs a declaration, ANN 4.1.1 a screenshot. */
const CHANGED_ANSWERS = { ...ANSWERS, directorySource: 'extraction_file', storesReferringDoctor: false };
/** One scenario, ApCV 1.1, whose only proof is a document: a dossier complete after one upload. */
const APCV_ANSWERS = { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' };
/** An action of a remediation plan on the walk's shared scenario. */
const REMEDIATION = {
  title: 'Journaliser les appels à l’annuaire',
  scenarios: ['ANN 2.1'],
  effort: 2,
  owner: 'Camille Martin',
  targetDate: '2030-06-30',
};

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 1×1 greyscale PNG, its own bytes (and hash) every time. */
function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Comment\0${randomUUID()}`, 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal PDF, its own bytes every time. */
function pdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n` +
      `2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${randomUUID()}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

function screenshotUpload(): Multipart {
  return { multipart: { fields: { proof: 'ANN 4.1.1' }, file: { content: png(), name: 'capture.png' } } };
}

const hex = (): string => randomBytes(4).toString('hex');

/** A receiver nobody runs (the discard port); the walk triggers no event it subscribes to. */
const WEBHOOK_URL = 'http://127.0.0.1:9/preuve';

// ---------------------------------------------------------------------------------------------
// A tenant: a vendor organisation with its admin, member, API token, product and draft dossier
// ---------------------------------------------------------------------------------------------

/** The values a path parameter may stand for, by what it names. */
interface Ids {
  organization: string;
  apiToken: string;
  product: string;
  dossier: string;
  evidence: string;
  declaration: string;
  /** A webhook endpoint of the organisation. */
  webhook: string;
  /** A message of the vendor member in the thread of COMMENTED_SCENARIO. */
  comment: string;
  /** An action of the dossier's remediation plan. */
  remediation: string;
}

/** The scenario whose thread holds each tenant's message (the walk's shared scenario code). */
const COMMENTED_SCENARIO = 'ANN.2.1';

interface Tenant {
  vendor: Vendor;
  /** An API token with every scope a vendor token may hold. */
  token: { id: string; token: string };
  productName: string;
  /** The SHA-256 of its declaration. */
  declarationHash: string;
  ids: Ids;
}

async function createTenant(app: TestApp, label: string, referentialId: string): Promise<Tenant> {
  const vendor = await createVendor(app, `Editeur-${label}-${hex()}`);
  const token = await createApiToken(app, vendor.organization.id, vendor.admin.token, [...scopesFor('vendor')]);
  const productName = `Produit-${label}-${hex()}`;
  const product = await call(app, 'post', '/api/v1/products', vendor.member.token, {
    name: productName,
    version: '1.0.0',
  });
  expect(product.status).toBe(201);
  const dossier = await call(app, 'post', '/api/v1/dossiers', vendor.member.token, {
    productId: product.body.id,
    referentialId,
  });
  expect(dossier.status).toBe(201);
  const answered = await call(app, 'put', `/api/v1/dossiers/${dossier.body.id}/answers`, vendor.member.token, {
    answers: ANSWERS,
  });
  expect(answered.status).toBe(200);
  const evidence = await call(
    app,
    'post',
    `/api/v1/dossiers/${dossier.body.id}/evidence`,
    vendor.member.token,
    screenshotUpload(),
  );
  expect(seen(evidence)).toBe('201');
  const declaration = await call(
    app,
    'post',
    `/api/v1/dossiers/${dossier.body.id}/declarations`,
    vendor.member.token,
    DECLARATION,
  );
  expect(seen(declaration)).toBe('201');
  const comment = await call(
    app,
    'post',
    `/api/v1/dossiers/${dossier.body.id}/scenarios/${COMMENTED_SCENARIO}/comments`,
    vendor.member.token,
    { body: `Note interne ${label}` },
  );
  expect(seen(comment)).toBe('201');
  const remediation = await call(
    app,
    'post',
    `/api/v1/dossiers/${dossier.body.id}/remediation`,
    vendor.member.token,
    REMEDIATION,
  );
  expect(seen(remediation)).toBe('201');
  const webhook = await call(
    app,
    'post',
    `/api/v1/organizations/${vendor.organization.id}/webhooks`,
    vendor.admin.token,
    {
      url: WEBHOOK_URL,
      events: ['dossier.approved'],
    },
  );
  expect(seen(webhook)).toBe('201');
  return {
    vendor,
    token,
    productName,
    declarationHash: declaration.body.sha256,
    ids: {
      organization: vendor.organization.id,
      apiToken: token.id,
      product: product.body.id,
      dossier: dossier.body.id,
      evidence: evidence.body.id,
      declaration: declaration.body.id,
      webhook: webhook.body.id,
      comment: comment.body.id,
      remediation: remediation.body.id,
    },
  };
}

/** A dossier of the tenant with everything it needs, ready to submit (ApCV 1.1 and its one document). */
async function completeDossier(app: TestApp, tenant: Tenant, referentialId: string): Promise<string> {
  const token = tenant.vendor.member.token;
  const dossier = await call(app, 'post', '/api/v1/dossiers', token, { productId: tenant.ids.product, referentialId });
  const answered = await call(app, 'put', `/api/v1/dossiers/${dossier.body.id}/answers`, token, {
    answers: APCV_ANSWERS,
  });
  const uploaded = await call(app, 'post', `/api/v1/dossiers/${dossier.body.id}/evidence`, token, {
    multipart: { fields: { proof: 'ApCV 1.1.1' }, file: { content: pdf(), name: 'procedure.pdf' } },
  });
  const text = await call(app, 'put', `/api/v1/dossiers/${dossier.body.id}/scenarios/ApCV%201.1/assessment`, token, {
    status: 'conforme',
    conformityText: 'La procédure déposée décrit la vérification de l’application carte Vitale.',
  });
  const report = await call(app, 'get', `/api/v1/dossiers/${dossier.body.id}/completeness`, token);
  expect([dossier, answered, uploaded, text, report].map(seen)).toEqual(['201', '200', '201', '200', '200']);
  expect(report.body.missing).toEqual([]);
  return dossier.body.id;
}

/** Everything of a tenant that would betray a leak if it showed up in another tenant's answer. */
function secretsOf(tenant: Tenant): Record<string, string> {
  return {
    'organisation id': tenant.vendor.organization.id,
    'organisation name': tenant.vendor.organization.name,
    'admin id': tenant.vendor.admin.id,
    'admin e-mail': tenant.vendor.admin.email,
    'member id': tenant.vendor.member.id,
    'member e-mail': tenant.vendor.member.email,
    'API token id': tenant.token.id,
    'API token': tenant.token.token,
    'product id': tenant.ids.product,
    'product name': tenant.productName,
    'dossier id': tenant.ids.dossier,
    'evidence id': tenant.ids.evidence,
    'declaration id': tenant.ids.declaration,
    'declaration hash': tenant.declarationHash,
    'webhook id': tenant.ids.webhook,
    'comment id': tenant.ids.comment,
    'remediation id': tenant.ids.remediation,
  };
}

/** DMN 1.2.3: the DMN 1.2.2 tree as a grid, with its rules as overlay, imported and published by the platform admin. */
async function publishNewerDmn(app: TestApp, referentialId: string): Promise<string> {
  const admin = await adminToken(app);
  const dmn = await treeOf(app, admin, referentialId);
  const rows = gridRowsOf(dmn);
  const imported = await app
    .http()
    .post('/api/v1/referentials/import')
    .set(bearer(admin))
    .field('programme', 'DMN')
    .field('code', 'DMN')
    .field('version', '1.2.3')
    .field('title', 'DMN 1.2.3 (grille de test)')
    .field('overlay', overlayOf(dmn, rows))
    .attach('file', Buffer.from(gridCsvText(rows), 'utf8'), 'exigences.csv');
  expect(imported.status).toBe(201);
  await app.http().post(`/api/v1/referentials/${imported.body.id}/publish`).set(bearer(admin)).expect(200);
  return imported.body.id as string;
}

function leakedIn(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI spec and how each operation is classified
// ---------------------------------------------------------------------------------------------

interface SchemaObject {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  example?: unknown;
  enum?: unknown[];
}

interface OperationObject {
  requestBody?: { content: Record<string, { schema?: SchemaObject }> };
}

interface Spec {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, SchemaObject> };
}

interface Operation {
  method: Method;
  /** As in the spec: `/api/v1/dossiers/{id}`. */
  path: string;
  /** `PUT /dossiers/{id}/answers`: the spec path without the `/api/v1` prefix. */
  key: string;
  spec: OperationObject;
}

const METHODS: readonly Method[] = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(spec: Spec): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => (METHODS as readonly string[]).includes(method))
      .map(([method, operation]) => ({
        method: method as Method,
        path,
        key: `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`,
        spec: operation,
      })),
  );
}

/** What a path parameter stands for, judged by its name and the path segment before it. */
type ParamKind = keyof Ids | 'referential' | 'scenarioCode' | 'round' | 'oidcProvider';
const TENANT_OWNED: readonly ParamKind[] = [
  'organization',
  'apiToken',
  'product',
  'dossier',
  'evidence',
  'declaration',
  'webhook',
  'comment',
  'remediation',
];

function paramKind(path: string, name: string): ParamKind | undefined {
  if (name === 'orgId') return 'organization';
  if (name === 'code' || name === 'scenarioCode') return 'scenarioCode';
  const segments = path.split('/');
  switch (segments[segments.indexOf(`{${name}}`) - 1]) {
    case 'api-tokens':
      return 'apiToken';
    case 'products':
      return 'product';
    case 'dossiers':
      return 'dossier';
    case 'evidence':
      return 'evidence';
    case 'declarations':
      return 'declaration';
    case 'referentials':
    case 'diff':
      return 'referential';
    case 'webhooks':
      return 'webhook';
    case 'comments':
      return 'comment';
    case 'remediation':
      return 'remediation';
    case 'rounds':
      // A round number means something only within its dossier, which the path names too.
      return 'round';
    case 'oidc-providers':
      // Identity providers are the platform's, shared by every tenant.
      return 'oidcProvider';
    default:
      // e.g. a future /reviews/{id}: teach this function what it names, and the walk covers it.
      return undefined;
  }
}

function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** Not tenant-scoped: shared, about the caller only, or creating the caller's own data. */
interface OpenEntry {
  reason: string;
  query?: string;
  /** The status B's member, admin and token all get, when it is the same for the three. */
  status?: number;
}

const OPEN: Record<string, OpenEntry> = {
  'GET /health': { reason: 'public health probe, no data', status: 200 },
  'GET /health/live': { reason: 'public liveness probe, no data', status: 200 },
  'GET /health/ready': { reason: 'public readiness probe, no tenant data', status: 200 },
  'POST /auth/login': { reason: 'public; B signs in as itself', status: 200 },
  'POST /auth/refresh': { reason: 'public; acts on the session cookie only (none sent)', status: 401 },
  'POST /auth/logout': { reason: "public; closes the caller's own session cookie (none sent)", status: 204 },
  'POST /auth/totp/enroll': { reason: "the caller's own two-factor authentication" },
  'POST /auth/totp/activate': { reason: "the caller's own two-factor authentication" },
  'GET /me': { reason: 'the caller itself', status: 200 },
  'POST /organizations': { reason: 'platform admin only: B is refused', status: 403 },
  'GET /organizations': { reason: 'platform admin only: B is refused', status: 403 },
  'GET /audit/verify': { reason: 'platform admin only: B is refused', status: 403 },
  'GET /review/queue': {
    reason: "the authority's queue of every vendor's submitted dossiers: vendors (users and tokens) are refused",
    status: 403,
  },
  'GET /review/progress': {
    reason: "the authority's progress of dossiers it names: vendors (users and tokens) are refused",
    query: '?ids=00000000-0000-4000-8000-000000000000',
    status: 403,
  },
  'GET /review/stats': {
    reason: "the authority's figures over every vendor's submitted dossiers: vendors (users and tokens) are refused",
    status: 403,
  },
  'GET /review/vendors': {
    reason: "the authority's list of vendors with submitted dossiers: vendors (users and tokens) are refused",
    status: 403,
  },
  'POST /products': { reason: "creates B's own product (A's product list is checked unchanged)", status: 201 },
  'GET /products': { reason: "listing: must hold B's products and none of A's (checked below)", status: 200 },
  'GET /dossiers': { reason: "listing: must hold B's dossiers and none of A's (checked below)", status: 200 },
  'GET /identifiers/validate': {
    reason: 'a pure check of an identifier, nothing stored',
    query: '?type=finess&value=010000024',
    status: 200,
  },
  'GET /declarations/statement': {
    reason: 'the published wording of the sworn statement, the same for every tenant',
    status: 200,
  },
  'GET /referentials': { reason: 'référentiels are shared by every tenant', status: 200 },
  'GET /referencements': { reason: 'the public list of referenced Ségur solutions (no sign-in needed)', status: 200 },
  'GET /referentials/{id}/milestones': {
    reason: 'campaign dates of a shared référentiel (the walk’s DMN one has none: 409 for everyone)',
    status: 409,
  },
  'GET /referentials/{id}/errata': { reason: 'the errata of a shared référentiel', status: 200 },
  'POST /referentials/{id}/errata': {
    reason: 'the authority records errata: vendors (users and tokens) are refused',
    status: 403,
  },
  'PUT /referentials/{id}/milestones': {
    reason: 'the authority sets campaign dates: vendors (users and tokens) are refused',
    status: 403,
  },
  'GET /referentials/{id}': { reason: 'référentiels are shared by every tenant', status: 200 },
  'GET /referentials/{id}/scenarios/{code}': { reason: 'référentiels are shared by every tenant', status: 200 },
  'POST /referentials/{id}/assess': { reason: 'shared référentiel; nothing is stored', status: 200 },
  'GET /referentials/{id}/diff/{otherId}': { reason: 'two shared référentiel versions compared', status: 200 },
  'POST /referentials/import': { reason: 'authority and platform admins only: B is refused', status: 403 },
  'PUT /referentials/{id}/overlay': { reason: 'authority and platform admins only: B is refused', status: 403 },
  'POST /referentials/{id}/publish': { reason: 'authority and platform admins only: B is refused', status: 403 },
  'GET /auth/oidc/providers': {
    reason: 'public list of the sign-in providers, the same for every tenant',
    status: 200,
  },
  'POST /auth/oidc/authorize': { reason: 'public; starts a sign-in (no such provider here)', status: 404 },
  'POST /auth/oidc/link': { reason: "links a provider to the caller's own account (users only)" },
  'POST /auth/oidc/callback': { reason: 'public; a forged state is refused', status: 400 },
  'POST /auth/oidc/totp': { reason: 'public; an unknown sign-in step is refused', status: 400 },
  'POST /auth/oidc/logout': { reason: "public; closes the caller's own session cookie (none sent)", status: 200 },
  'GET /me/identities': { reason: "the caller's own linked provider accounts (users only)" },
  'POST /oidc-providers': { reason: 'platform admin only: B is refused', status: 403 },
  'GET /oidc-providers': { reason: 'platform admin only: B is refused', status: 403 },
  'DELETE /oidc-providers/{providerId}': { reason: 'platform admin only: B is refused', status: 403 },
  'GET /me/notifications': { reason: "the caller's own notifications (users only)" },
  'GET /me/notifications/unread-count': { reason: "the caller's own unread count (users only)" },
  'POST /me/notifications/read': { reason: "marks the caller's own notifications; others' ids change nothing" },
  'GET /me/notification-preferences': { reason: "the caller's own preferences (users only)" },
  'PUT /me/notification-preferences': { reason: "the caller's own preferences (users only)" },
  'POST /notifications/run': { reason: 'platform admin only: B is refused', status: 403 },
};

/** Operations whose path names nothing of a tenant but whose body does. */
const WALLED_BY_BODY: Record<string, string> = {
  'POST /dossiers': "the body names A's product",
};

/**
 * Walled operations the owner itself may not call (reviewers' routes), with the reason; the owner
 * control below checks that the owner is refused them (403) instead of let through.
 */
const OWNER_CANNOT: Record<string, string> = {
  'POST /dossiers/{id}/assign': 'the authority assigns its reviewers; the vendor owner is refused',
  'POST /dossiers/{id}/review/start': 'reviewers start a review; the vendor owner is refused',
  'PUT /dossiers/{id}/scenarios/{code}/verdict': 'reviewers judge scenarios; the vendor owner is refused',
  'POST /dossiers/{id}/decision': 'reviewers decide a round; the vendor owner is refused',
  'GET /review/dossiers/{id}': "the authority's summary of a dossier (as in its queue); the vendor owner is refused",
  'POST /dossiers/{id}/administrative/decision':
    'reviewers decide on the administrative dossier; the vendor owner is refused',
  'POST /dossiers/{id}/extensions': 'the review lead extends deadlines; the vendor owner is refused',
  'POST /organizations/{orgId}/email-domains': 'the platform admin links e-mail domains; the owner is refused',
};

/** A Ségur dossier (LGC, vague 2) of the owner's product, in phase 1. */
async function segurDossierOf(app: TestApp, owner: Tenant): Promise<string> {
  const token = owner.vendor.member.token;
  const list = await call(app, 'get', '/api/v1/referentials?programme=SEGUR&dispositif=LGC', token);
  const dossier = await call(app, 'post', '/api/v1/dossiers', token, {
    productId: owner.ids.product,
    referentialId: list.body[0].id,
  });
  expect(seen(dossier)).toBe('201');
  return dossier.body.id;
}

/** A Ségur dossier whose administrative forms are all filled (ready to submit). */
async function filledSegurDossierOf(app: TestApp, owner: Tenant): Promise<string> {
  const id = await segurDossierOf(app, owner);
  const base = `/api/v1/dossiers/${id}/administrative`;
  const outcomes = [
    await call(app, 'put', `${base}/candidature`, owner.vendor.member.token, segurCandidature()),
    await call(app, 'post', `${base}/charter`, owner.vendor.admin.token, CHARTER),
    await call(app, 'put', `${base}/eligibility`, owner.vendor.member.token, { answers: LGC_ELIGIBILITY }),
    await call(app, 'put', `${base}/obsolete-versions`, owner.vendor.member.token, OBSOLETE_NONE),
  ];
  expect(outcomes.map(seen)).toEqual(['200', '201', '200', '200']);
  return id;
}

/** A Ségur dossier with a référencement (written in SQL: only its presence matters to the walk). */
async function referencedSegurDossierOf(app: TestApp, owner: Tenant): Promise<string> {
  const id = await segurDossierOf(app, owner);
  await app.dataSource.query(
    `INSERT INTO referencement (dossier_id, organization_id, referential_id, number, granted_at, couloir, dispositif,
       vague, referential_version, legal_name, siren, solution_name, solution_version, attestation, attestation_sha256)
     SELECT d.id, d.organization_id, d.referential_id, 'T-' || left(d.id::text, 30), now(), 'MDV', 'TENANCYLGC', '2', '2.0',
       'Editeur', '732829320', 'Produit', '1.0', '%PDF-1.4'::bytea, repeat('0', 64)
     FROM dossier d WHERE d.id = $1`,
    [id],
  );
  return id;
}

/** A Ségur dossier in phase 2 (its administrative dossier accepted, written in SQL). */
async function proofPhaseSegurDossierOf(app: TestApp, owner: Tenant): Promise<string> {
  const id = await filledSegurDossierOf(app, owner);
  await app.dataSource.query(
    `INSERT INTO segur_record (dossier_id, organization_id, section, data)
     SELECT id, organization_id, 'administrative_decision', '{"decision":"accepted"}'::jsonb FROM dossier WHERE id = $1`,
    [id],
  );
  await app.dataSource.query(`UPDATE dossier SET phase = 'proofs', version = version + 1 WHERE id = $1`, [id]);
  return id;
}

const CHARTER = { signatoryName: 'Claire Martin', signatoryRole: 'Présidente' };
const OBSOLETE_NONE = { none: true, justification: 'Une seule version est commercialisée et maintenue.' };

/**
 * Walled operations the owner succeeds at only on a resource prepared for them: what to use
 * instead of the owner's usual ids. Submitting needs a complete dossier (and locks it, so the
 * owner's main dossier stays a draft for the other operations).
 */
const OWNER_TARGETS: Record<string, (app: TestApp, owner: Tenant, shared: Shared) => Promise<Partial<Ids>>> = {
  // A move changes the dossier's version: a dossier of its own, so the owner's main one stays on DMN 1.2.2.
  'POST /dossiers/{id}/move': async (app, owner, shared) => ({
    dossier: await completeDossier(app, owner, shared.referentialId),
  }),
  'POST /dossiers/{id}/submit': async (app, owner, shared) => ({
    dossier: await completeDossier(app, owner, shared.referentialId),
  }),
  'GET /dossiers/{id}/administrative': async (app, owner) => ({ dossier: await segurDossierOf(app, owner) }),
  'PUT /dossiers/{id}/administrative/candidature': async (app, owner) => ({
    dossier: await segurDossierOf(app, owner),
  }),
  'POST /dossiers/{id}/administrative/charter': async (app, owner) => ({ dossier: await segurDossierOf(app, owner) }),
  'PUT /dossiers/{id}/administrative/eligibility': async (app, owner) => ({
    dossier: await segurDossierOf(app, owner),
  }),
  'PUT /dossiers/{id}/administrative/obsolete-versions': async (app, owner) => ({
    dossier: await segurDossierOf(app, owner),
  }),
  'POST /dossiers/{id}/administrative/submit': async (app, owner) => ({
    dossier: await filledSegurDossierOf(app, owner),
  }),
  'GET /dossiers/{id}/referencement': async (app, owner) => ({ dossier: await referencedSegurDossierOf(app, owner) }),
  'GET /dossiers/{id}/homologations': async (app, owner) => ({ dossier: await segurDossierOf(app, owner) }),
  'POST /dossiers/{id}/homologations': async (app, owner) => ({ dossier: await proofPhaseSegurDossierOf(app, owner) }),
  'GET /dossiers/{id}/referencement/attestation': async (app, owner) => ({
    dossier: await referencedSegurDossierOf(app, owner),
  }),
  // A round has a diff once it is submitted.
  'GET /dossiers/{id}/rounds/{round}/diff': async (app, owner, shared) => {
    const dossier = await completeDossier(app, owner, shared.referentialId);
    expect(seen(await call(app, 'post', `/api/v1/dossiers/${dossier}/submit`, owner.vendor.member.token))).toBe('200');
    return { dossier };
  },
  // A round has an archive once it is submitted.
  'GET /dossiers/{id}/rounds/{round}/archive.zip': async (app, owner, shared) => {
    const dossier = await completeDossier(app, owner, shared.referentialId);
    expect(seen(await call(app, 'post', `/api/v1/dossiers/${dossier}/submit`, owner.vendor.member.token))).toBe('200');
    return { dossier };
  },
};

type Classification = { kind: 'open' } | { kind: 'walled' } | { kind: 'unclassified'; why: string };

function classify(operation: Operation): Classification {
  const params = pathParams(operation.path);
  const unknown = params.filter((name) => paramKind(operation.path, name) === undefined);
  if (unknown.length > 0)
    return { kind: 'unclassified', why: `path parameter(s) ${unknown.join(', ')} name nothing paramKind knows` };
  const owned = params.some((name) => TENANT_OWNED.includes(paramKind(operation.path, name)!));
  const open = operation.key in OPEN;
  if (owned && open) return { kind: 'unclassified', why: "listed in OPEN, yet its path names a tenant's resource" };
  if (owned || operation.key in WALLED_BY_BODY) return { kind: 'walled' };
  if (open) return { kind: 'open' };
  return {
    kind: 'unclassified',
    why: "neither in OPEN (with a reason) nor naming a tenant's resource in its path or WALLED_BY_BODY",
  };
}

interface Shared {
  referentialId: string;
  /** DMN 1.2.3, imported from a grid and published: where a dossier on DMN 1.2.2 may move. */
  newerReferentialId: string;
  scenarioCode: string;
  round: string;
}

function urlFor(operation: Operation, target: Ids, shared: Shared): string {
  return (
    operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
      const kind = paramKind(operation.path, name)!;
      const value =
        kind === 'referential'
          ? shared.referentialId
          : kind === 'scenarioCode'
            ? shared.scenarioCode
            : kind === 'round'
              ? shared.round
              : kind === 'oidcProvider'
                ? NO_SUCH_ID
                : target[kind];
      return encodeURIComponent(value);
    }) + (OPEN[operation.key]?.query ?? '')
  );
}

/** Bodies that would succeed for the owner of `target`; `caller` is the tenant sending them. */
const BODIES: Record<string, (target: Ids, shared: Shared, caller: Tenant) => unknown> = {
  'POST /auth/login': (_target, _shared, caller) => ({ email: caller.vendor.member.email, password: PASSWORD }),
  'POST /auth/totp/activate': () => ({ code: '000000' }),
  'POST /organizations': () => ({ name: `Organisation-${hex()}`, kind: 'vendor' }),
  'POST /organizations/{orgId}/users': () => ({
    email: uniqueEmail('intrus'),
    password: PASSWORD,
    displayName: 'Intrus',
    role: 'vendor_member',
  }),
  'POST /organizations/{orgId}/api-tokens': () => ({ name: `jeton-${hex()}`, scopes: ['dossiers:read'] }),
  'POST /organizations/{orgId}/webhooks': () => ({ url: WEBHOOK_URL, events: ['dossier.approved'] }),
  'POST /organizations/{orgId}/email-domains': () => ({ domain: `d${hex()}.example`, role: 'vendor_member' }),
  'POST /organizations/{orgId}/invitations': () => ({ email: uniqueEmail('invite'), role: 'vendor_member' }),
  'POST /auth/oidc/authorize': () => ({ providerId: NO_SUCH_ID }),
  'POST /auth/oidc/link': () => ({ providerId: NO_SUCH_ID }),
  'POST /auth/oidc/callback': () => ({ state: 'forged-state', code: 'forged-code' }),
  'POST /auth/oidc/totp': () => ({ pendingToken: 'forged', totp: '123456' }),
  'POST /products': () => ({ name: `Produit-${hex()}`, version: '2.0.0' }),
  'PUT /products/{id}/hosting': () => ({
    hosts: [],
    exemption: { case: 'research_not_for_care', justification: 'Étude sans finalité de soin (walk).' },
  }),
  'POST /dossiers': (target, shared) => ({ productId: target.product, referentialId: shared.referentialId }),
  'PUT /dossiers/{id}/answers': () => ({ answers: CHANGED_ANSWERS }),
  'POST /dossiers/{id}/declarations': () => DECLARATION,
  'POST /dossiers/{id}/evidence': () => screenshotUpload(),
  'POST /referentials/{id}/assess': () => ({ answers: ANSWERS }),
  'POST /dossiers/{id}/move': (_target, shared) => ({ referentialId: shared.newerReferentialId }),
  'POST /dossiers/{id}/move/preview': (_target, shared) => ({ referentialId: shared.newerReferentialId }),
  'POST /dossiers/{id}/assign': () => ({}),
  'PUT /dossiers/{id}/scenarios/{code}/verdict': () => ({ verdict: 'accepted' }),
  'PUT /dossiers/{id}/scenarios/{code}/assessment': () => ({ status: 'partiel', conformityText: 'Recherche faite.' }),
  'POST /dossiers/{id}/remediation': () => REMEDIATION,
  'PATCH /remediation/{id}': () => ({ state: 'in_progress' }),
  'POST /dossiers/{id}/decision': () => ({ decision: 'approved', comment: 'Conforme.' }),
  'POST /dossiers/{id}/scenarios/{code}/comments': () => ({ body: 'Une question sur ce scénario.' }),
  'PUT /dossiers/{id}/administrative/candidature': () => segurCandidature(),
  'POST /dossiers/{id}/administrative/charter': () => CHARTER,
  'PUT /dossiers/{id}/administrative/eligibility': () => ({ answers: LGC_ELIGIBILITY }),
  'PUT /dossiers/{id}/administrative/obsolete-versions': () => OBSOLETE_NONE,
  'POST /dossiers/{id}/administrative/decision': () => ({ decision: 'accepted' }),
  'POST /dossiers/{id}/homologations': () => ({
    kind: 'cnda_insi',
    status: 'granted',
    number: 'CNDA-0001',
    grantedOn: '2024-09-12',
  }),
  'POST /dossiers/{id}/extensions': () => ({
    milestone: 'proofs_due',
    until: '2030-01-01T00:00:00Z',
    reason: 'Délai accordé pour la walk.',
  }),
  'POST /referentials/{id}/errata': () => ({
    kind: 'clarification',
    target: 'ANN 2.1',
    effectiveFrom: '2025-03-12T00:00:00Z',
    source: 'FAQ ANS',
    text: 'Précision.',
  }),
  'PUT /referentials/{id}/milestones': () => [{ key: 'proofs_due', label: 'Preuves', dueAt: '2030-01-01T00:00:00Z' }],
  'PUT /dossiers/{id}/scenarios/{code}/comments/{commentId}': () => ({ body: 'Texte corrigé.' }),
};

/** For an operation added later without an entry in BODIES: its schema's examples. */
function exampleOf(schema: SchemaObject | undefined, spec: Spec): unknown {
  if (!schema) return {};
  if (schema.$ref) return exampleOf(spec.components.schemas[schema.$ref.split('/').at(-1)!], spec);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'array':
      return [exampleOf(schema.items, spec)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return 'x';
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [name, exampleOf(property, spec)]),
      );
  }
}

function bodyFor(operation: Operation, target: Ids, shared: Shared, caller: Tenant, spec: Spec): unknown {
  const build = BODIES[operation.key];
  if (build) return build(target, shared, caller);
  if (!operation.spec.requestBody) return undefined;
  return exampleOf(Object.values(operation.spec.requestBody.content)[0]?.schema, spec);
}

// ---------------------------------------------------------------------------------------------
// 1. The cross-tenant walk over every operation of the committed OpenAPI spec
// ---------------------------------------------------------------------------------------------

describe('tenant walls, walked over every operation of openapi.json', () => {
  const spec = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Spec;
  const operations = operationsOf(spec);
  const walled = operations.filter((operation) => classify(operation).kind === 'walled');
  const open = operations.filter((operation) => classify(operation).kind === 'open');

  let app: TestApp;
  let shared: Shared;
  let a: Tenant;
  let b: Tenant;
  /** B's three ways in. */
  let intruders: [string, string][];

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    const referentialId = await dmnReferentialId(app, await adminToken(app));
    shared = {
      referentialId,
      newerReferentialId: await publishNewerDmn(app, referentialId),
      scenarioCode: COMMENTED_SCENARIO,
      round: '1',
    };
    a = await createTenant(app, 'A', shared.referentialId);
    b = await createTenant(app, 'B', shared.referentialId);
    intruders = [
      ['B vendor_member', b.vendor.member.token],
      ['B vendor_admin', b.vendor.admin.token],
      ['B API token', b.token.token],
    ];
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  /** What A's own people see of A: it must not move while B knocks. */
  async function snapshotOfA(): Promise<unknown> {
    const byToken = a.token.token;
    const byAdmin = a.vendor.admin.token;
    const dossier = await call(app, 'get', `/api/v1/dossiers/${a.ids.dossier}`, byToken);
    const audit = await call(app, 'get', `/api/v1/dossiers/${a.ids.dossier}/audit`, byToken);
    const products = await call(app, 'get', '/api/v1/products?limit=100', byToken);
    const dossiers = await call(app, 'get', '/api/v1/dossiers?limit=100', byToken);
    const users = await call(app, 'get', `/api/v1/organizations/${a.ids.organization}/users`, byAdmin);
    const tokens = await call(app, 'get', `/api/v1/organizations/${a.ids.organization}/api-tokens`, byAdmin);
    const evidence = await call(app, 'get', `/api/v1/dossiers/${a.ids.dossier}/evidence`, byToken);
    const declarations = await call(app, 'get', `/api/v1/dossiers/${a.ids.dossier}/declarations`, byToken);
    const submissions = await call(app, 'get', `/api/v1/dossiers/${a.ids.dossier}/submissions`, byToken);
    const comments = await call(
      app,
      'get',
      `/api/v1/dossiers/${a.ids.dossier}/scenarios/${COMMENTED_SCENARIO}/comments`,
      byToken,
    );
    const all = [dossier, audit, products, dossiers, users, tokens, evidence, declarations, submissions, comments];
    expect(all.map(seen)).toEqual(Array(all.length).fill('200'));
    const { status, round, answers, version, updatedAt } = dossier.body;
    return {
      dossier: { status, round, answers, version, updatedAt },
      evidence: evidence.body.map((item: { id: string; sha256: string }) => `${item.id} ${item.sha256}`),
      declarations: declarations.body.map((item: { id: string; sha256: string }) => `${item.id} ${item.sha256}`),
      submissions: submissions.body.length,
      comments: comments.body.map((comment: { id: string; body: string }) => `${comment.id} ${comment.body}`),
      audit: audit.body.map((event: { seq: string; action: string }) => `${event.seq} ${event.action}`),
      products: ids(products.body.items),
      dossiers: ids(dossiers.body.items),
      users: ids(users.body),
      tokens: tokens.body.map((token: { id: string; revokedAt: string | null }) => `${token.id} ${token.revokedAt}`),
    };
  }

  it('classifies every operation of the spec: open (allow-listed with a reason) or walled', () => {
    const unclassified = operations
      .map((operation) => ({ operation: operation.key, classification: classify(operation) }))
      .filter(({ classification }) => classification.kind === 'unclassified');
    expect(unclassified).toEqual([]);
    // Every allow-list entry still names a real operation: stale entries would hide nothing, but lie.
    expect(Object.keys(OPEN).filter((key) => !operations.some((operation) => operation.key === key))).toEqual([]);
    expect(walled.map((operation) => operation.key)).toEqual(
      expect.arrayContaining([
        'GET /organizations/{orgId}',
        'POST /organizations/{orgId}/users',
        'DELETE /organizations/{orgId}/api-tokens/{id}',
        'POST /organizations/{orgId}/webhooks',
        'DELETE /organizations/{orgId}/webhooks/{id}',
        'GET /organizations/{orgId}/webhooks/{id}/deliveries',
        'GET /products/{id}',
        'PUT /products/{id}/hosting',
        'GET /products/{id}/hosting',
        'GET /products/{id}/hosting/history',
        'GET /dossiers/{id}/hosting',
        'POST /dossiers',
        'GET /dossiers/{id}',
        'PUT /dossiers/{id}/answers',
        'GET /dossiers/{id}/audit',
        'GET /dossiers/{id}/completeness',
        'POST /dossiers/{id}/submit',
        'POST /dossiers/{id}/move',
        'POST /dossiers/{id}/move/preview',
        'GET /dossiers/{id}/submissions',
        'POST /dossiers/{id}/evidence',
        'GET /dossiers/{id}/evidence',
        'GET /evidence/{id}',
        'GET /evidence/{id}/content',
        'POST /evidence/{id}/link',
        'POST /dossiers/{id}/declarations',
        'GET /dossiers/{id}/declarations',
        'GET /declarations/{id}',
        'GET /declarations/{id}/pdf',
        'POST /declarations/{id}/pdf-link',
        'POST /dossiers/{id}/assign',
        'POST /dossiers/{id}/review/start',
        'PUT /dossiers/{id}/scenarios/{code}/verdict',
        'POST /dossiers/{id}/decision',
        'GET /dossiers/{id}/rounds/{round}/diff',
        'GET /dossiers/{id}/rounds/{round}/archive.zip',
        'GET /dossiers/{id}/grid.xlsx',
        'GET /dossiers/{id}/scenarios/{code}/comments',
        'POST /dossiers/{id}/scenarios/{code}/comments',
        'PUT /dossiers/{id}/scenarios/{code}/comments/{commentId}',
        'GET /review/dossiers/{id}',
        'GET /dossiers/{id}/administrative',
        'PUT /dossiers/{id}/administrative/candidature',
        'POST /dossiers/{id}/administrative/charter',
        'POST /dossiers/{id}/administrative/submit',
        'POST /dossiers/{id}/administrative/decision',
        'GET /dossiers/{id}/referencement',
        'GET /dossiers/{id}/homologations',
        'POST /dossiers/{id}/homologations',
        'POST /dossiers/{id}/extensions',
        'PUT /dossiers/{id}/scenarios/{code}/assessment',
        'GET /dossiers/{id}/assessments',
        'POST /dossiers/{id}/remediation',
        'GET /dossiers/{id}/remediation',
        'PATCH /remediation/{id}',
        'GET /dossiers/{id}/readiness',
        'GET /dossiers/{id}/readiness.pdf',
        'GET /dossiers/{id}/readiness.xlsx',
      ]),
    );
    expect(open.map((operation) => operation.key)).toEqual(
      expect.arrayContaining([
        'GET /declarations/statement',
        'GET /review/queue',
        'GET /review/progress',
        'GET /review/stats',
        'GET /review/vendors',
      ]),
    );
    expect(walled.length + open.length).toBe(operations.length);
    // The owner's exceptions name walled operations only (an open or vanished one would be a stale entry).
    const walledKeys = walled.map((operation) => operation.key);
    expect(
      [...Object.keys(OWNER_CANNOT), ...Object.keys(OWNER_TARGETS)].filter((key) => !walledKeys.includes(key)),
    ).toEqual([]);
  });

  it("answers B on every walled operation with A's resources exactly as if they did not exist (404, or the same 403)", async () => {
    const before = await snapshotOfA();
    const nowhere: Ids = {
      organization: randomUUID(),
      apiToken: randomUUID(),
      product: randomUUID(),
      dossier: randomUUID(),
      evidence: randomUUID(),
      declaration: randomUUID(),
      webhook: randomUUID(),
      comment: randomUUID(),
      remediation: randomUUID(),
    };
    /** The message with the ids that were sent blanked out, so A's and nobody's answers compare. */
    const answer = (outcome: Outcome, target: Ids): string =>
      Object.entries(target).reduce(
        (text, [name, value]) => text.replaceAll(value, `{${name}}`),
        `${seen(outcome)} ${outcome.message}`,
      );

    const walls: { operation: string; intruder: string; onA: string; onNothing: string }[] = [];
    for (const operation of walled) {
      for (const [intruder, token] of intruders) {
        const onA = await call(
          app,
          operation.method,
          urlFor(operation, a.ids, shared),
          token,
          bodyFor(operation, a.ids, shared, b, spec),
        );
        const onNothing = await call(
          app,
          operation.method,
          urlFor(operation, nowhere, shared),
          token,
          bodyFor(operation, nowhere, shared, b, spec),
        );
        walls.push({
          operation: operation.key,
          intruder,
          onA: answer(onA, a.ids),
          onNothing: answer(onNothing, nowhere),
        });
      }
    }
    expect(walls).toHaveLength(walled.length * intruders.length);
    // Refused, and not because the URL was wrong (ROUTE_NOT_FOUND) ...
    expect(
      walls.filter((wall) => !/^(403|404) [A-Z_]+ /.test(wall.onA) || wall.onA.startsWith('404 ROUTE_NOT_FOUND')),
    ).toEqual([]);
    // ... and refused word for word as for ids that exist nowhere.
    expect(walls.filter((wall) => wall.onA !== wall.onNothing)).toEqual([]);

    // The mixed case: B's admin names its own organisation but A's token.
    const ownOrganization = `/api/v1/organizations/${b.ids.organization}/api-tokens`;
    const revokeA = await call(app, 'delete', `${ownOrganization}/${a.ids.apiToken}`, b.vendor.admin.token);
    const revokeNobody = await call(app, 'delete', `${ownOrganization}/${randomUUID()}`, b.vendor.admin.token);
    expect([seen(revokeA), seen(revokeNobody)]).toEqual(['404 API_TOKEN_NOT_FOUND', '404 API_TOKEN_NOT_FOUND']);

    // Nothing of A moved: answers, audit trail, products, dossiers, users, tokens.
    expect(await snapshotOfA()).toEqual(before);
    // A's token survived B's DELETE attempts.
    expect(seen(await call(app, 'get', '/api/v1/me', a.token.token))).toBe('200');
  });

  it('lets B call the open operations without ever seeing anything of A', async () => {
    const secrets = secretsOf(a);
    const answers: { operation: string; intruder: string; status: number; leaked: string[] }[] = [];
    for (const operation of open) {
      for (const [intruder, token] of intruders) {
        const outcome = await call(
          app,
          operation.method,
          urlFor(operation, b.ids, shared),
          token,
          bodyFor(operation, b.ids, shared, b, spec),
        );
        answers.push({
          operation: operation.key,
          intruder,
          status: outcome.status,
          leaked: leakedIn(outcome.text, secrets),
        });
      }
    }
    expect(answers.filter((answer) => answer.status >= 500 || answer.leaked.length > 0)).toEqual([]);
    const expected = answers.map((answer) => ({ ...answer, status: OPEN[answer.operation].status ?? answer.status }));
    expect(answers).toEqual(expected);
  });

  it("never lists A's products, dossiers, users or tokens to B, while B's own are there", async () => {
    for (const [intruder, token] of intruders) {
      const products = await call(app, 'get', '/api/v1/products?limit=100', token);
      const dossiers = await call(app, 'get', '/api/v1/dossiers?limit=100', token);
      const drafts = await call(app, 'get', '/api/v1/dossiers?status=draft&limit=100', token);
      expect({ intruder, statuses: [products, dossiers, drafts].map(seen) }).toEqual({
        intruder,
        statuses: ['200', '200', '200'],
      });
      expect({ intruder, products: ids(products.body.items) }).toEqual({
        intruder,
        products: expect.arrayContaining([b.ids.product]),
      });
      expect({ intruder, dossiers: ids(dossiers.body.items), drafts: ids(drafts.body.items) }).toEqual({
        intruder,
        dossiers: [b.ids.dossier],
        drafts: [b.ids.dossier],
      });
      for (const listing of [products, dossiers, drafts]) expect(leakedIn(listing.text, secretsOf(a))).toEqual([]);
    }
    const users = await call(app, 'get', `/api/v1/organizations/${b.ids.organization}/users`, b.vendor.admin.token);
    const tokens = await call(
      app,
      'get',
      `/api/v1/organizations/${b.ids.organization}/api-tokens`,
      b.vendor.admin.token,
    );
    expect(ids(users.body)).toEqual(expect.arrayContaining([b.vendor.admin.id, b.vendor.member.id]));
    expect(ids(tokens.body)).toEqual(expect.arrayContaining([b.ids.apiToken]));
    expect([...leakedIn(users.text, secretsOf(a)), ...leakedIn(tokens.text, secretsOf(a))]).toEqual([]);
  });

  it('lets the owner itself through every walled operation (so the 404s above are walls, not wrong URLs)', async () => {
    const owner = await createTenant(app, 'owner', shared.referentialId);
    // DELETE revokes a token of its own, not the one the owner signs with.
    const sacrificial = await createApiToken(app, owner.ids.organization, owner.vendor.admin.token, ['dossiers:read']);
    const refused: { operation: string; tried: string[] }[] = [];
    for (const operation of walled.filter((candidate) => !(candidate.key in OWNER_CANNOT))) {
      const prepared = OWNER_TARGETS[operation.key];
      const target: Ids = {
        ...owner.ids,
        apiToken: sacrificial.id,
        ...(prepared ? await prepared(app, owner, shared) : {}),
      };
      const tried: string[] = [];
      for (const token of [owner.vendor.admin.token, owner.vendor.member.token, owner.token.token]) {
        const outcome = await call(
          app,
          operation.method,
          urlFor(operation, target, shared),
          token,
          bodyFor(operation, target, shared, owner, spec),
        );
        tried.push(seen(outcome));
        if (outcome.status < 300) break;
      }
      if (!tried.some((status) => status.startsWith('2'))) refused.push({ operation: operation.key, tried });
    }
    expect(refused).toEqual([]);

    // The reviewers' operations refuse the owner outright (403), whoever of the owner calls.
    const letThrough: { operation: string; tried: string[] }[] = [];
    for (const operation of walled.filter((candidate) => candidate.key in OWNER_CANNOT)) {
      const tried: string[] = [];
      for (const token of [owner.vendor.admin.token, owner.vendor.member.token, owner.token.token]) {
        const outcome = await call(
          app,
          operation.method,
          urlFor(operation, owner.ids, shared),
          token,
          bodyFor(operation, owner.ids, shared, owner, spec),
        );
        tried.push(seen(outcome));
      }
      if (!tried.every((status) => status.startsWith('403 '))) letThrough.push({ operation: operation.key, tried });
    }
    expect(letThrough).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Who may do what: the role matrix
// ---------------------------------------------------------------------------------------------

const ACTORS = [
  'platform_admin',
  'vendor_admin',
  'vendor_member',
  'reviewer',
  'review_lead',
  'token dossiers:read',
  'token dossiers:write',
] as const;
type Actor = (typeof ACTORS)[number];

interface MatrixContext {
  app: TestApp;
  vendor: Vendor;
  productId: string;
  dossierId: string;
  referentialId: string;
  tokens: Record<Actor, string>;
}

interface Prepared {
  url: string;
  body?: unknown;
  /** Runs after the call, with what the actor saw. */
  verify?: (outcome: string) => Promise<void>;
}

interface MatrixRow {
  route: string;
  method: Method;
  prepare: (context: MatrixContext) => Promise<Prepared> | Prepared;
  /** In the order of ACTORS. */
  expected: readonly string[];
}

const F = '403 FORBIDDEN';
const S = '403 INSUFFICIENT_SCOPE';
const NO_ORG = '404 ORGANIZATION_NOT_FOUND';
const NO_DOSSIER = '404 DOSSIER_NOT_FOUND';

/*
 * From the @Authenticated decorators: organisation routes are for users only (API tokens: 403);
 * ADMINS = platform_admin, vendor_admin, review_lead, and a review_lead reaching a vendor
 * organisation finds nothing (404); products and dossiers belong to vendor roles and tokens with the
 * scope; reading is open to reviewers too, but never a draft; the platform admin holds no vendor
 * role, so every product and dossier route refuses it (403: it sees no vendor data at all).
 */
// prettier-ignore
const MATRIX: MatrixRow[] = [
  // expected: platform_admin, vendor_admin, vendor_member, reviewer, review_lead, token dossiers:read, token dossiers:write
  { route: 'POST /organizations', method: 'post', expected: ['201', F, F, F, F, F, F],
    prepare: () => ({ url: '/api/v1/organizations', body: { name: `Org-${hex()}`, kind: 'vendor' } }) },
  { route: 'GET /organizations', method: 'get', expected: ['200', F, F, F, F, F, F],
    prepare: () => ({ url: '/api/v1/organizations' }) },
  { route: 'POST /organizations/{orgId}/users', method: 'post', expected: ['201', '201', F, F, NO_ORG, F, F],
    prepare: ({ vendor }) => ({
      url: `/api/v1/organizations/${vendor.organization.id}/users`,
      body: { email: uniqueEmail('matrice'), password: PASSWORD, displayName: 'Matrice', role: 'vendor_member' },
    }) },
  { route: 'POST /organizations/{orgId}/api-tokens', method: 'post', expected: ['201', '201', F, F, NO_ORG, F, F],
    prepare: ({ vendor }) => ({
      url: `/api/v1/organizations/${vendor.organization.id}/api-tokens`,
      body: { name: `jeton-${hex()}`, scopes: ['dossiers:read'] },
    }) },
  { route: 'GET /organizations/{orgId}/api-tokens', method: 'get', expected: ['200', '200', F, F, NO_ORG, F, F],
    prepare: ({ vendor }) => ({ url: `/api/v1/organizations/${vendor.organization.id}/api-tokens` }) },
  { route: 'DELETE /organizations/{orgId}/api-tokens/{id}', method: 'delete', expected: ['204', '204', F, F, NO_ORG, F, F],
    prepare: async ({ app, vendor }) => {
      // A fresh token for each actor: revoked at once when the call succeeds, untouched otherwise.
      const victim = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      return {
        url: `/api/v1/organizations/${vendor.organization.id}/api-tokens/${victim.id}`,
        verify: async (outcome) => {
          const after = seen(await call(app, 'get', '/api/v1/me', victim.token));
          expect({ outcome, tokenAfterwards: after }).toEqual({
            outcome,
            tokenAfterwards: outcome === '204' ? '401 INVALID_TOKEN' : '200',
          });
        },
      };
    } },
  { route: 'POST /products', method: 'post', expected: [F, '201', '201', F, F, S, '201'],
    prepare: () => ({ url: '/api/v1/products', body: { name: `Produit-${hex()}`, version: '1.0' } }) },
  { route: 'GET /products', method: 'get', expected: [F, '200', '200', '200', '200', '200', S],
    prepare: () => ({ url: '/api/v1/products' }) },
  { route: 'POST /dossiers', method: 'post', expected: [F, '201', '201', F, F, S, '201'],
    prepare: ({ productId, referentialId }) => ({ url: '/api/v1/dossiers', body: { productId, referentialId } }) },
  { route: 'GET /dossiers', method: 'get', expected: [F, '200', '200', '200', '200', '200', S],
    prepare: () => ({ url: '/api/v1/dossiers' }) },
  { route: 'GET /dossiers/{id} (a draft)', method: 'get', expected: [F, '200', '200', NO_DOSSIER, NO_DOSSIER, '200', S],
    prepare: ({ dossierId }) => ({ url: `/api/v1/dossiers/${dossierId}` }) },
  { route: 'PUT /dossiers/{id}/answers', method: 'put', expected: [F, '200', '200', F, F, S, '200'],
    prepare: ({ dossierId }) => ({ url: `/api/v1/dossiers/${dossierId}/answers`, body: { answers: ANSWERS } }) },
  { route: 'GET /review/queue', method: 'get', expected: [F, F, F, '200', '200', F, S],
    prepare: () => ({ url: '/api/v1/review/queue' }) },
  { route: 'GET /review/progress (a draft: left out)', method: 'get', expected: [F, F, F, '200', '200', F, S],
    prepare: ({ dossierId }) => ({ url: `/api/v1/review/progress?ids=${dossierId}` }) },
  { route: 'GET /review/stats', method: 'get', expected: [F, F, F, '200', '200', F, S],
    prepare: () => ({ url: '/api/v1/review/stats' }) },
  { route: 'GET /review/vendors', method: 'get', expected: [F, F, F, '200', '200', F, S],
    prepare: () => ({ url: '/api/v1/review/vendors' }) },
  { route: 'GET /review/dossiers/{id} (a draft)', method: 'get', expected: [F, F, F, NO_DOSSIER, NO_DOSSIER, F, S],
    prepare: ({ dossierId }) => ({ url: `/api/v1/review/dossiers/${dossierId}` }) },
  { route: 'GET /referentials', method: 'get', expected: ['200', '200', '200', '200', '200', '200', '200'],
    prepare: () => ({ url: '/api/v1/referentials' }) },
];

describe('the role matrix', () => {
  let context: MatrixContext;

  beforeAll(async () => {
    const app = await startTestApp();
    const vendor = await createVendor(app);
    const authority = await createOrganization(app, `Autorite-${hex()}`, 'authority');
    const { productId, dossierId, referentialId } = await createDossier(app, vendor.member.token);
    const organizationId = vendor.organization.id;
    context = {
      app,
      vendor,
      productId,
      dossierId,
      referentialId,
      tokens: {
        platform_admin: await adminToken(app),
        vendor_admin: vendor.admin.token,
        vendor_member: vendor.member.token,
        reviewer: (await createMember(app, authority.id, 'reviewer')).token,
        review_lead: (await createMember(app, authority.id, 'review_lead')).token,
        'token dossiers:read': (await createApiToken(app, organizationId, vendor.admin.token, ['dossiers:read'])).token,
        'token dossiers:write': (await createApiToken(app, organizationId, vendor.admin.token, ['dossiers:write']))
          .token,
      },
    };
  }, 120_000);
  afterAll(async () => {
    await context.app.close();
  }, 60_000);

  it.each(MATRIX)('$route', async (row) => {
    const actual: Record<string, string> = {};
    for (const actor of ACTORS) {
      const prepared = await row.prepare(context);
      const outcome = seen(await call(context.app, row.method, prepared.url, context.tokens[actor], prepared.body));
      actual[actor] = outcome;
      await prepared.verify?.(outcome);
    }
    expect(actual).toEqual(Object.fromEntries(ACTORS.map((actor, index) => [actor, row.expected[index]])));
  });

  it("refuses the platform admin every product and dossier route, so it never sees a vendor's data", async () => {
    const { app, productId, dossierId } = context;
    const admin = context.tokens.platform_admin;
    const attempts = await Promise.all([
      call(app, 'get', '/api/v1/dossiers', admin),
      call(app, 'get', `/api/v1/dossiers/${dossierId}`, admin),
      call(app, 'get', `/api/v1/dossiers/${dossierId}/audit`, admin),
      call(app, 'get', '/api/v1/products', admin),
      call(app, 'get', `/api/v1/products/${productId}`, admin),
    ]);
    expect(attempts.map(seen)).toEqual([F, F, F, F, F]);
    expect(attempts.filter((attempt) => attempt.text.includes(dossierId) || attempt.text.includes(productId))).toEqual(
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Reviewers see submitted dossiers, never drafts
// ---------------------------------------------------------------------------------------------

describe('reviewers and drafts', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewers: [string, string][];
  let draft: { productId: string; dossierId: string };
  let submitted: { productId: string; dossierId: string };

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `Autorite-${hex()}`, 'authority');
    const lead = await createMember(app, authority.id, 'review_lead');
    reviewers = [
      ['reviewer', (await createMember(app, authority.id, 'reviewer')).token],
      ['review_lead', lead.token],
      ['authority API token', (await createApiToken(app, authority.id, lead.token, ['dossiers:read'])).token],
    ];
    draft = await createDossier(app, vendor.member.token);
    submitted = await createDossier(app, vendor.member.token);
    expect(
      seen(
        await call(app, 'put', `/api/v1/dossiers/${submitted.dossierId}/answers`, vendor.member.token, {
          answers: ANSWERS,
        }),
      ),
    ).toBe('200');
    // Only the status matters here, not the content (a real submission needs a complete dossier:
    // see submission.e2e-spec.ts), so the dossier is submitted in SQL.
    await app.dataSource.query(`UPDATE dossier SET first_submitted_at = now(), status = 'submitted' WHERE id = $1`, [
      submitted.dossierId,
    ]);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function asVendor(dossierId: string): Promise<unknown> {
    const dossier = await call(app, 'get', `/api/v1/dossiers/${dossierId}`, vendor.member.token);
    const audit = await call(app, 'get', `/api/v1/dossiers/${dossierId}/audit`, vendor.member.token);
    expect([seen(dossier), seen(audit)]).toEqual(['200', '200']);
    const { status, answers, version, updatedAt } = dossier.body;
    return { status, answers, version, updatedAt, audit: audit.body.length };
  }

  it('lists exactly the submitted dossier to reviewers, never the draft, even when asked for drafts', async () => {
    for (const [reviewer, token] of reviewers) {
      const all = await call(app, 'get', '/api/v1/dossiers', token);
      const drafts = await call(app, 'get', '/api/v1/dossiers?status=draft', token);
      expect({ reviewer, all: all.body.items, drafts: drafts.body.items, nextCursor: all.body.nextCursor }).toEqual({
        reviewer,
        all: [expect.objectContaining({ id: submitted.dossierId, status: 'submitted' })],
        drafts: [],
        nextCursor: null,
      });
    }
  });

  it('answers reviewers 404 on a draft, its audit trail and its product, as if none existed', async () => {
    for (const [reviewer, token] of reviewers) {
      const outcomes = await Promise.all([
        call(app, 'get', `/api/v1/dossiers/${draft.dossierId}`, token),
        call(app, 'get', `/api/v1/dossiers/${draft.dossierId}/audit`, token),
        call(app, 'get', `/api/v1/products/${draft.productId}`, token),
        call(app, 'get', `/api/v1/dossiers/${randomUUID()}`, token),
      ]);
      expect({ reviewer, outcomes: outcomes.map(seen) }).toEqual({
        reviewer,
        outcomes: [NO_DOSSIER, NO_DOSSIER, '404 PRODUCT_NOT_FOUND', NO_DOSSIER],
      });
      const products = await call(app, 'get', '/api/v1/products', token);
      expect({ reviewer, products: ids(products.body.items) }).toEqual({ reviewer, products: [submitted.productId] });
    }
  });

  it('lets reviewers read the submitted dossier, its answers, audit trail and product', async () => {
    for (const [reviewer, token] of reviewers) {
      const dossier = await call(app, 'get', `/api/v1/dossiers/${submitted.dossierId}`, token);
      const audit = await call(app, 'get', `/api/v1/dossiers/${submitted.dossierId}/audit`, token);
      const product = await call(app, 'get', `/api/v1/products/${submitted.productId}`, token);
      expect({ reviewer, outcomes: [dossier, audit, product].map(seen) }).toEqual({
        reviewer,
        outcomes: ['200', '200', '200'],
      });
      expect(dossier.body).toMatchObject({ id: submitted.dossierId, status: 'submitted', answers: ANSWERS });
      expect(audit.body.map((event: { action: string }) => event.action)).toContain('dossier.answers_changed');
    }
  });

  it('refuses reviewers any change to the answers (403), leaving the dossier as it was', async () => {
    const before = await asVendor(submitted.dossierId);
    const refusals: string[] = [];
    for (const [, token] of reviewers) {
      refusals.push(
        seen(
          await call(app, 'put', `/api/v1/dossiers/${submitted.dossierId}/answers`, token, {
            answers: OTHER_ANSWERS,
          }),
        ),
      );
    }
    expect(refusals).toEqual([F, F, S]);
    expect(await asVendor(submitted.dossierId)).toEqual(before);
  });

  it('locks a submitted dossier for the vendor too: 409 DOSSIER_LOCKED and nothing changed', async () => {
    const before = await asVendor(submitted.dossierId);
    for (const token of [vendor.member.token, vendor.admin.token]) {
      const attempt = await call(app, 'put', `/api/v1/dossiers/${submitted.dossierId}/answers`, token, {
        answers: OTHER_ANSWERS,
      });
      expect(seen(attempt)).toBe('409 DOSSIER_LOCKED');
      expect(attempt.body.details).toEqual({ status: 'submitted' });
    }
    expect(await asVendor(submitted.dossierId)).toEqual(before);
    // The draft next to it is still editable.
    const draftAnswered = await call(app, 'put', `/api/v1/dossiers/${draft.dossierId}/answers`, vendor.member.token, {
      answers: OTHER_ANSWERS,
    });
    expect(seen(draftAnswered)).toBe('200');
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Keyset pagination of GET /dossiers
// ---------------------------------------------------------------------------------------------

describe('keyset pagination of GET /dossiers', () => {
  let app: TestApp;
  let token: string;
  let created: string[];
  let submittedIds: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const vendor = await createVendor(app);
    token = vendor.member.token;
    const { productId, referentialId, dossierId } = await createDossier(app, token);
    created = [dossierId];
    while (created.length < 25) {
      const dossier = await call(app, 'post', '/api/v1/dossiers', token, { productId, referentialId });
      expect(dossier.status).toBe(201);
      created.push(dossier.body.id);
    }
    // Five dossiers around the first page boundary share one creation instant, so the order
    // between them, and where page 2 resumes, rests on the id alone.
    await app.dataSource.query(
      `UPDATE dossier SET created_at = (SELECT created_at FROM dossier WHERE id = $2) WHERE id = ANY($1::uuid[])`,
      [created.slice(12, 17), created[14]],
    );
    submittedIds = [created[3], created[11], created[20]];
    await app.dataSource.query(
      `UPDATE dossier SET status = 'submitted', first_submitted_at = now() WHERE id = ANY($1::uuid[])`,
      [submittedIds],
    );
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  /** Follows nextCursor from the first page; returns each page's ids. */
  async function walk(query: string, caller = token): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/dossiers?${query}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = await call(app, 'get', url, caller);
      expect(seen(page)).toBe('200');
      pages.push(ids(page.body.items));
      cursor = page.body.nextCursor;
      expect(pages.length).toBeLessThan(10);
    } while (cursor !== null);
    return pages;
  }

  it('walks all 25 dossiers exactly once, newest first, in pages of 10, 10 and 5', async () => {
    const first = await call(app, 'get', '/api/v1/dossiers?limit=10', token);
    expect(first.body.items).toHaveLength(10);
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const pages = await walk('limit=10');
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    const order = pages.flat();
    const newestFirst = await app.dataSource.query(
      'SELECT id FROM dossier WHERE id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC',
      [created],
    );
    expect(order).toEqual(newestFirst.map((row: { id: string }) => row.id));
    expect(new Set(order)).toEqual(new Set(created));
    // The newest dossier first, the oldest last.
    expect(order[0]).toBe(created[24]);
    expect(order[24]).toBe(created[0]);
    // Stable: the same walk again, and with other page sizes, gives the same order.
    expect((await walk('limit=10')).flat()).toEqual(order);
    expect((await walk('limit=7')).flat()).toEqual(order);
    expect((await walk('limit=100')).flat()).toEqual(order);
  });

  it('filters by status, across pages', async () => {
    const submitted = await walk('status=submitted&limit=2');
    expect(submitted.map((page) => page.length)).toEqual([2, 1]);
    expect(new Set(submitted.flat())).toEqual(new Set(submittedIds));
    const drafts = (await walk('status=draft&limit=10')).flat();
    expect(drafts).toHaveLength(22);
    expect(drafts.filter((id) => submittedIds.includes(id))).toEqual([]);
    expect((await walk('status=approved')).flat()).toEqual([]);
  });

  it.each([
    ['limit=0', 'limit=0'],
    ['limit=101', 'limit=101'],
    ['limit=abc', 'limit=abc'],
    ['limit=-1', 'limit=-1'],
    ['limit=2.5', 'limit=2.5'],
    ['an unknown status', 'status=bogus'],
    ['a cursor over 200 characters', `cursor=${'x'.repeat(201)}`],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_label, query) => {
    expect(seen(await call(app, 'get', `/api/v1/dossiers?${query}`, token))).toBe('400 VALIDATION_FAILED');
  });

  const cursorOf = (text: string): string => Buffer.from(text).toString('base64url');
  it.each([
    ['garbage', 'garbage'],
    ['base64 of something not JSON', cursorOf('not json')],
    ['an object instead of a pair', cursorOf('{"createdAt":"2026-01-01T00:00:00Z"}')],
    ['a pair without a date', cursorOf('["not a date","00000000-0000-4000-8000-000000000000"]')],
    ['a pair without an id', cursorOf('["2026-01-01T00:00:00.000Z","not-a-uuid"]')],
  ])('refuses a cursor that is %s with 400 INVALID_CURSOR', async (_label, cursor) => {
    expect(seen(await call(app, 'get', `/api/v1/dossiers?cursor=${encodeURIComponent(cursor)}`, token))).toBe(
      '400 INVALID_CURSOR',
    );
  });

  it("gives another vendor nothing of this vendor's through this vendor's cursor", async () => {
    const first = await call(app, 'get', '/api/v1/dossiers?limit=10', token);
    const other = await createVendor(app);
    const { dossierId: othersDossier } = await createDossier(app, other.member.token);
    const throughCursor = await call(
      app,
      'get',
      `/api/v1/dossiers?cursor=${encodeURIComponent(first.body.nextCursor)}`,
      other.member.token,
    );
    expect(seen(throughCursor)).toBe('200');
    expect(ids(throughCursor.body.items).filter((id) => created.includes(id))).toEqual([]);
    expect(ids((await call(app, 'get', '/api/v1/dossiers', other.member.token)).body.items)).toEqual([othersDossier]);
  });
});
