import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of an OpenAPI 3 document the generated tests read. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  example?: unknown;
  default?: unknown;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As in the spec: `/api/v1/dossiers/{id}`. */
  path: string;
  operationId: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The request body's media type, if the operation takes one. */
  bodyType: string | null;
  bodySchema: Schema | null;
  /** Public: no security requirement at all. */
  public: boolean;
}

interface Document {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, Schema> };
  security?: unknown[];
}

export const SPEC_FILE = join(process.cwd(), 'openapi.json');

export function loadSpec(file = SPEC_FILE): Document {
  return JSON.parse(readFileSync(file, 'utf8')) as Document;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the spec, in its order. */
export function operationsOf(spec: Document = loadSpec()): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const operation = raw as {
        operationId?: string;
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
        security?: unknown[];
      };
      const content = operation.requestBody?.content ?? {};
      const bodyType = Object.keys(content)[0] ?? null;
      const security = operation.security ?? spec.security;
      operations.push({
        method: method as Operation['method'],
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        pathParams: (operation.parameters ?? []).filter((parameter) => parameter.in === 'path'),
        queryParams: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query'),
        bodyType,
        bodySchema: bodyType ? (content[bodyType].schema ?? null) : null,
        public: security === undefined || (Array.isArray(security) && security.length === 0),
      });
    }
  }
  return operations;
}

/** A schema with its `$ref` (and a single `allOf`) followed. */
export function resolveSchema(spec: Document, schema: Schema | null | undefined): Schema {
  let current: Schema = schema ?? {};
  for (let hops = 0; hops < 10; hops += 1) {
    if (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = spec.components?.schemas?.[name] ?? {};
    } else if (current.allOf && current.allOf.length === 1) {
      current = current.allOf[0];
    } else break;
  }
  return current;
}

/** The path with each parameter taken from `values`, a fresh UUID otherwise (an unknown id). */
export function fillPath(operation: Operation, values: Record<string, string> = {}): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodeURIComponent(values[name] ?? defaultParameter(name)),
  );
}

function defaultParameter(name: string): string {
  if (name === 'code') return 'ANN.1';
  if (name === 'round') return '1';
  return randomUUID();
}
