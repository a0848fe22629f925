import {
  EventSubscriber,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { chainPendingAuditEvents } from './chain-writer.js';

/*
 * The chain pass after a writer's commit: AuditEventRepository notes on the transaction's query
 * runner that it wrote a pending audit event; once that transaction has committed (the outermost
 * one, not a savepoint), this subscriber runs a chain pass on the same connection before the
 * transaction's caller goes on. So an event is in audit_event, linked, by the time the request
 * that wrote it answers. A failed pass is logged and leaves the events pending: the next pass
 * (any instance's next audited write, the verification, a start) links them.
 */

const PENDING = 'preuveAuditEventsPending';

/** Notes that the runner's transaction wrote a pending audit event. */
export function notePendingAuditEvent(runner: QueryRunner): void {
  (runner.data as Record<string, unknown>)[PENDING] = true;
}

function takePending(runner: QueryRunner): boolean {
  const data = runner.data as Record<string, unknown>;
  const pending = data[PENDING] === true;
  data[PENDING] = false;
  return pending;
}

/**
 * Registered with the data source (dataSourceOptions): TypeORM creates one per data source and
 * calls it after every transaction. Writers that commit while a pass of this instance still waits
 * for the chain lock join that pass (it reads the pending events after their commits) instead of
 * queueing passes of their own that would find nothing left.
 */
@EventSubscriber()
export class AuditChainSubscriber implements EntitySubscriberInterface {
  /** The pass of this instance that has not read the pending events yet, if any. */
  private waiting: Promise<void> | null = null;

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (queryRunner.isTransactionActive || !takePending(queryRunner)) return;
    if (this.waiting !== null) return this.waiting;
    let pass: Promise<void> | null = null;
    pass = chainPendingAuditEvents(queryRunner, {
      durable: false,
      onRead: () => {
        if (this.waiting === pass) this.waiting = null;
      },
    }).then(
      () => undefined,
      (error: unknown) => {
        if (this.waiting === pass) this.waiting = null;
        console.warn(
          `audit chain: a pass after a commit failed; its events stay pending until the next one: ${String(error)}`,
        );
      },
    );
    this.waiting = pass;
    return pass;
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) takePending(queryRunner);
  }
}
