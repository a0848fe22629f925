/** Jest 30 in ESM mode (Nest 12 is ESM-only): run through `node --experimental-vm-modules`. */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

const moduleNameMapper = {
  '^@preuve/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@preuve/referentials$': '<rootDir>/libs/referentials/src/index.ts',
  '^@preuve/persistence$': '<rootDir>/libs/persistence/src/index.ts',
  '^@preuve/storage$': '<rootDir>/libs/storage/src/index.ts',
  '^@preuve/migrations$': '<rootDir>/migrations/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

export const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper,
  testEnvironment: 'node',
};

export default {
  // A guard against hangs, not a speed target: on a busy 2-core machine a file's setup (its own
  // database, the app, for browser tests Chromium) can take longer than jest's 5 s default. A
  // global option: jest does not read it from a project's configuration.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
