import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { CpuMeter } from './cpu.js';

/**
 * The floor of the request path: a bare `node:http` server in its own process, answering every
 * request with the same small JSON body `/health` sends. What the app's `/health` reaches of it is
 * what Nest, the middleware and the interceptors cost; measured in the same run as the app.
 */
const SOURCE = `
const http = require('node:http');
const body = JSON.stringify({ status: 'ok', database: 'up' });
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
`;

export interface BareServer {
  url: string;
  cpu: CpuMeter;
  stop(): Promise<void>;
}

export async function startBareServer(clusterDir: string): Promise<BareServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  const port = /^listening (\d+)$/.exec(line)?.[1];
  if (!port) throw new Error(`the bare server said: ${line}`);
  return {
    url: `http://127.0.0.1:${port}`,
    // Postgres is idle for it; the meter's Postgres column shows that it is.
    cpu: new CpuMeter(child.pid!, clusterDir),
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
