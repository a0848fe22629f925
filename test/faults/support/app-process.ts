import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../../support/test-app.js';

const ROOT = process.cwd();
const MAIN = join(ROOT, 'dist', 'main.js');
/** What the server bundle is built from: a bundle older than any of these is stale. */
const SOURCES = ['apps/api/src', 'libs', 'migrations', 'package-lock.json'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * The fault tests run the production bundle, `dist/main.js`, as its own process. CI builds it
 * before; here it is built again only when missing or older than its sources, so that a test never
 * judges yesterday's code.
 */
export function ensureServerBuilt(): void {
  const sourcesChanged = Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))));
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sourcesChanged) return;
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`nest build api failed:\n${built.stdout}\n${built.stderr}`);
}

/** The environment every spawned server gets on top of the test's own. */
export function serverEnvironment(dataDir: string, databaseUrl: string): Record<string, string> {
  return {
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SECRET_KEY: randomBytes(32).toString('base64url'),
    COOKIE_SECURE: 'false',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
  };
}

/** `dist/main.js` running in a child process: its address, its log, and ways to end it. */
export class AppProcess extends EventEmitter {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  url = '';

  private constructor(readonly child: ChildProcess) {
    super();
    this.exited = once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        this.emit('line', line);
      });
    }
  }

  /** Starts the server and resolves once it says where it listens (the hook's timeout bounds the wait). */
  static async start(env: Record<string, string>): Promise<AppProcess> {
    const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(child);
    const running = new Promise<string>((resolveUrl, reject) => {
      app.on('line', (line: string) => {
        const match = /Preuve is running at (http:\/\/[^/\s]+)\//.exec(line);
        if (match) resolveUrl(match[1].replace('//localhost:', '//127.0.0.1:'));
      });
      void app.exited.then((exit) =>
        reject(new Error(`the server exited before listening (${JSON.stringify(exit)}):\n${app.lines.join('\n')}`)),
      );
    });
    app.url = await running;
    return app;
  }

  get pid(): number {
    return this.child.pid!;
  }

  http(): ReturnType<typeof request> {
    return request(this.url);
  }

  /** SIGKILL: no shutdown code runs, as when the machine or the OOM killer ends it. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and the orderly shutdown. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }

  /** Waits for a log line matching `pattern` (already logged or to come). */
  async waitFor(pattern: RegExp): Promise<string> {
    const seen = this.lines.find((line) => pattern.test(line));
    if (seen) return seen;
    return new Promise((resolveLine) => {
      const listener = (line: string): void => {
        if (!pattern.test(line)) return;
        this.off('line', listener);
        resolveLine(line);
      };
      this.on('line', listener);
    });
  }
}

/** One line per suite with the figures the fault tests exist for (also in CI's log). */
export function reportFigures(suite: string, figures: Record<string, number>): void {
  const text = Object.entries(figures)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  process.stdout.write(`\nFAULTS ${suite}: ${text}\n`);
}
