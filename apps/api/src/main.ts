import 'reflect-metadata';
import { dirname, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { ownShutdown, runningLine } from './shutdown.js';

/** The production server (dist/main.js): no demo data in this bundle (see `preuve start`). */
async function main(): Promise<void> {
  const config = loadConfig();
  // The bundle runs as dist/main.js; the web app is built beside it into dist/web. (import.meta.url
  // names the source file once bundled, so the running script's path is the reliable one.)
  config.webDir ??= join(dirname(resolve(process.argv[1])), 'web');
  const server = await startServer(config);
  ownShutdown(() => server.close());
  new Logger('Preuve').log(runningLine(server.url));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
