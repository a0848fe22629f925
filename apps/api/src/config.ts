import { resolve } from 'node:path';
import { ConfigModule } from '@nestjs/config';
import type { DynamicModule } from '@nestjs/common';
import { DEFAULT_MAX_GRID_BYTES } from '@preuve/referentials';

export interface AppConfig {
  port: number;
  /** Unset: an embedded Postgres runs in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * MIGRATION_DATABASE_URL: the schema owner's connection, used only at start to run the migrations
   * and grant the app's role (DATABASE_URL, which then owns nothing) its privileges. Unset with a
   * DATABASE_URL: one role does both (no database wall; the start warns).
   */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  maxUploadBytes: number;
  /** MAX_GRID_BYTES: the largest référentiel grid file (XLSX/CSV) accepted for import. */
  maxGridBytes: number;
  bootstrapAdminEmail: string | undefined;
  bootstrapAdminPassword: string | undefined;
  /** Master secret (≥ 32 characters); unset: generated once into DATA_DIR. */
  secretKey: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Lifetime of a signed link to a file (`?access=`), for <video>, <img> and PDF previews. */
  signedLinkTtlSeconds: number;
  /** Login attempts allowed per client address and minute. */
  loginRateLimitPerMinute: number;
  /** LIST_PAGES_KEPT: pages of the dossier list, and of the review queue, each instance keeps between requests (0: none). */
  listPagesKept: number;
  /** Secure flag of the session cookies; only turn off for plain-HTTP development behind no proxy. */
  cookieSecure: boolean;
  /**
   * Express's `trust proxy`: unset, the client address is the socket's; behind a reverse proxy set
   * the number of proxies (e.g. `1`) or their addresses, so rate limits and audit see real clients.
   */
  trustProxy: string | number | undefined;
  /** The review lead who approves may not have given verdicts in the round. */
  reviewFourEyes: boolean;
  /** Webhook retries: after the n-th failed attempt the next is due min(base × 2^n, 1 hour) later. */
  webhookRetryBaseMs: number;
  /** WEBHOOK_TIMEOUT_MS: how long a receiver has to answer a delivery. */
  webhookTimeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: webhooks may target loopback, private and link-local addresses (development, tests). */
  webhookAllowPrivateTargets: boolean;
  /** The built web app served at `/` (WEB_DIR); unset: `web/` beside the server bundle, when it exists. */
  webDir: string | undefined;
  /** DEMO: true seeds the demo data, false never does; unset: only with the embedded Postgres (see demo-mode.ts). */
  demo: boolean | undefined;
  /** `/metrics` answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset, it is not served. */
  metricsToken: string | undefined;
  /** Lowest level logged (pino's levels; `silent` logs nothing). */
  logLevel: LogLevelName;
  /** `json`: one JSON object per line (production); `pretty`: coloured lines for a developer's terminal. */
  logFormat: 'json' | 'pretty';
  /**
   * The address people reach the web app at (PUBLIC_URL, no trailing slash): the OpenID Connect
   * redirect and logout URIs and the links in e-mails start with it. Unset: http://localhost:PORT.
   */
  publicUrl: string;
  /** SMTP_URL (`smtp://host:port`, `smtps://user:pass@host`); unset: e-mails are not sent (in-app notifications only). */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the sender of e-mails, e.g. `Preuve <preuve@example.fr>`. */
  mailFrom: string;
  /** DIGEST_HOUR_UTC: from this hour (UTC) each day, reviewers get their digest. */
  digestHourUtc: number;
  /** REVIEW_OVERDUE_DAYS: a dossier waiting longer than this in the queue is overdue in the digest. */
  reviewOverdueDays: number;
  /** BLOB_STORE: where evidence files live, `fs` (DATA_DIR/blobs, the default) or `s3` (an S3-compatible bucket). */
  blobStore: 'fs' | 's3';
  /** The S3-compatible store, when BLOB_STORE=s3. */
  s3: S3Config | undefined;
}

export interface S3Config {
  /** S3_ENDPOINT: e.g. `http://minio:9000`; unset: AWS itself, by region. */
  endpoint: string | undefined;
  /** S3_BUCKET: the bucket, created beforehand. */
  bucket: string;
  /** S3_REGION: default `us-east-1` (what MinIO expects unless configured otherwise). */
  region: string;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: both or neither (neither: the SDK's own chain, e.g. an instance role). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** S3_FORCE_PATH_STYLE: `http://host/bucket/key` addresses (MinIO, most self-hosted servers); default on with an endpoint. */
  forcePathStyle: boolean;
}

/** A single server-side copy moves at most this much (S3's CopyObject limit): uploads to S3 stay below it. */
const S3_MAX_UPLOAD_BYTES = 5 * 1024 ** 3;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/**
 * Every environment variable the server reads: the README's configuration table lists exactly
 * these (a test compares), and this file is the only one that reads `process.env`.
 */
export const CONFIG_VARIABLES = [
  'PORT',
  'DATABASE_URL',
  'MIGRATION_DATABASE_URL',
  'DATA_DIR',
  'BOOTSTRAP_ADMIN_EMAIL',
  'BOOTSTRAP_ADMIN_PASSWORD',
  'SECRET_KEY',
  'ACCESS_TOKEN_TTL_SECONDS',
  'REFRESH_TOKEN_TTL_SECONDS',
  'SIGNED_LINK_TTL_SECONDS',
  'LOGIN_RATE_LIMIT_PER_MINUTE',
  'LIST_PAGES_KEPT',
  'COOKIE_SECURE',
  'TRUST_PROXY',
  'REVIEW_FOUR_EYES',
  'MAX_UPLOAD_BYTES',
  'MAX_GRID_BYTES',
  'WEBHOOK_RETRY_BASE_MS',
  'DEMO',
  'WEB_DIR',
  'METRICS_TOKEN',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'NODE_ENV',
  'WEBHOOK_TIMEOUT_MS',
  'WEBHOOK_ALLOW_PRIVATE_TARGETS',
  'DIGEST_HOUR_UTC',
  'REVIEW_OVERDUE_DAYS',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'BLOB_STORE',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;
export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

/** The environment as the schema sees it: only its own variables, by name. */
type Environment = Partial<Record<string, string | undefined>>;

/** Configuration problems stop the start with every problem listed, before anything runs. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads one variable of the schema; blank counts as unset. */
function raw(env: Environment, name: ConfigVariable): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function integer(
  env: Environment,
  name: ConfigVariable,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const given = raw(env, name);
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, not « ${given} »`);
    return fallback;
  }
  return value;
}

/** The one way booleans are read: 1/true/yes/on or 0/false/no/off, any case; anything else is refused. */
function flag(env: Environment, name: ConfigVariable, problems: string[]): boolean | undefined {
  const given = raw(env, name)?.trim().toLowerCase();
  if (given === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(given)) return true;
  if (['0', 'false', 'no', 'off'].includes(given)) return false;
  problems.push(`${name} must be 1 (on) or 0 (off), not « ${env[name]} »`);
  return undefined;
}

function oneOf<T extends string>(
  env: Environment,
  name: ConfigVariable,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const given = raw(env, name)?.trim().toLowerCase();
  if (given === undefined) return fallback;
  if ((allowed as readonly string[]).includes(given)) return given as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}, not « ${env[name]} »`);
  return fallback;
}

/** The S3_* variables, read only when BLOB_STORE=s3. */
function s3Config(env: Environment, maxUploadBytes: number, problems: string[]): S3Config {
  const endpoint = raw(env, 'S3_ENDPOINT')?.trim();
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+\/?$/.test(endpoint)) {
    problems.push(`S3_ENDPOINT must be an http(s) URL with no path, e.g. http://minio:9000, not « ${endpoint} »`);
  }
  const bucket = raw(env, 'S3_BUCKET')?.trim();
  if (bucket === undefined) problems.push('BLOB_STORE=s3 needs S3_BUCKET, the bucket evidence files go to');
  else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(
      `S3_BUCKET must be a bucket name (3 to 63 lower-case letters, digits, dots, hyphens), not « ${bucket} »`,
    );
  }
  const accessKeyId = raw(env, 'S3_ACCESS_KEY_ID')?.trim();
  const secretAccessKey = raw(env, 'S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    problems.push('set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  }
  if (maxUploadBytes > S3_MAX_UPLOAD_BYTES) {
    problems.push(`with BLOB_STORE=s3, MAX_UPLOAD_BYTES may not exceed ${S3_MAX_UPLOAD_BYTES} (5 GiB)`);
  }
  return {
    endpoint: endpoint?.replace(/\/$/, ''),
    bucket: bucket ?? '',
    region: raw(env, 'S3_REGION')?.trim() ?? 'us-east-1',
    accessKeyId,
    secretAccessKey,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', problems) ?? endpoint !== undefined,
  };
}

/**
 * The schema: every variable parsed and checked, every problem collected (never only the first),
 * then one `ConfigError` listing them all. It is also @nestjs/config's `validate` function.
 */
export function validateConfig(env: Environment): AppConfig {
  const problems: string[] = [];
  const databaseUrl = raw(env, 'DATABASE_URL')?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// connection string');
  }
  const migrationDatabaseUrl = raw(env, 'MIGRATION_DATABASE_URL')?.trim();
  if (migrationDatabaseUrl && !/^postgres(ql)?:\/\//.test(migrationDatabaseUrl)) {
    problems.push('MIGRATION_DATABASE_URL must be a postgres:// connection string');
  }
  if (migrationDatabaseUrl && !databaseUrl) {
    problems.push('MIGRATION_DATABASE_URL needs a DATABASE_URL (the role the app connects as)');
  }
  const trustProxy = raw(env, 'TRUST_PROXY')?.trim();
  const webDir = raw(env, 'WEB_DIR')?.trim();
  const nodeEnv = raw(env, 'NODE_ENV')?.trim();
  const config: AppConfig = {
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    databaseUrl,
    migrationDatabaseUrl,
    dataDir: resolve(raw(env, 'DATA_DIR')?.trim() ?? './.data'),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 2 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER, problems),
    maxGridBytes: integer(env, 'MAX_GRID_BYTES', DEFAULT_MAX_GRID_BYTES, 1, Number.MAX_SAFE_INTEGER, problems),
    bootstrapAdminEmail: raw(env, 'BOOTSTRAP_ADMIN_EMAIL')?.trim(),
    bootstrapAdminPassword: raw(env, 'BOOTSTRAP_ADMIN_PASSWORD'),
    secretKey: raw(env, 'SECRET_KEY'),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400, problems),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 86_400, problems),
    signedLinkTtlSeconds: integer(env, 'SIGNED_LINK_TTL_SECONDS', 30 * 60, 10, 86_400, problems),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000, problems),
    listPagesKept: integer(env, 'LIST_PAGES_KEPT', 1_000, 0, 100_000, problems),
    cookieSecure: flag(env, 'COOKIE_SECURE', problems) ?? true,
    reviewFourEyes: flag(env, 'REVIEW_FOUR_EYES', problems) ?? false,
    trustProxy: trustProxy === undefined ? undefined : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy,
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 1000, 1, 3_600_000, problems),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000, problems),
    webhookAllowPrivateTargets: flag(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', problems) ?? false,
    webDir: webDir === undefined ? undefined : resolve(webDir),
    demo: flag(env, 'DEMO', problems),
    metricsToken: raw(env, 'METRICS_TOKEN'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
    logFormat: oneOf(
      env,
      'LOG_FORMAT',
      ['json', 'pretty'] as const,
      nodeEnv === 'development' ? 'pretty' : 'json',
      problems,
    ),
    publicUrl: '',
    smtpUrl: raw(env, 'SMTP_URL')?.trim(),
    mailFrom: raw(env, 'MAIL_FROM')?.trim() ?? 'Preuve <ne-pas-repondre@preuve.localhost>',
    digestHourUtc: integer(env, 'DIGEST_HOUR_UTC', 6, 0, 23, problems),
    reviewOverdueDays: integer(env, 'REVIEW_OVERDUE_DAYS', 30, 1, 3650, problems),
    blobStore: oneOf(env, 'BLOB_STORE', ['fs', 's3'] as const, 'fs', problems),
    s3: undefined,
  };
  if (config.blobStore === 's3') config.s3 = s3Config(env, config.maxUploadBytes, problems);
  config.publicUrl = (raw(env, 'PUBLIC_URL')?.trim() ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(config.publicUrl)) {
    problems.push(`PUBLIC_URL must be an http(s) URL, not « ${env.PUBLIC_URL} »`);
  }
  if (config.smtpUrl && !/^smtps?:\/\//.test(config.smtpUrl)) {
    problems.push('SMTP_URL must start with smtp:// or smtps://');
  }
  if (/[\r\n]/.test(config.mailFrom)) problems.push('MAIL_FROM must be on one line');
  if (config.secretKey !== undefined && config.secretKey.length < 32) {
    problems.push('SECRET_KEY must be at least 32 characters long (e.g. `openssl rand -base64 48`)');
  }
  if ((config.bootstrapAdminEmail === undefined) !== (config.bootstrapAdminPassword === undefined)) {
    problems.push('set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither');
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) {
    problems.push('METRICS_TOKEN must be at least 16 characters long (e.g. `openssl rand -hex 24`)');
  }
  if (nodeEnv !== undefined && !['production', 'development', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be production, development or test, not « ${nodeEnv} »`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The configuration of this process: its environment through the schema (the only read of `process.env`). */
export function loadConfig(env: Environment = process.env): AppConfig {
  return validateConfig(env);
}

/**
 * @nestjs/config holding the validated configuration: features inject `ConfigService<AppConfig, true>`
 * and read typed values (`config.get('metricsToken', { infer: true })`). The environment is not read
 * again here: `config` already went through `validateConfig`.
 */
export function configModule(config: AppConfig): Promise<DynamicModule> {
  return ConfigModule.forRoot({
    isGlobal: true,
    ignoreEnvFile: true,
    skipProcessEnv: true,
    cache: true,
    load: [() => ({ ...config })],
  });
}
