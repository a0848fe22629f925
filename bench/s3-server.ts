import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { S3TestServer } from '@preuve/storage/testing';

/*
 * The bench's S3-compatible server in a process of its own, as a deployment has it (an object store
 * is another service, not a library in the app's event loop): the bench's own entry point started
 * again with the `s3-server` argument. Sharing the app's thread, s3rver's MD5 of every part and its
 * rewrite of the object would be counted as the adapter's cost.
 */

const ARGUMENT = 's3-server';

type S3ServerAddress = Pick<S3TestServer, 'endpoint' | 'bucket' | 'region' | 'accessKeyId' | 'secretAccessKey'>;

export interface S3ServerProcess extends S3ServerAddress {
  stop(): Promise<void>;
}

/** In the child: serve until told to stop. True when this process is that child. */
export async function serveS3IfAsked(): Promise<boolean> {
  if (process.argv[2] !== ARGUMENT) return false;
  const server = await S3TestServer.start();
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  const { endpoint, bucket, region, accessKeyId, secretAccessKey } = server;
  console.log(JSON.stringify({ endpoint, bucket, region, accessKeyId, secretAccessKey }));
  return true;
}

export async function startS3ServerProcess(): Promise<S3ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, process.argv[1], ARGUMENT], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error('the S3 server process exited before it listened');
    }),
  ])) as [string];
  return {
    ...(JSON.parse(line) as S3ServerAddress),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
