// Extends the Nest CLI's rspack defaults (ESM output, swc with decorator metadata, node externals,
// tsconfig paths, fork-ts-checker) with the three programs this repo ships: the server, the
// command line (migrations, OpenAPI export) and the benchmark.
import { resolve } from 'node:path';

export default function rspackConfig(defaults) {
  return {
    ...defaults,
    entry: {
      main: './apps/api/src/main.ts',
      cli: './apps/api/src/cli.ts',
      bench: './bench/bench.ts',
    },
    output: { ...defaults.output, path: resolve('dist'), filename: '[name].js' },
    devtool: 'source-map',
  };
}
