import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The keys the app derives from its master secret (a class: Nest injects it by type). */
export class Secrets {
  constructor(
    /** HMAC key of the access tokens. */
    readonly accessTokenKey: Uint8Array,
    /** AES-256-GCM key of the TOTP secrets at rest. */
    readonly totpKey: Buffer,
    /** Where the master secret came from, for the start log. */
    readonly source: 'environment' | 'data-dir',
    /** AES-256-GCM key of the webhook signing secrets at rest; absent where no secret is ever read. */
    private readonly webhookKey?: Buffer,
    /** HMAC key of the signed links to files; absent where no link is ever issued or checked. */
    private readonly linkKey?: Buffer,
    /** AES-256-GCM key of the OpenID Connect client secrets and id tokens at rest. */
    private readonly oidcKey?: Buffer,
  ) {}

  /** AES-256-GCM key of the OpenID Connect client secrets and id tokens at rest. */
  get oidcSecretKey(): Buffer {
    if (!this.oidcKey) throw new Error('No OpenID Connect key was derived (loadSecrets derives it)');
    return this.oidcKey;
  }

  /** AES-256-GCM key of the webhook signing secrets at rest. */
  get webhookSecretKey(): Buffer {
    if (!this.webhookKey) throw new Error('No webhook secret key was derived (loadSecrets derives it)');
    return this.webhookKey;
  }

  /** HMAC key of the short-lived signed links to files (`?access=`). */
  get signedLinkKey(): Buffer {
    if (!this.linkKey) throw new Error('No signed-link key was derived (loadSecrets derives it)');
    return this.linkKey;
  }
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `preuve ${purpose}`, 32));
}

/**
 * One master secret, from SECRET_KEY (at least 32 characters), or generated once into
 * `<DATA_DIR>/secret-key` (mode 0600). Purpose keys are derived from it with HKDF, so a leaked
 * access-token key says nothing about the TOTP, webhook or signed-link keys.
 */
export function loadSecrets(secretKey: string | undefined, dataDir: string): Secrets {
  let master: Buffer;
  let source: Secrets['source'];
  if (secretKey) {
    master = Buffer.from(secretKey, 'utf8');
    source = 'environment';
  } else {
    const file = join(dataDir, 'secret-key');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    }
    master = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
    source = 'data-dir';
  }
  return new Secrets(
    derive(master, 'access tokens'),
    derive(master, 'totp secrets'),
    source,
    derive(master, 'webhook secrets'),
    derive(master, 'signed links'),
    derive(master, 'oidc secrets'),
  );
}
