/**
 * The fault tests (`npm run test:faults`, run by CI after `npm test`): the app as its own process,
 * killed mid-upload; its Postgres stopped and restarted under load; webhook receivers that hang,
 * reset and fail. One file at a time: each starts servers and injects faults into them, and they
 * are judged on what survives, not on how fast.
 */
import { common } from './jest.config.js';

export default {
  ...common,
  displayName: 'faults',
  rootDir: '.',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  // A guard against hangs only; every hook and test that starts or kills a server sets its own.
  testTimeout: 120_000,
};
