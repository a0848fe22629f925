import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The current one-minute window of sign-in attempts of one client address. Kept in the database,
 * not in a process, so every app instance behind a load balancer counts the same attempts.
 */
@Entity({ name: 'login_rate_window' })
@Index('IX_login_rate_window_start', ['windowStart'])
export class LoginRateWindowEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_login_rate_window' })
  client: string;

  @Column({ name: 'window_start', type: 'timestamptz', precision: 3 })
  windowStart: Date;

  @Column({ type: 'integer' })
  attempts: number;
}
