import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

// ---------------------------------------------------------------------------------------------
// A real OpenID Connect provider (the `oidc-provider` package) for the tests, on 127.0.0.1
// ---------------------------------------------------------------------------------------------

export interface TestAccount {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface NextLogin {
  sub: string;
  acr?: string;
  amr?: string[];
}

/** The provider's storage: a plain map, so a test can make a stored code expire. */
const store = new Map<string, { model: string; payload: AdapterPayload }>();

class MapAdapter implements Adapter {
  constructor(private readonly model: string) {}
  private key(id: string): string {
    return `${this.model}:${id}`;
  }
  upsert(id: string, payload: AdapterPayload): Promise<void> {
    store.set(this.key(id), { model: this.model, payload });
    return Promise.resolve();
  }
  find(id: string): Promise<AdapterPayload | undefined> {
    return Promise.resolve(store.get(this.key(id))?.payload);
  }
  findByUserCode(): Promise<AdapterPayload | undefined> {
    return Promise.resolve(undefined);
  }
  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return Promise.resolve([...store.values()].find((entry) => entry.payload.uid === uid)?.payload);
  }
  consume(id: string): Promise<void> {
    const entry = store.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }
  destroy(id: string): Promise<void> {
    store.delete(this.key(id));
    return Promise.resolve();
  }
  revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    return Promise.resolve();
  }
}

export const CLIENT_ID = 'preuve-test';
export const CLIENT_SECRET = 'un-secret-de-client-de-test-assez-long';

export class TestOidcProvider {
  readonly accounts = new Map<string, TestAccount>();
  /** Who the next interaction signs in, and how. */
  nextLogin: NextLogin = { sub: 'nobody' };
  /** When set, the keys published at /jwks are these instead of the provider's own. */
  publishedKeys: { keys: JWK[] } | null = null;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly provider: Provider,
  ) {}

  /** Starts a provider whose client sends the browser back to `<publicUrl>/connexion/oidc`. */
  static async start(publicUrl: string, ports: [number, number] = [41800, 41899]): Promise<TestOidcProvider> {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const signingKey = { ...(await exportJWK(privateKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' };
    const server = createServer();
    const port = await listenInRange(server, ports);
    const issuer = `http://127.0.0.1:${port}`;
    const holder: { instance?: TestOidcProvider } = {};
    const configuration: Configuration = {
      adapter: MapAdapter,
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${publicUrl}/connexion/oidc`],
          post_logout_redirect_uris: [`${publicUrl}/connexion`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [signingKey] },
      cookies: { keys: ['des-cookies-de-test'] },
      claims: {
        acr: null,
        auth_time: null,
        sid: null,
        iss: null,
        // amr bound to the openid scope, so every id token carries it (as iSC and Pro Santé Connect do)
        openid: ['sub', 'amr'],
        email: ['email', 'email_verified'],
        profile: ['name'],
      },
      conformIdTokenClaims: false,
      acrValues: ['eidas1', 'eidas2'],
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      findAccount: (_context, id) => {
        const account = holder.instance?.accounts.get(id);
        if (!account) return undefined;
        return {
          accountId: id,
          claims: () => ({
            sub: id,
            ...(account.email ? { email: account.email, email_verified: account.emailVerified ?? true } : {}),
            ...(account.name ? { name: account.name } : {}),
          }),
        };
      },
      // Consent is given once and for all: the test drives the login only.
      loadExistingGrant: async (context) => {
        const grant = new context.oidc.provider.Grant({
          clientId: context.oidc.client!.clientId,
          accountId: context.oidc.session!.accountId!,
        });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    };
    const provider = new Provider(issuer, configuration);
    const instance = new TestOidcProvider(server, issuer, provider);
    holder.instance = instance;
    const callback = provider.callback();
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void instance.handle(request, response, callback);
    });
    return instance;
  }

  private async handle(
    request: IncomingMessage,
    response: ServerResponse,
    callback: (request: IncomingMessage, response: ServerResponse) => unknown,
  ): Promise<void> {
    try {
      if (request.url?.startsWith('/interaction/')) {
        const { sub, acr, amr } = this.nextLogin;
        await this.provider.interactionFinished(
          request,
          response,
          { login: { accountId: sub, ...(acr ? { acr } : {}), ...(amr ? { amr } : {}) } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (request.url === '/jwks' && this.publishedKeys) {
        response.writeHead(200, { 'Content-Type': 'application/jwk-set+json' });
        response.end(JSON.stringify(this.publishedKeys));
        return;
      }
      await callback(request, response);
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  }

  /** Every authorization code issued so far expires now. */
  expireCodes(): void {
    for (const entry of store.values()) {
      if (entry.model === 'AuthorizationCode') entry.payload.exp = Math.floor(Date.now() / 1000) - 1;
    }
  }

  /**
   * Plays the browser at the provider: follows the authorization URL through the login
   * interaction (as `nextLogin`) to the redirect back, and returns its query parameters.
   */
  async authorize(authorizationUrl: string): Promise<Record<string, string>> {
    const cookies = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const index = pair.indexOf('=');
        cookies.set(pair.slice(0, index), pair.slice(index + 1));
      }
      await response.arrayBuffer();
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status} at ${url}, without a redirect`);
      const next = new URL(location, url);
      if (!next.href.startsWith(this.issuer)) return Object.fromEntries(next.searchParams);
      url = next.href;
    }
    throw new Error('too many redirects at the provider');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
  }
}

async function listenInRange(server: Server, [first, last]: [number, number]): Promise<number> {
  for (let port = first; port <= last; port++) {
    const listening = await new Promise<boolean>((resolve) => {
      const onError = (): void => resolve(false);
      server.once('error', onError);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (listening) return port;
  }
  throw new Error(`no free port from ${first} to ${last}`);
}
