import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** Unset: an embedded Postgres runs in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  maxUploadBytes: number;
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
  /** The built web app served at `/` (WEB_DIR); unset: `web/` beside the server bundle, when it exists. */
  webDir: string | undefined;
  /** DEMO: true seeds the demo data, false never does; unset: only with the embedded Postgres (see demo-mode.ts). */
  demo: boolean | undefined;
}

/** Configuration problems stop the start with every problem listed, before anything runs. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, not « ${raw} »`);
    return fallback;
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, problems: string[]): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be 1 (on) or 0 (off), not « ${env[name]} »`);
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// connection string');
  }
  const config: AppConfig = {
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    databaseUrl,
    dataDir: resolve(env.DATA_DIR?.trim() || './.data'),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 2 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER, problems),
    bootstrapAdminEmail: env.BOOTSTRAP_ADMIN_EMAIL?.trim() || undefined,
    bootstrapAdminPassword: env.BOOTSTRAP_ADMIN_PASSWORD || undefined,
    secretKey: env.SECRET_KEY || undefined,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400, problems),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 86_400, problems),
    signedLinkTtlSeconds: integer(env, 'SIGNED_LINK_TTL_SECONDS', 30 * 60, 10, 86_400, problems),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000, problems),
    cookieSecure: env.COOKIE_SECURE !== 'false',
    reviewFourEyes: env.REVIEW_FOUR_EYES === 'true',
    trustProxy: env.TRUST_PROXY
      ? /^\d+$/.test(env.TRUST_PROXY)
        ? Number(env.TRUST_PROXY)
        : env.TRUST_PROXY
      : undefined,
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 1000, 1, 3_600_000, problems),
    webDir: env.WEB_DIR?.trim() ? resolve(env.WEB_DIR.trim()) : undefined,
    demo: flag(env, 'DEMO', problems),
  };
  if (config.secretKey !== undefined && config.secretKey.length < 32) {
    problems.push('SECRET_KEY must be at least 32 characters long (e.g. `openssl rand -base64 48`)');
  }
  if ((config.bootstrapAdminEmail === undefined) !== (config.bootstrapAdminPassword === undefined)) {
    problems.push('set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
