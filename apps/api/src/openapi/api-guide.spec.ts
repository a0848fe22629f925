import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const GUIDE = join(ROOT, 'docs', 'api.md');

interface Call {
  method: string;
  path: string;
  command: string;
}

/** Every `curl` of the guide aimed at the server: its method (explicit, or implied by a body) and path. */
function guideCalls(): Call[] {
  const text = readFileSync(GUIDE, 'utf8').replace(/\\\n\s*/g, ' ');
  const calls: Call[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(/curl [^#]*/g)) {
      const command = match[0];
      const target = /"\$PREUVE(\/api\/v1[^"?]*)/.exec(command);
      if (!target) continue;
      const explicit = /-X (\w+)/.exec(command);
      const method = explicit ? explicit[1] : / -d | -F |--data/.test(command) ? 'POST' : 'GET';
      calls.push({ method, path: target[1], command });
    }
  }
  return calls;
}

function specRoutes(): { method: string; pattern: RegExp }[] {
  const spec = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      })),
  );
}

describe('docs/api.md, the integrator guide', () => {
  it('calls only routes of the committed OpenAPI document, with their methods', () => {
    const routes = specRoutes();
    const calls = guideCalls();
    expect(calls.length).toBeGreaterThan(30);
    const unknown = calls.filter(
      (call) => !routes.some((route) => route.method === call.method && route.pattern.test(call.path)),
    );
    expect(unknown.map((call) => `${call.method} ${call.path}`)).toEqual([]);
  });

  it('links only to files of the repository that exist', () => {
    const text = readFileSync(GUIDE, 'utf8');
    const targets = [...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(targets.filter((target) => /^[a-z]+:/i.test(target))).toEqual([]);
    const missing = targets
      .map((target) => target.split('#')[0])
      .filter((target) => target !== '' && !existsSync(join(dirname(GUIDE), target)));
    expect(missing).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/api.md)');
  });
});
