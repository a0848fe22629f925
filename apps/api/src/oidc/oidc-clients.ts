import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import type { OidcProviderEntity } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { open } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Seconds a provider has to answer discovery, token and key requests. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** https, or http on a loopback address (development and tests). Returns why not, or null. */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'issuer must be an absolute URL';
  }
  if (url.search || url.hash) return 'issuer must not carry a query or a fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'issuer must be an https URL (http only on a loopback address)';
}

/**
 * The openid-client configuration of each provider: its discovery document and keys, read at the
 * first sign-in and kept (openid-client refreshes the keys itself when an unknown `kid` shows up).
 * A failed discovery is not kept, so the next sign-in tries again.
 */
@Injectable()
export class OidcClients {
  private readonly configurations = new Map<string, Promise<client.Configuration>>();

  constructor(private readonly secrets: Secrets) {}

  async configuration(provider: OidcProviderEntity): Promise<client.Configuration> {
    // Everything the configuration is made of, so a provider edited on another instance is discovered anew here.
    const key = `${provider.id} ${provider.issuer} ${provider.clientId} ${provider.clientSecretSealed}`;
    let configuration = this.configurations.get(key);
    if (!configuration) {
      configuration = this.discover(provider);
      this.configurations.set(key, configuration);
      configuration.catch(() => this.configurations.delete(key));
    }
    return configuration;
  }

  private async discover(provider: OidcProviderEntity): Promise<client.Configuration> {
    const insecure = new URL(provider.issuer).protocol === 'http:';
    try {
      const configuration = await client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        client.ClientSecretBasic(open(this.secrets.oidcSecretKey, provider.clientSecretSealed)),
        { execute: insecure ? [client.allowInsecureRequests] : [], timeout: PROVIDER_TIMEOUT_SECONDS },
      );
      configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
      // Also check the id token's signature against the provider's published keys: openid-client
      // would otherwise rely on TLS alone for tokens from the token endpoint.
      client.enableNonRepudiationChecks(configuration);
      return configuration;
    } catch (error) {
      throw new AppError(
        ErrorCode.OidcProviderUnavailable,
        `${provider.name} cannot be reached or its discovery document is not valid; try again later.`,
        { issuer: provider.issuer, reason: error instanceof Error ? error.message : String(error) },
      );
    }
  }
}
