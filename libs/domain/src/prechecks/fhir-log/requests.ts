/**
 * One HTTP request of the log: is it a FHIR call, to which resource, of which type (unitary,
 * DELTA, FULL), with which identifiers, and how far back a DELTA goes.
 */
import { addIdentifier, scanBody } from './identifiers.js';
import { isObject } from './json.js';
import { FHIR_LOG_LIMITS, FHIR_RESOURCES, type FhirResource, type RawRequest, type State } from './model.js';
import { parisDay, parseFhirDate } from './timestamps.js';

interface FhirTarget {
  resource: FhirResource;
  /** Resource id from the path (`/Practitioner/123`). */
  id?: string;
}

function isResource(segment: string): segment is FhirResource {
  return (FHIR_RESOURCES as readonly string[]).includes(segment);
}

function fhirTarget(path: string): FhirTarget | undefined {
  const segments = path.split('/');
  const fhir = segments.findIndex((s) => s.toLowerCase() === 'fhir');
  if (fhir < 0) return undefined;
  for (let i = fhir + 1; i < Math.min(segments.length, fhir + 4); i++) {
    const segment = segments[i];
    if (isResource(segment)) {
      const next = segments[i + 1];
      return next === undefined || next === '' || next.startsWith('_')
        ? { resource: segment }
        : { resource: segment, id: next };
    }
  }
  return undefined;
}

function splitUrl(url: string): { path: string; query: string } {
  const noFragment = url.split('#', 1)[0];
  const q = noFragment.indexOf('?');
  const beforeQuery = q < 0 ? noFragment : noFragment.slice(0, q);
  const path = beforeQuery.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return { path, query: q < 0 ? '' : noFragment.slice(q + 1) };
}

function decode(text: string): string {
  const plus = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/%7C/gi, '|').replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  }
}

type Param = [name: string, value: string];

function parseQuery(query: string): Param[] {
  const params: Param[] = [];
  for (const pair of query.split('&', 1000)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    params.push(eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))]);
  }
  return params;
}

function bodyParams(body: unknown): Param[] {
  if (typeof body === 'string') {
    const trimmed = body.trim();
    return /^[^=&\s{[]+=/.test(trimmed) ? parseQuery(trimmed) : [];
  }
  if (!isObject(body)) return [];
  const params: Param[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string' || typeof value === 'number') params.push([name, String(value)]);
    else if (Array.isArray(value)) params.push([name, value.filter((v) => typeof v === 'string').join(',')]);
  }
  return params;
}

function isIdentifierParam(name: string): boolean {
  const base = name.split(':', 1)[0];
  return base === 'identifier' || base.endsWith('.identifier');
}

export function processRequest(state: State, request: RawRequest): void {
  if (state.requests >= FHIR_LOG_LIMITS.maxRequests) {
    state.requestsCapped = true;
    return;
  }
  state.requests++;
  const method = request.method?.toUpperCase();
  const { path, query } = splitUrl(request.url);
  const params = parseQuery(query);
  if (method === 'POST') params.push(...bodyParams(request.body));
  const target = fhirTarget(path);
  const isFhirPath = /\/fhir(?:\/|$)/i.test(path);
  if (isFhirPath) scanBody(state, request.response);
  if (target === undefined) {
    if (isFhirPath && params.some(([name]) => name === '_getpages')) state.pagination++;
    return;
  }
  if (method !== undefined && method !== 'GET' && method !== 'POST') {
    state.otherMethods.set(method, (state.otherMethods.get(method) ?? 0) + 1);
    return;
  }
  state.fhirRequests++;
  state.resources[target.resource]++;
  if (request.time === null) state.untimestamped++;

  let unitary = target.id !== undefined;
  for (const [name, value] of params) {
    if (name === '_id') unitary = true;
    if (!isIdentifierParam(name)) continue;
    unitary = true;
    for (const item of value.split(',')) addIdentifier(state, item.slice(item.lastIndexOf('|') + 1));
  }
  if (unitary) {
    state.callTypes.unitary++;
    return;
  }
  const lastUpdated = params.find(([name, value]) => name === '_lastUpdated' && /^(?:ge|gt)/i.test(value.trim()));
  if (lastUpdated === undefined) {
    state.callTypes.full++;
    return;
  }
  state.callTypes.delta++;
  checkDeltaDepth(state, request.time, lastUpdated[1].trim());
}

function checkDeltaDepth(state: State, time: Date | null, lastUpdated: string): void {
  const since = parseFhirDate(lastUpdated.slice(2));
  if (time === null || since === null) {
    state.deltaUnknown++;
    return;
  }
  const reference = since.dateOnly ? parisDay(time).midnight : time.getTime();
  const days = (reference - since.date.getTime()) / 86_400_000;
  if (days > FHIR_LOG_LIMITS.maxDeltaDays) {
    state.deltaTooOld.push({ time, lastUpdated, days: Math.ceil(days) });
  }
}
