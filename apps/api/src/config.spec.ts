import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Variables that only the test support reads (documented in the same table). */
const TEST_ONLY = ['TEST_DATABASE_URL'];

function readmeVariables(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1].split(/^## /m)[0];
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('configuration', () => {
  it('documents every variable in the README table, and only those', () => {
    expect([...readmeVariables()].sort()).toEqual([...CONFIG_VARIABLES, ...TEST_ONLY].sort());
  });

  it('is read from the environment in config.ts only', () => {
    const readers = [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))]
      .filter((path) => /process\.env\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(readers).toEqual(['apps/api/src/config.ts']);
  });

  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      cookieSecure: true,
      reviewFourEyes: false,
      demo: undefined,
      metricsToken: undefined,
      logLevel: 'info',
      logFormat: 'json',
    });
    expect(loadConfig({ NODE_ENV: 'development' }).logFormat).toBe('pretty');
  });

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    [' on ', true],
    ['0', false],
    ['false', false],
    ['No', false],
    ['off', false],
  ])('reads every switch the same way: %j is %s', (value, expected) => {
    const config = loadConfig({ COOKIE_SECURE: value, REVIEW_FOUR_EYES: value, DEMO: value });
    expect([config.cookieSecure, config.reviewFourEyes, config.demo]).toEqual([expected, expected, expected]);
  });

  it('keeps evidence on disk by default, in an S3-compatible bucket with BLOB_STORE=s3', () => {
    expect(loadConfig({})).toMatchObject({ blobStore: 'fs', s3: undefined });
    expect(
      loadConfig({
        BLOB_STORE: 'S3',
        S3_ENDPOINT: 'http://minio:9000/',
        S3_BUCKET: 'preuve-evidence',
        S3_ACCESS_KEY_ID: 'preuve',
        S3_SECRET_ACCESS_KEY: 'a-secret',
      }),
    ).toMatchObject({
      blobStore: 's3',
      s3: {
        endpoint: 'http://minio:9000',
        bucket: 'preuve-evidence',
        region: 'us-east-1',
        accessKeyId: 'preuve',
        secretAccessKey: 'a-secret',
        forcePathStyle: true,
      },
    });
    expect(loadConfig({ BLOB_STORE: 's3', S3_BUCKET: 'on-aws', S3_REGION: 'eu-west-3' }).s3).toMatchObject({
      endpoint: undefined,
      region: 'eu-west-3',
      forcePathStyle: false,
    });
  });

  it('says what an S3 configuration lacks', () => {
    expect(() =>
      loadConfig({
        BLOB_STORE: 's3',
        S3_ENDPOINT: 'minio:9000',
        S3_ACCESS_KEY_ID: 'preuve',
        MAX_UPLOAD_BYTES: String(6 * 1024 ** 3),
        S3_FORCE_PATH_STYLE: 'perhaps',
      }),
    ).toThrow(
      new ConfigError([
        'S3_ENDPOINT must be an http(s) URL with no path, e.g. http://minio:9000, not « minio:9000 »',
        'BLOB_STORE=s3 needs S3_BUCKET, the bucket evidence files go to',
        'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
        'with BLOB_STORE=s3, MAX_UPLOAD_BYTES may not exceed 5368709120 (5 GiB)',
        'S3_FORCE_PATH_STYLE must be 1 (on) or 0 (off), not « perhaps »',
      ]),
    );
    expect(() => loadConfig({ BLOB_STORE: 'gcs' })).toThrow('BLOB_STORE must be one of fs, s3, not « gcs »');
  });

  it('lists every bad variable and why, at once', () => {
    let thrown: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        COOKIE_SECURE: 'maybe',
        REVIEW_FOUR_EYES: 'sometimes',
        SECRET_KEY: 'short',
        METRICS_TOKEN: 'abc',
        LOG_LEVEL: 'loud',
        LOG_FORMAT: 'xml',
        NODE_ENV: 'staging',
        BOOTSTRAP_ADMIN_EMAIL: 'admin@example.org',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const problems = (thrown as ConfigError).problems;
    expect(problems).toEqual([
      'DATABASE_URL must be a postgres:// connection string',
      'PORT must be a whole number from 0 to 65535, not « eighty »',
      'COOKIE_SECURE must be 1 (on) or 0 (off), not « maybe »',
      'REVIEW_FOUR_EYES must be 1 (on) or 0 (off), not « sometimes »',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not « loud »',
      'LOG_FORMAT must be one of json, pretty, not « xml »',
      'SECRET_KEY must be at least 32 characters long (e.g. `openssl rand -base64 48`)',
      'set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither',
      'METRICS_TOKEN must be at least 16 characters long (e.g. `openssl rand -hex 24`)',
      'NODE_ENV must be production, development or test, not « staging »',
    ]);
    expect((thrown as Error).message).toContain('Invalid configuration:\n- DATABASE_URL');
  });
});
