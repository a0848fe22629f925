import type { EntityManager } from 'typeorm';

/** Sign-in attempts per client address and window, shared by every app instance. */
export class LoginRateRepository {
  /**
   * Counts one attempt of `client` in one statement (so two instances counting at once both
   * count): a window older than `windowMs` starts again at one. Returns the attempts of the
   * current window and when it started, by the database's clock.
   */
  async hit(
    manager: EntityManager,
    client: string,
    windowMs: number,
  ): Promise<{ attempts: number; windowStart: Date }> {
    const rows: { attempts: number; window_start: Date }[] = await manager.query(
      `INSERT INTO login_rate_window AS w (client, window_start, attempts) VALUES ($1, now(), 1)
       ON CONFLICT (client) DO UPDATE SET
         window_start = CASE WHEN w.window_start <= now() - $2::float8 * interval '1 millisecond' THEN now() ELSE w.window_start END,
         attempts = CASE WHEN w.window_start <= now() - $2::float8 * interval '1 millisecond' THEN 1 ELSE w.attempts + 1 END
       RETURNING attempts, window_start`,
      [client, windowMs],
    );
    return { attempts: rows[0].attempts, windowStart: rows[0].window_start };
  }

  /** Forgets windows that ended (they count for nothing); returns how many were removed. */
  async sweep(manager: EntityManager, windowMs: number): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(
      `DELETE FROM login_rate_window WHERE window_start <= now() - $1::float8 * interval '1 millisecond'`,
      [windowMs],
    );
    return removed;
  }
}
