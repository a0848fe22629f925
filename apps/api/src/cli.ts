import 'reflect-metadata';
import { buildProgram } from './cli/program.js';

// `npx preuve <command>` (bin/preuve.mjs) and `node dist/cli.js <command>`: see cli/program.ts.
buildProgram((program) =>
  program.exitOverride((error) => {
    // Help and version exit 0; a usage error exits 2, as before commander.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }),
)
  .parseAsync(process.argv)
  .then(
    () => process.exit(),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
