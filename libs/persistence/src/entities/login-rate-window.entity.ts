import { Entity, Index, PrimaryColumn } from 'typeorm';
import { Col } from './columns.js';

/**
 * The current one-minute window of sign-in attempts of one client address. Kept in the database,
 * not in a process, so every app instance behind a load balancer counts the same attempts.
 */
@Entity({ name: 'login_rate_window' })
@Index('IX_login_rate_window_start', ['windowStart'])
export class LoginRateWindowEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_login_rate_window' })
  client: string;

  @Col.Instant('window_start')
  windowStart: Date;

  @Col.Integer()
  attempts: number;
}
