/** `@preuve/storage/testing`: the doubles the tests and the benchmark run the stores against. */
export * from './s3-test-server.js';
