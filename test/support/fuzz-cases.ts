import { randomUUID } from 'node:crypto';
import { type loadSpec, type Operation, resolveSchema, type Schema } from './operations.js';

/** One hostile request: what to change from a plausible request to the operation. */
export interface FuzzCase {
  label: string;
  /** Replaces the filled path (already encoded as sent). */
  path?: string;
  /** Appended to the path as the query string (already encoded). */
  query?: string;
  /** The Authorization header; `null` sends none. Unset: the actor's token. */
  authorization?: string | null;
  contentType?: string;
  /** The raw body as sent. */
  body?: string | Buffer;
}

type Spec = ReturnType<typeof loadSpec>;

const HUGE = 'x'.repeat(200_000);
const NUL = 'a\u0000b';
const LONE_SURROGATE = '\\ud800x'; // as written in JSON text: a lone high surrogate

/** A plausible value for a schema: its example, first enum value or a value of its type and format. */
export function sample(spec: Spec, raw: Schema | undefined, depth = 0): unknown {
  const schema = resolveSchema(spec, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return sample(spec, variant, depth + 1);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date(0).toISOString();
      if (schema.format === 'date') return '2026-01-01';
      if (schema.format === 'email') return 'fuzz@example.test';
      if (schema.format === 'uri') return 'https://hooks.example.org/fuzz';
      return 'fuzz'.padEnd(schema.minLength ?? 4, 'z');
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 ? [] : [sample(spec, schema.items, depth + 1)];
    default: {
      if (depth > 4) return {};
      const object: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {}))
        object[name] = sample(spec, property, depth + 1);
      return object;
    }
  }
}

/** A value of another JSON type than the schema's. */
function wrongType(spec: Spec, raw: Schema): unknown[] {
  const schema = resolveSchema(spec, raw);
  switch (schema.type) {
    case 'string':
      return [12345, { nested: 'object' }, ['array'], true];
    case 'integer':
    case 'number':
      return ['not a number', '1e309', -1, 1.5, { n: 1 }];
    case 'boolean':
      return ['maybe', 2, []];
    case 'array':
      return ['not an array', { 0: 'a' }, 7];
    default:
      return ['not an object', 42, [], false];
  }
}

function jsonCases(spec: Spec, operation: Operation): FuzzCase[] {
  const json = 'application/json';
  const schema = resolveSchema(spec, operation.bodySchema);
  const base = sample(spec, schema);
  const properties = Object.entries(schema.properties ?? {});
  const cases: FuzzCase[] = [
    { label: 'malformed JSON', contentType: json, body: '{"a": ' },
    { label: 'JSON with a trailing comma', contentType: json, body: '{"a": 1,}' },
    { label: 'an empty body', contentType: json, body: '' },
    { label: 'null', contentType: json, body: 'null' },
    { label: 'a top-level array', contentType: json, body: '[1,2,3]' },
    { label: 'a top-level string', contentType: json, body: '"text"' },
    { label: 'a top-level number', contentType: json, body: '42' },
    { label: 'an empty object', contentType: json, body: '{}' },
    { label: 'the plausible body', contentType: json, body: JSON.stringify(base) },
    {
      label: 'an unknown field',
      contentType: json,
      body: JSON.stringify({ ...(base as object), unexpectedField: 'x' }),
    },
    {
      label: 'prototype keys',
      contentType: json,
      body: `{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}${properties.length ? `,${JSON.stringify(base).slice(1)}` : '}'}`,
    },
    { label: '10,000 levels of nesting', contentType: json, body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
    {
      label: 'deep nesting in a field',
      contentType: json,
      body: JSON.stringify({ ...(base as object), deep: 0 }).replace(
        '"deep":0',
        `"deep":${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
      ),
    },
    { label: 'a body over the parser limit', contentType: json, body: JSON.stringify({ big: 'y'.repeat(300_000) }) },
    { label: 'JSON sent as text/plain', contentType: 'text/plain', body: JSON.stringify(base) },
    {
      label: 'JSON sent as a form',
      contentType: 'application/x-www-form-urlencoded',
      body: 'a[b][c]=1&a[b][c]=2&__proto__[x]=1',
    },
    { label: 'JSON in latin1', contentType: 'application/json; charset=latin1', body: JSON.stringify(base) },
  ];
  for (const [name, property] of properties) {
    const resolved = resolveSchema(spec, property);
    for (const value of wrongType(spec, property)) {
      cases.push({
        label: `${name} of the wrong type (${JSON.stringify(value)})`,
        contentType: json,
        body: JSON.stringify({ ...(base as object), [name]: value }),
      });
    }
    cases.push({
      label: `${name} null`,
      contentType: json,
      body: JSON.stringify({ ...(base as object), [name]: null }),
    });
    const text = JSON.stringify({ ...(base as object), [name]: '__TEXT__' });
    if (resolved.type === 'string' || resolved.type === undefined) {
      cases.push({
        label: `${name} huge`,
        contentType: json,
        body: text.replace('"__TEXT__"', JSON.stringify(HUGE.slice(0, 90_000))),
      });
      cases.push({
        label: `${name} with a NUL`,
        contentType: json,
        body: text.replace('"__TEXT__"', JSON.stringify(NUL)),
      });
      cases.push({
        label: `${name} with a lone surrogate`,
        contentType: json,
        body: text.replace('"__TEXT__"', `"${LONE_SURROGATE}"`),
      });
      cases.push({ label: `${name} empty`, contentType: json, body: text.replace('"__TEXT__"', '""') });
    }
    if (resolved.type === 'array') {
      cases.push({
        label: `${name} with 10,000 items`,
        contentType: json,
        body: JSON.stringify({ ...(base as object), [name]: Array.from({ length: 10_000 }, () => 'z') }),
      });
    }
  }
  return cases;
}

function multipartCases(): FuzzCase[] {
  const boundary = 'fuzzboundary';
  const type = `multipart/form-data; boundary=${boundary}`;
  const part = (name: string, value: string, file?: string): string =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n\r\n${value}\r\n`;
  const end = `--${boundary}--\r\n`;
  return [
    { label: 'no boundary', contentType: 'multipart/form-data', body: 'x' },
    {
      label: 'a body that never closes',
      contentType: type,
      body: `${part('proof', 'ANN.1')}--${boundary}\r\nContent-Disp`,
    },
    { label: 'no file', contentType: type, body: `${part('proof', 'ANN.1')}${end}` },
    { label: 'an empty file', contentType: type, body: `${part('proof', 'ANN.1')}${part('file', '', 'a.pdf')}${end}` },
    {
      label: 'the file as a text field',
      contentType: type,
      body: `${part('proof', 'ANN.1')}${part('file', 'abc')}${end}`,
    },
    { label: 'an unknown field', contentType: type, body: `${part('hack', '1')}${end}` },
    {
      label: 'a NUL in the proof',
      contentType: type,
      body: `${part('proof', NUL)}${part('file', '%PDF-1.4', 'a.pdf')}${end}`,
    },
    { label: 'a huge proof field', contentType: type, body: `${part('proof', HUGE.slice(0, 20_000))}${end}` },
    {
      label: 'two files',
      contentType: type,
      body: `${part('proof', 'ANN.1')}${part('file', 'a', 'a.pdf')}${part('file', 'b', 'b.pdf')}${end}`,
    },
    { label: 'JSON to a multipart operation', contentType: 'application/json', body: '{"proof":"ANN.1"}' },
  ];
}

const BAD_IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%ED%A0%80',
  '..%2F..%2Fetc%2Fpasswd',
  `${'9'.repeat(2_000)}`,
  "'%3B%20DROP%20TABLE%20dossier%3B--",
  '-1',
  '1e309',
  '%20',
];

function pathCases(operation: Operation, fill: (values: Record<string, string>) => string): FuzzCase[] {
  return operation.pathParams.flatMap((parameter) =>
    BAD_IDS.map((bad) => ({
      label: `path ${parameter.name} = ${bad.slice(0, 30)}`,
      // Placed raw (already encoded): the marker survives fill()'s encoding, then is swapped.
      path: fill({ [parameter.name]: '__BAD__' }).replace('__BAD__', bad),
    })),
  );
}

function queryCases(spec: Spec, operation: Operation): FuzzCase[] {
  return operation.queryParams.flatMap((parameter) => {
    const name = encodeURIComponent(parameter.name);
    const schema = resolveSchema(spec, parameter.schema);
    const values = [
      'not-valid',
      '',
      '%00',
      '%ED%A0%80',
      encodeURIComponent(HUGE.slice(0, 6_000)),
      '-1',
      '1e309',
      '99999999999999999999',
      'NaN',
    ];
    const cases: FuzzCase[] = values.map((value) => ({
      label: `query ${parameter.name} = ${value.slice(0, 20)}`,
      query: `${name}=${value}`,
    }));
    cases.push({ label: `query ${parameter.name} repeated`, query: `${name}=a&${name}=b` });
    cases.push({ label: `query ${parameter.name} as an object`, query: `${name}[a][b]=1` });
    cases.push({ label: `query ${parameter.name} nested 50 deep`, query: `${name}${'[a]'.repeat(50)}=1` });
    if (schema.type === 'string' && schema.format === 'uuid')
      cases.push({ label: `query ${parameter.name} not a uuid`, query: `${name}=abc` });
    return cases;
  });
}

const AUTH_CASES: FuzzCase[] = [
  { label: 'no token', authorization: null },
  { label: 'a garbage token', authorization: 'Bearer garbage' },
  { label: 'a JWT-shaped token', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
  { label: 'an API-token-shaped token', authorization: 'Bearer prv_0000000000000000000000000000' },
  { label: 'another scheme', authorization: 'Basic YWRtaW46YWRtaW4=' },
  { label: 'an empty bearer', authorization: 'Bearer ' },
  { label: 'a huge token', authorization: `Bearer ${'A'.repeat(7_000)}` },
];

/** Every hostile request for one operation (its path filled by `fill`). */
export function fuzzCases(
  spec: Spec,
  operation: Operation,
  fill: (values: Record<string, string>) => string,
): FuzzCase[] {
  const body =
    operation.bodyType === null
      ? [{ label: 'an unexpected JSON body', contentType: 'application/json', body: '{"unexpected":true}' }]
      : operation.bodyType === 'application/json'
        ? jsonCases(spec, operation)
        : operation.bodyType === 'multipart/form-data'
          ? multipartCases()
          : null;
  if (body === null) {
    throw new Error(
      `${operation.operationId} takes ${operation.bodyType}: the fuzz suite has no generator for it. Add one in test/support/fuzz-cases.ts.`,
    );
  }
  return [...AUTH_CASES, ...pathCases(operation, fill), ...queryCases(spec, operation), ...body];
}
