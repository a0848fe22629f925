import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'preuve';
const AUDIENCE = 'preuve-api';

/** Short-lived user access tokens: HS256 JWTs naming the user; everything else is read fresh per request. */
export class AccessTokens {
  constructor(
    private readonly key: Uint8Array,
    readonly ttlSeconds: number,
  ) {}

  issue(userId: string, sessionId?: string): Promise<string> {
    return new SignJWT(sessionId ? { sid: sessionId } : {})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id, or why the token is refused (`expired` or `invalid`). */
  async verify(
    token: string,
  ): Promise<{ userId: string; sessionId: string | null } | { refused: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string') return { refused: 'invalid' };
      return { userId: payload.sub, sessionId: typeof payload.sid === 'string' ? payload.sid : null };
    } catch (error) {
      return { refused: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
