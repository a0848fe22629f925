import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folders of apps/api/src and the arrows between them: which folder may import which.
 * docs/architecture.md ("Modules") draws this map; this spec holds the code and the drawing to it.
 *
 * - Every folder of apps/api/src is listed (a new folder fails until it is placed).
 * - `common` and `config` (the file `config.ts`) are the foundation: any folder may import them,
 *   and they import no other folder.
 * - The files at the root of apps/api/src are the composition (`app`: server, AppModule,
 *   CoreModule, configure-app, main); `cli.ts` belongs to `cli`.
 * - `'*'`: any folder (only the composition has it); the import graph must still have no circle.
 * - Spec files are not read: a spec may reach into the folder it tests from anywhere.
 */
const FOUNDATION = ['common', 'config'] as const;

const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  // Platform
  database: [],
  security: [],
  events: [],
  logging: [],
  audit: [],
  // Identity and organisations
  auth: ['audit', 'database', 'security'],
  organizations: ['audit', 'auth', 'security'],
  oidc: ['audit', 'auth', 'organizations', 'security'],
  // Référentiels
  referentials: ['database'],
  'referential-versions': ['audit', 'referentials'],
  // The procedure
  products: ['audit'],
  hosting: ['audit', 'referentials'],
  declarations: ['audit', 'referentials', 'security'],
  segur: ['audit', 'database', 'declarations', 'referentials'],
  dossiers: ['audit', 'events', 'hosting', 'referentials', 'segur'],
  preparation: ['audit', 'dossiers', 'referentials'],
  evidence: ['audit', 'dossiers', 'events', 'referentials', 'security'],
  review: ['audit', 'dossiers', 'events', 'referentials', 'segur'],
  interop: ['declarations', 'dossiers', 'evidence', 'referentials'],
  notifications: ['events', 'segur'],
  webhooks: ['audit', 'events', 'organizations', 'security'],
  // Operations
  health: ['evidence'],
  metrics: ['logging'],
  identifiers: [],
  openapi: [],
  web: [],
  // Composition
  app: ['*'],
  demo: [
    'audit',
    'declarations',
    'dossiers',
    'evidence',
    'hosting',
    'organizations',
    'preparation',
    'products',
    'referentials',
    'segur',
  ],
  cli: [
    'app',
    'audit',
    'database',
    'demo',
    'evidence',
    'interop',
    'openapi',
    'referential-versions',
    'referentials',
    'security',
  ],
};

/**
 * The workspace's packages outside apps: which public entries (`@preuve/…`, tsconfig.json `paths`)
 * each may import. A package reaches its own files by relative path and no file outside its folder:
 * a library never imports an app, the migrations, the tests or the benchmark. Spec files count too
 * (a library's tests use fixtures of its own).
 */
const PACKAGE_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  'libs/domain': [],
  'libs/storage': [],
  'libs/referentials': ['@preuve/domain'],
  'libs/persistence': ['@preuve/domain'],
  // The app hands the list to the data source (createDataSource's `migrations`).
  migrations: ['@preuve/referentials'],
};

const SOURCE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = join(ROOT, 'docs/architecture.md');

/** Static imports and re-exports (`import … from`, `export … from`, `import '…'`) and `import('…')`. */
const IMPORT =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

interface FileImport {
  from: string;
  to: string;
}

/** The TypeScript files below `dir` but specs; `everything`: the specs and the JavaScript files too. */
function sourceFiles(dir: string, everything = false): string[] {
  const source = everything ? /\.(tsx?|m?js)$/ : /\.tsx?$/;
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, everything);
    const spec = /\.spec\.tsx?$/.test(entry.name);
    return source.test(entry.name) && (everything || !spec) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module specifiers a file imports (see IMPORT). */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** The folder a path of apps/api/src belongs to (see the map's comment for the root files). */
function folderOf(path: string): string {
  const parts = relative(SOURCE, path).split(sep);
  if (parts.length > 1) return parts[0];
  if (/^config\.[jt]s$/.test(parts[0])) return 'config';
  if (/^cli\.[jt]s$/.test(parts[0])) return 'cli';
  return 'app';
}

/** Every relative import between two folders of apps/api/src, keyed `from -> to`. */
function folderImports(files = sourceFiles(SOURCE)): Map<string, FileImport[]> {
  const edges = new Map<string, FileImport[]>();
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (relative(SOURCE, target).startsWith('..')) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      const list = edges.get(key) ?? [];
      list.push({ from: relative(SOURCE, file), to: relative(SOURCE, target) });
      edges.set(key, list);
    }
  }
  return edges;
}

/** The strongly connected components with more than one node (Tarjan): each is an import circle. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function graphOf(edges: Iterable<string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = edge.split(' -> ');
    graph.set(from, [...(graph.get(from) ?? []), to]);
    if (!graph.has(to)) graph.set(to, []);
  }
  return graph;
}

function allowed(from: string, to: string): boolean {
  if ((FOUNDATION as readonly string[]).includes(to)) return true;
  const targets = ALLOWED_IMPORTS[from] ?? [];
  return targets.includes('*') || targets.includes(to);
}

/** The map as the Mermaid diagram of docs/architecture.md (the foundation's arrows left out). */
function mermaidOf(map: Readonly<Record<string, readonly string[]>>): string {
  const node = (folder: string): string =>
    folder === '*'
      ? 'any["every folder"]'
      : folder.includes('-')
        ? `${folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}["${folder}"]`
        : folder;
  const lines = Object.entries(map).map(([folder, targets]) =>
    targets.length === 0 ? `  ${node(folder)}` : `  ${node(folder)} --> ${targets.map(node).join(' & ')}`,
  );
  return ['flowchart TD', ...lines].join('\n');
}

describe('the folders of apps/api/src', () => {
  const edges = folderImports();

  it('are each placed on the map, and the map names no folder that is gone', () => {
    const folders = new Set(sourceFiles(SOURCE).map(folderOf));
    const placed = new Set([...Object.keys(ALLOWED_IMPORTS), ...FOUNDATION]);
    expect([...folders].filter((folder) => !placed.has(folder)).sort()).toEqual([]);
    expect([...placed].filter((folder) => !folders.has(folder)).sort()).toEqual([]);
  });

  it('import one another in no circle, directly or through other folders', () => {
    const found = circles(graphOf(edges.keys())).map((component) =>
      [...edges]
        .filter(([key]) => {
          const [from, to] = key.split(' -> ');
          return component.includes(from) && component.includes(to);
        })
        .map(([key, imports]) => `${key}: ${imports.map(({ from, to }) => `${from} imports ${to}`).join(', ')}`),
    );
    expect(found).toEqual([]);
  });

  it('import only the folders the map allows', () => {
    const refused = [...edges]
      .filter(([key]) => {
        const [from, to] = key.split(' -> ');
        return !allowed(from, to);
      })
      .flatMap(([, imports]) => imports.map(({ from, to }) => `${from} imports ${to}`));
    expect(refused).toEqual([]);
  });

  it('have a map without circles, with the foundation importing no other folder', () => {
    const mapEdges = Object.entries(ALLOWED_IMPORTS).flatMap(([from, targets]) =>
      targets.filter((target) => target !== '*').map((target) => `${from} -> ${target}`),
    );
    expect(circles(graphOf(mapEdges))).toEqual([]);
    const unknown = Object.values(ALLOWED_IMPORTS)
      .flat()
      .filter((target) => target !== '*' && !(target in ALLOWED_IMPORTS));
    expect(unknown).toEqual([]);
    expect([...edges.keys()].filter((key) => (FOUNDATION as readonly string[]).includes(key.split(' -> ')[0]))).toEqual(
      [],
    );
  });

  it('are drawn in docs/architecture.md as the map says', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const drawn = /## Modules[\s\S]*?```mermaid\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(drawn).toBe(mermaidOf(ALLOWED_IMPORTS));
  });
});

/** Every import of a package that its line of PACKAGE_IMPORTS does not allow, as `file imports what`. */
function refusedPackageImports(pkg: string): string[] {
  const folder = join(ROOT, pkg);
  return sourceFiles(folder, true).flatMap((file) =>
    importsOf(file)
      .filter((specifier) =>
        specifier.startsWith('.')
          ? relative(folder, resolve(dirname(file), specifier)).startsWith('..')
          : specifier.startsWith('@preuve/') && !PACKAGE_IMPORTS[pkg].includes(specifier),
      )
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

describe('the packages outside apps', () => {
  it('are each listed, every library included', () => {
    const libraries = readdirSync(join(ROOT, 'libs')).map((name) => `libs/${name}`);
    expect(libraries.filter((pkg) => !(pkg in PACKAGE_IMPORTS))).toEqual([]);
  });

  it.each(Object.keys(PACKAGE_IMPORTS))('%s imports its own files and the public entries it is allowed', (pkg) => {
    expect(refusedPackageImports(pkg)).toEqual([]);
  });
});

describe('the import reader', () => {
  it('finds a circle through three folders and names none where arrows go one way', () => {
    const graph = graphOf(['a -> b', 'b -> c', 'c -> a', 'c -> d', 'd -> e']);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
    expect(circles(graphOf(['a -> b', 'b -> c', 'a -> c']))).toEqual([]);
  });

  it('reads static, re-exported, side-effect and dynamic imports', () => {
    const text = [
      "import { A } from './a.js';",
      "import type {\n  B,\n} from '../b/b.js';",
      "export * from './c.js';",
      "import './d.js';",
      "const e = await import('./e.js');",
      "import { F } from '@preuve/domain';",
    ].join('\n');
    const found = [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
    expect(found).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './e.js', '@preuve/domain']);
  });
});
