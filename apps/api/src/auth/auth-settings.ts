/** The part of the configuration the auth module reads (a provider, so tests can set it). */
export class AuthSettings {
  constructor(
    readonly refreshTokenTtlSeconds: number,
    readonly loginRateLimitPerMinute: number,
    readonly cookieSecure: boolean,
  ) {}
}
