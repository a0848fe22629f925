// Extends the Nest CLI's rspack defaults (ESM output, swc with decorator metadata, node externals,
// tsconfig paths, fork-ts-checker) with the three programs this repo ships: the server, the
// command line (migrations, OpenAPI export) and the benchmark.
import { resolve } from 'node:path';

/**
 * The swc loader's options: class fields as TypeScript's `useDefineForClassFields: false` has them
 * (as in tsconfig.json, so that tests and builds agree): a field without an initializer emits
 * nothing. The default defined every declared field of every entity and DTO instance through
 * Object.defineProperty, a measurable share of a list request.
 */
function withClassFieldsAsAssignments(rules) {
  return rules.map((rule) => ({
    ...rule,
    use: rule.use.map((use) =>
      use.loader === 'builtin:swc-loader'
        ? {
            ...use,
            options: {
              ...use.options,
              jsc: { ...use.options.jsc, transform: { ...use.options.jsc.transform, useDefineForClassFields: false } },
            },
          }
        : use,
    ),
  }));
}

export default function rspackConfig(defaults) {
  return {
    ...defaults,
    module: { ...defaults.module, rules: withClassFieldsAsAssignments(defaults.module.rules) },
    entry: {
      main: './apps/api/src/main.ts',
      cli: './apps/api/src/cli.ts',
      bench: './bench/bench.ts',
    },
    output: { ...defaults.output, path: resolve('dist'), filename: '[name].js' },
    devtool: 'source-map',
  };
}
