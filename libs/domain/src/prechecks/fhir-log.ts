/**
 * Automated pre-check of a log of calls to the Annuaire Santé FHIR API, attached by a vendor as
 * evidence (see docs: domain.md « Annuaire Santé FHIR API »). The reviewer still reads the log:
 * this only counts what a machine can count and says in French what looks wrong.
 *
 * - A FHIR request is a GET or POST to a URL whose path holds a `fhir` segment followed (within
 *   three segments, e.g. `/fhir/v2/`) by Practitioner, PractitionerRole, Organization,
 *   HealthcareService or Device, optionally `/_search`.
 * - Unitary: an `identifier` (or chained `….identifier`) or `_id` parameter, or a resource id in
 *   the path (`/Practitioner/123`). Otherwise DELTA: `_lastUpdated=ge…` / `gt…`. Otherwise FULL.
 *   A call that both names an identifier and filters on `_lastUpdated` is counted as unitary.
 * - Parameters of a POST `_search` are read from its form-encoded body when the log has it.
 * - Identifiers: `identifier` parameter values (`system|value` or bare, URL-encoded or not,
 *   comma-separated lists) and the `identifier[].value` of response bodies (a regex over
 *   `"value":"…"` when a body or a text line is not parseable JSON). 11 digits are an RPPS,
 *   12 digits starting with 8 an IDNPS; anything else is ignored.
 * - Timestamps without an offset are read as UTC; a DELTA whose `_lastUpdated` is a bare date is
 *   compared with the request's calendar date in Europe/Paris.
 *
 * Pure and total: never throws, whatever the input; work is capped (see FHIR_LOG_LIMITS).
 */
import { validateIdentifier } from '../identifiers/index.js';

export type FhirLogFormat = 'har' | 'json_lines' | 'json' | 'text' | 'unknown';

export const FHIR_RESOURCES = [
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'HealthcareService',
  'Device',
] as const;
export type FhirResource = (typeof FHIR_RESOURCES)[number];

export interface FhirLogIdentifier {
  value: string;
  type: 'rpps' | 'idnps';
  valid: boolean;
  /** Only when invalid: a French sentence saying why. */
  reason?: string;
}

export interface FhirLogFindings {
  format: FhirLogFormat;
  /** HTTP requests found in the log. */
  requests: number;
  /** Requests to Annuaire Santé FHIR resources. */
  fhirRequests: number;
  /** Practitioner, PractitionerRole, Organization, HealthcareService, Device → count (all five keys). */
  resources: Record<string, number>;
  callTypes: { full: number; delta: number; unitary: number };
  /** Distinct, in the order first seen. */
  identifiers: FhirLogIdentifier[];
  /** No identifier found is invalid (true when none was found). */
  allIdentifiersValid: boolean;
  /** Every FHIR request carries a timestamp (false when there is no FHIR request). */
  timestamped: boolean;
  /** DELTA `_lastUpdated=ge<date>` not more than 30 days before the request; null when unknowable. */
  deltaWithinThirtyDays: boolean | null;
  /** French sentences for the reviewer. */
  notes: string[];
}

export const FHIR_LOG_LIMITS = {
  /** Characters analysed; the rest of a longer log is ignored (with a note). */
  maxInputChars: 100_000_000,
  /** Characters of one text line searched for a request and a timestamp. */
  maxLineChars: 100_000,
  /** HTTP requests analysed. */
  maxRequests: 1_000_000,
  /** Distinct identifiers checked. */
  maxIdentifiers: 10_000,
  /** Characters of one response body parsed as JSON (longer bodies are scanned with a regex). */
  maxBodyChars: 5_000_000,
  /** Problems spelled out one by one in the notes before they are summed up. */
  maxListed: 20,
  /** How far back a DELTA may go. */
  maxDeltaDays: 30,
} as const;

export function analyseFhirLog(text: string): FhirLogFindings {
  try {
    const { format, state } = analyse(typeof text === 'string' ? text : '');
    return findings(format, state);
  } catch {
    // Last resort (e.g. out of memory on a pathological input): the contract is not to throw.
    const state = newState();
    state.notes.push("L'analyse automatique du journal a échoué : vérifiez-le manuellement.");
    return findings('unknown', state);
  }
}

// ---------------------------------------------------------------------------------------------
// State

interface RawRequest {
  method: string | undefined;
  url: string;
  time: Date | null;
  /** Request body (form-encoded string, or an object of parameters). */
  body?: unknown;
  /** Response body (text, or already-parsed JSON). */
  response?: unknown;
}

interface TooOldDelta {
  time: Date;
  lastUpdated: string;
  days: number;
}

interface State {
  /** Notes about the input itself, shown first. */
  notes: string[];
  requests: number;
  fhirRequests: number;
  resources: Record<FhirResource, number>;
  callTypes: { full: number; delta: number; unitary: number };
  identifiers: Map<string, FhirLogIdentifier>;
  identifiersCapped: boolean;
  untimestamped: number;
  deltaTooOld: TooOldDelta[];
  deltaUnknown: number;
  pagination: number;
  otherMethods: Map<string, number>;
  requestsCapped: boolean;
  apiKeyExposed: boolean;
}

function newState(): State {
  return {
    notes: [],
    requests: 0,
    fhirRequests: 0,
    resources: { Practitioner: 0, PractitionerRole: 0, Organization: 0, HealthcareService: 0, Device: 0 },
    callTypes: { full: 0, delta: 0, unitary: 0 },
    identifiers: new Map(),
    identifiersCapped: false,
    untimestamped: 0,
    deltaTooOld: [],
    deltaUnknown: 0,
    pagination: 0,
    otherMethods: new Map(),
    requestsCapped: false,
    apiKeyExposed: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Format detection

const UNKNOWN_FORMAT_NOTE =
  "Aucune requête HTTP reconnue : le journal n'est ni un HAR, ni du JSON (tableau ou lignes), " +
  'ni un texte dont les lignes contiennent des URL.';

function analyse(text: string): { format: FhirLogFormat; state: State } {
  const state = newState();
  let input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.length > FHIR_LOG_LIMITS.maxInputChars) {
    const cut = input.lastIndexOf('\n', FHIR_LOG_LIMITS.maxInputChars);
    input = input.slice(0, cut > 0 ? cut : FHIR_LOG_LIMITS.maxInputChars);
    state.notes.push(
      `Journal très volumineux : seuls les ${formatCount(FHIR_LOG_LIMITS.maxInputChars)} premiers caractères ` +
        'ont été analysés.',
    );
  }
  if (input.trim() === '') {
    state.notes.push('Le journal est vide.');
    return { format: 'unknown', state };
  }
  if (looksBinary(input)) {
    state.notes.push(
      'Le fichier contient des caractères de contrôle : il semble binaire (archive, image, texte mal encodé) ' +
        "et n'a pas pu être lu comme un journal.",
    );
    return { format: 'unknown', state };
  }
  scanApiKey(state, input);

  const trimmed = input.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const doc = tryParseJson(trimmed);
    if (doc !== undefined) {
      const entries = harEntries(doc);
      if (entries !== undefined) {
        state.notes.unshift(`Journal HAR : ${plural(entries.length, 'entrée', 'entrées')}.`);
        for (const entry of entries) {
          const request = harRequest(state, entry);
          if (request !== undefined) processRequest(state, request);
        }
        return { format: 'har', state };
      }
      const records = jsonRecords(doc);
      const requests = records.map(recordRequest).filter((r): r is RawRequest => r !== undefined);
      if (requests.length > 0) {
        const singleLine = !Array.isArray(doc) && !/[\r\n]/.test(trimmed);
        const format = singleLine ? 'json_lines' : 'json';
        state.notes.unshift(
          singleLine
            ? 'Journal en lignes JSON : 1 enregistrement.'
            : `Journal JSON : ${plural(records.length, 'enregistrement', 'enregistrements')}.`,
        );
        for (const request of requests) processRequest(state, request);
        return { format, state };
      }
    }
  }

  const lines = input.split(/\r?\n/);
  const jsonLines = analyseJsonLines(lines);
  if (jsonLines !== undefined) {
    state.notes.unshift(`Journal en lignes JSON : ${plural(jsonLines.records, 'enregistrement', 'enregistrements')}.`);
    if (jsonLines.ignored > 0) {
      state.notes.push(
        jsonLines.ignored === 1
          ? "1 ligne n'est pas un objet JSON et a été ignorée."
          : `${formatCount(jsonLines.ignored)} lignes ne sont pas des objets JSON et ont été ignorées.`,
      );
    }
    for (const request of jsonLines.requests) processRequest(state, request);
    return { format: 'json_lines', state };
  }

  const textState = newState();
  textState.notes.push(...state.notes);
  textState.apiKeyExposed = state.apiKeyExposed;
  analyseTextLines(textState, lines);
  if (textState.requests === 0 && !textState.requestsCapped) {
    textState.notes.push(UNKNOWN_FORMAT_NOTE);
    return { format: 'unknown', state: withoutFindings(textState) };
  }
  textState.notes.unshift(
    `Journal texte : ${plural(textState.requests, 'requête HTTP relevée', 'requêtes HTTP relevées')} ` +
      `sur ${plural(countNonEmpty(lines), 'ligne', 'lignes')}.`,
  );
  return { format: 'text', state: textState };
}

/** Keeps the notes about the input only. */
function withoutFindings(state: State): State {
  const fresh = newState();
  fresh.notes.push(...state.notes);
  return fresh;
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    // Tab, line feed, carriage return and escape (ANSI colours of a console log) are text.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > 8 && control > n / 50;
}

function countNonEmpty(lines: string[]): number {
  let n = 0;
  for (const line of lines) if (line.trim() !== '') n++;
  return n;
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

function firstString(record: Json, paths: readonly (readonly string[])[]): string | undefined {
  for (const path of paths) {
    const value = str(at(record, path));
    if (value !== undefined) return value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// HAR

function harEntries(doc: unknown): unknown[] | undefined {
  const entries = at(doc, ['log', 'entries']);
  return Array.isArray(entries) ? entries : undefined;
}

function harRequest(state: State, entry: unknown): RawRequest | undefined {
  if (!isObject(entry)) return undefined;
  const request = entry.request;
  if (!isObject(request)) return undefined;
  const url = str(request.url);
  if (url === undefined) return undefined;
  if (Array.isArray(request.headers)) {
    for (const header of request.headers) {
      if (isObject(header) && isApiKeyName(header.name) && isClearKey(header.value)) state.apiKeyExposed = true;
    }
  }
  const postData = isObject(request.postData) ? request.postData : undefined;
  let body: unknown = str(postData?.text);
  if (body === undefined && Array.isArray(postData?.params)) {
    const params: Json = {};
    for (const p of postData.params) if (isObject(p) && typeof p.name === 'string') params[p.name] = p.value;
    body = params;
  }
  const content = at(entry, ['response', 'content']);
  let response: string | undefined = isObject(content) ? str(content.text) : undefined;
  if (response !== undefined && isObject(content) && content.encoding === 'base64') response = decodeBase64(response);
  return { method: str(request.method), url, time: parseTimestamp(entry.startedDateTime), body, response };
}

function decodeBase64(text: string): string | undefined {
  try {
    // Identifiers are ASCII digits: the Latin-1 reading of UTF-8 bytes keeps them intact.
    return atob(text.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON and JSON lines

const URL_PATHS = [
  ['url'],
  ['request', 'url'],
  ['req', 'url'],
  ['uri'],
  ['request', 'uri'],
  ['http', 'url'],
  ['http', 'request', 'url'],
  ['url', 'full'],
  ['url', 'original'],
] as const;
const METHOD_PATHS = [
  ['method'],
  ['request', 'method'],
  ['req', 'method'],
  ['http', 'method'],
  ['http', 'request', 'method'],
  ['verb'],
] as const;
const TIME_PATHS = [
  ['timestamp'],
  ['@timestamp'],
  ['time'],
  ['date'],
  ['datetime'],
  ['ts'],
  ['startedDateTime'],
  ['request', 'timestamp'],
  ['request', 'time'],
] as const;
const REQUEST_BODY_PATHS = [
  ['request', 'body'],
  ['req', 'body'],
  ['requestBody'],
  ['request', 'postData', 'text'],
  ['http', 'request', 'body', 'content'],
] as const;
const RESPONSE_BODY_PATHS = [
  ['response', 'body'],
  ['res', 'body'],
  ['responseBody'],
  ['response', 'content', 'text'],
  ['http', 'response', 'body', 'content'],
] as const;
const MESSAGE_PATHS = [['message'], ['msg']] as const;

/** The request records of a JSON document: an array of objects, or an object holding one. */
function jsonRecords(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.filter(isObject);
  if (!isObject(doc)) return [];
  if (recordRequest(doc) !== undefined) return [doc];
  for (const value of Object.values(doc)) {
    if (Array.isArray(value)) {
      const records = value.filter(isObject);
      if (records.some((r) => recordRequest(r) !== undefined)) return records;
    }
  }
  return [];
}

function recordRequest(record: Json): RawRequest | undefined {
  const time = recordTime(record);
  const url = firstString(record, URL_PATHS);
  if (url === undefined) {
    // A logger that only writes a message: « GET https://…/fhir/v2/Practitioner?… ».
    const message = firstString(record, MESSAGE_PATHS);
    const fromMessage = message === undefined ? undefined : lineRequest(message.slice(0, FHIR_LOG_LIMITS.maxLineChars));
    return fromMessage === undefined ? undefined : { ...fromMessage, time: time ?? fromMessage.time };
  }
  let body: unknown;
  for (const path of REQUEST_BODY_PATHS) {
    body = at(record, path);
    if (body !== undefined) break;
  }
  let response: unknown;
  for (const path of RESPONSE_BODY_PATHS) {
    response = at(record, path);
    if (response !== undefined) break;
  }
  return { method: firstString(record, METHOD_PATHS), url, time, body, response };
}

function recordTime(record: Json): Date | null {
  for (const path of TIME_PATHS) {
    const value = at(record, path);
    if (value !== undefined && value !== null && value !== '') return parseTimestamp(value);
  }
  return null;
}

interface JsonLinesResult {
  records: number;
  ignored: number;
  requests: RawRequest[];
}

/** JSON lines when most non-empty lines are objects and at least one is a request. */
function analyseJsonLines(lines: string[]): JsonLinesResult | undefined {
  const requests: RawRequest[] = [];
  let records = 0;
  let ignored = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const value = trimmed.startsWith('{') ? tryParseJson(trimmed) : undefined;
    if (!isObject(value)) {
      ignored++;
      continue;
    }
    records++;
    const request = recordRequest(value);
    if (request !== undefined) requests.push(request);
    if (requests.length > FHIR_LOG_LIMITS.maxRequests) break;
  }
  if (records === 0 || records < ignored || requests.length === 0) return undefined;
  return { records, ignored, requests };
}

// ---------------------------------------------------------------------------------------------
// Text lines

// eslint-disable-next-line no-control-regex -- the ANSI colour codes of a console log are stripped
const ANSI_ESCAPE = /\x1b\[[0-9;]*[A-Za-z]/g;
const METHOD_URL = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+((?:https?:\/\/|\/)[^\s"'<>`]*)/;
const BARE_URL = /https?:\/\/[^\s"'<>`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;
const JSON_VALUE_BEFORE = /"\s*:\s*"$/;

function analyseTextLines(state: State, lines: string[]): void {
  let truncated = false;
  for (const rawLine of lines) {
    if (rawLine.trim() === '') continue;
    let line = rawLine;
    if (line.length > FHIR_LOG_LIMITS.maxLineChars) {
      line = line.slice(0, FHIR_LOG_LIMITS.maxLineChars);
      truncated = true;
    }
    line = line.replace(ANSI_ESCAPE, '');
    const request = lineRequest(line);
    if (request !== undefined) processRequest(state, request);
    scanIdentifierValues(state, line);
    if (state.requestsCapped) break;
  }
  if (truncated) {
    state.notes.push(
      `Lignes très longues : seuls les ${formatCount(FHIR_LOG_LIMITS.maxLineChars)} premiers caractères de ` +
        'chacune ont été analysés.',
    );
  }
}

/** The request a log line records: a method and its target, or else a bare URL that is not a JSON value. */
function lineRequest(line: string): RawRequest | undefined {
  const withMethod = METHOD_URL.exec(line);
  if (withMethod !== null) {
    const url = withMethod[2].replace(TRAILING_PUNCTUATION, '');
    if (url !== '' && url !== '/') return { method: withMethod[1].toUpperCase(), url, time: lineTime(line) };
  }
  BARE_URL.lastIndex = 0;
  for (let match = BARE_URL.exec(line); match !== null; match = BARE_URL.exec(line)) {
    // `"fullUrl":"https://…"` in a dumped response body is not a request.
    if (JSON_VALUE_BEFORE.test(line.slice(Math.max(0, match.index - 40), match.index))) continue;
    return { method: undefined, url: match[0].replace(TRAILING_PUNCTUATION, ''), time: lineTime(line) };
  }
  return undefined;
}

const LINE_ISO =
  /^\s*\[?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)/i;
const CLF = /\[(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\s+([+-])(\d{2})(\d{2}))?/;

function lineTime(line: string): Date | null {
  const iso = LINE_ISO.exec(line);
  if (iso !== null) return parseIso(iso[1]);
  const clf = CLF.exec(line);
  return clf === null ? null : parseClf(clf);
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?/i;
/** FHIR dateTime, possibly partial; a `+` of the offset may have been decoded into a space. */
const FHIR_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:\d{2})?)?)?)?$/i;

function parseTimestamp(value: unknown): Date | null {
  if (typeof value === 'number') return parseEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{9,13}(?:\.\d+)?$/.test(text)) return parseEpoch(Number(text));
  const iso = ISO_PARTS.exec(text);
  if (iso !== null) return parseIso(iso[0]);
  const clf = CLF.exec(`[${text.replace(/^\[/, '')}`);
  if (clf !== null) return parseClf(clf);
  // RFC 2822 / HTTP dates carry their zone, so Date.parse reads them the same everywhere.
  if (/\b(?:GMT|UTC)\b|[+-]\d{4}\b/.test(text) && /[A-Za-z]{3}/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? new Date(ms) : null;
  }
  return null;
}

function parseEpoch(n: number): Date | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n >= 1e11 ? n : n * 1000; // seconds until the year 5138
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date : null;
}

function parseIso(text: string): Date | null {
  const m = ISO_PARTS.exec(text);
  if (m === null) return null;
  return buildDate(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
}

function parseClf(m: RegExpExecArray): Date | null {
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return null;
  const zone = m[7] === undefined ? undefined : `${m[7]}${m[8]}:${m[9]}`;
  return buildDate(m[3], String(month).padStart(2, '0'), m[1], m[4], m[5], m[6], undefined, zone);
}

/** `ge2025-01-24` → the date, and whether it is a bare calendar date. */
function parseFhirDate(text: string): { date: Date; dateOnly: boolean } | null {
  const m = FHIR_DATE.exec(text.trim());
  if (m === null) return null;
  const zone = m[8]?.replace(' ', '+');
  const date = buildDate(m[1], m[2] ?? '01', m[3] ?? '01', m[4], m[5], m[6], m[7], zone);
  return date === null ? null : { date, dateOnly: m[4] === undefined };
}

function buildDate(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): Date | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  if (new Date(time).getUTCDate() !== d) return null; // 31 April
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (z === null) return null;
    const offset = (Number(z[2]) * 60 + Number(z[3] ?? 0)) * (z[1] === '-' ? -1 : 1);
    time -= offset * 60_000;
  }
  return new Date(time);
}

const PARIS_DATE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** Midnight UTC of the request's calendar day in Paris, and that day as « 10/03/2025 ». */
function parisDay(date: Date): { midnight: number; label: string } {
  const parts = PARIS_DATE.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const y = part('year');
  const m = part('month');
  const d = part('day');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { midnight: Date.UTC(y, m - 1, d), label: `${pad(d)}/${pad(m)}/${y}` };
}

// ---------------------------------------------------------------------------------------------
// One request

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

function processRequest(state: State, request: RawRequest): void {
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

// ---------------------------------------------------------------------------------------------
// Identifiers

const VALUE_FIELD = /"value"\s*:\s*"(\d{11,12})"/g;

function addIdentifier(state: State, raw: string): void {
  const value = raw.trim();
  let type: 'rpps' | 'idnps';
  if (/^\d{11}$/.test(value)) type = 'rpps';
  else if (/^8\d{11}$/.test(value)) type = 'idnps';
  else return;
  if (state.identifiers.has(value)) return;
  if (state.identifiers.size >= FHIR_LOG_LIMITS.maxIdentifiers) {
    state.identifiersCapped = true;
    return;
  }
  const check = validateIdentifier(type, value);
  state.identifiers.set(
    value,
    check.valid ? { value, type, valid: true } : { value, type, valid: false, reason: check.reason },
  );
}

function scanIdentifierValues(state: State, text: string): void {
  VALUE_FIELD.lastIndex = 0;
  for (let m = VALUE_FIELD.exec(text); m !== null; m = VALUE_FIELD.exec(text)) addIdentifier(state, m[1]);
}

function scanBody(state: State, body: unknown): void {
  if (typeof body === 'string') {
    const trimmed = body.trimStart();
    if (body.length <= FHIR_LOG_LIMITS.maxBodyChars && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
      const doc = tryParseJson(body);
      if (doc !== undefined) {
        walkIdentifiers(state, doc);
        return;
      }
    }
    scanIdentifierValues(state, body);
  } else if (typeof body === 'object' && body !== null) {
    walkIdentifiers(state, body);
  }
}

/** Collects the `value` of every `identifier` element (object or array) of a parsed FHIR body. */
function walkIdentifiers(state: State, root: unknown): void {
  const queue: [node: unknown, depth: number][] = [[root, 0]];
  for (let head = 0; head < queue.length && head < 1_000_000; head++) {
    const [node, depth] = queue[head];
    if (depth > 64) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) queue.push([item, depth + 1]);
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'identifier') {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (isObject(item) && typeof item.value === 'string') addIdentifier(state, item.value);
        }
      }
      if (typeof value === 'object' && value !== null) queue.push([value, depth + 1]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// API key

function isApiKeyName(name: unknown): boolean {
  return typeof name === 'string' && name.trim().toLowerCase() === 'esante-api-key';
}

/** A real-looking key, not a placeholder (`***`, `xxxx`, `<redacted>`, `${KEY}`). */
function isClearKey(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v.length >= 8 && !/^[*xX•.\-_#]+$/.test(v) && !/redact|mask|hidden|secret|<|\$\{|\*\*\*/i.test(v);
}

const API_KEY_IN_TEXT = /esante-api-key["']?\s*[:=]\s*["']?([^\s"',;}]+)/gi;

function scanApiKey(state: State, text: string): void {
  API_KEY_IN_TEXT.lastIndex = 0;
  for (let m = API_KEY_IN_TEXT.exec(text); m !== null; m = API_KEY_IN_TEXT.exec(text)) {
    if (isClearKey(m[1])) {
      state.apiKeyExposed = true;
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Findings and notes

function findings(format: FhirLogFormat, state: State): FhirLogFindings {
  const identifiers = [...state.identifiers.values()];
  const delta = state.callTypes.delta;
  let deltaWithinThirtyDays: boolean | null = null;
  if (state.deltaTooOld.length > 0) deltaWithinThirtyDays = false;
  else if (delta > 0 && state.deltaUnknown === 0) deltaWithinThirtyDays = true;
  return {
    format,
    requests: state.requests,
    fhirRequests: state.fhirRequests,
    resources: { ...state.resources },
    callTypes: { ...state.callTypes },
    identifiers,
    allIdentifiersValid: identifiers.every((i) => i.valid),
    timestamped: state.fhirRequests > 0 && state.untimestamped === 0,
    deltaWithinThirtyDays,
    notes: format === 'unknown' ? state.notes : [...state.notes, ...findingNotes(state, identifiers)],
  };
}

function findingNotes(state: State, identifiers: FhirLogIdentifier[]): string[] {
  const notes: string[] = [];
  const { full, delta, unitary } = state.callTypes;
  const fhir = state.fhirRequests;

  if (state.requests === 0) {
    notes.push('Aucune requête HTTP dans le journal.');
  } else if (fhir === 0) {
    notes.push(
      state.requests === 1
        ? "La seule requête HTTP du journal ne vise pas l'API FHIR de l'Annuaire Santé."
        : `Aucune des ${formatCount(state.requests)} requêtes HTTP du journal ne vise l'API FHIR de l'Annuaire Santé.`,
    );
  } else {
    notes.push(
      `${plural(fhir, 'requête', 'requêtes')} vers l'API FHIR de l'Annuaire Santé : ` +
        `${formatCount(full)} FULL, ${formatCount(delta)} DELTA, ${plural(unitary, 'unitaire', 'unitaires')}.`,
    );
    const seen = FHIR_RESOURCES.filter((r) => state.resources[r] > 0);
    notes.push(
      `${seen.length === 1 ? 'Ressource interrogée' : 'Ressources interrogées'} : ` +
        `${seen.map((r) => `${r} (${formatCount(state.resources[r])})`).join(', ')}.`,
    );
  }
  if (state.pagination > 0) {
    notes.push(
      state.pagination === 1
        ? '1 requête de pagination (_getpages) poursuit ces appels.'
        : `${formatCount(state.pagination)} requêtes de pagination (_getpages) poursuivent ces appels.`,
    );
  }
  for (const [method, n] of state.otherMethods) {
    notes.push(
      `${plural(n, `requête ${method}`, `requêtes ${method}`)} vers une ressource FHIR ` +
        `${n === 1 ? "n'a pas été comptée" : "n'ont pas été comptées"} : ` +
        "l'API de l'Annuaire Santé n'accepte que GET et POST (_search).",
    );
  }
  if (state.requestsCapped) {
    notes.push(
      `Plus de ${formatCount(FHIR_LOG_LIMITS.maxRequests)} requêtes : seules les ` +
        `${formatCount(FHIR_LOG_LIMITS.maxRequests)} premières ont été analysées.`,
    );
  }

  notes.push(...identifierNotes(state, identifiers));

  if (fhir > 0) {
    const missing = state.untimestamped;
    if (missing === 0) {
      notes.push(fhir === 1 ? 'La requête FHIR est horodatée.' : 'Toutes les requêtes FHIR sont horodatées.');
    } else if (missing === fhir && fhir > 1) {
      notes.push(`Aucune des ${formatCount(fhir)} requêtes FHIR n'est horodatée.`);
    } else {
      notes.push(
        missing === 1 ? "1 requête n'a pas d'horodatage." : `${formatCount(missing)} requêtes n'ont pas d'horodatage.`,
      );
    }
  }

  if (delta > 0) notes.push(...deltaNotes(state, delta));

  if (state.apiKeyExposed) {
    notes.push(
      "Le journal contient la clé d'API en clair (en-tête ESANTE-API-KEY) : masquez-la avant de verser le " +
        'journal au dossier.',
    );
  }
  return notes;
}

function identifierNotes(state: State, identifiers: FhirLogIdentifier[]): string[] {
  const notes: string[] = [];
  if (identifiers.length === 0) {
    if (state.callTypes.unitary > 0) notes.push('Aucun identifiant RPPS ou IDNPS relevé dans le journal.');
    return notes;
  }
  const idnps = identifiers.filter((i) => i.type === 'idnps').length;
  const rpps = identifiers.length - idnps;
  const kinds = [idnps > 0 ? `${formatCount(idnps)} IDNPS` : '', rpps > 0 ? `${formatCount(rpps)} RPPS` : '']
    .filter((k) => k !== '')
    .join(', ');
  const invalid = identifiers.filter((i) => !i.valid);
  const verdict =
    invalid.length === 0
      ? identifiers.length === 1
        ? 'il passe sa clé de Luhn'
        : 'tous passent leur clé de Luhn'
      : `${plural(invalid.length, 'invalide', 'invalides')}`;
  notes.push(`${plural(identifiers.length, 'identifiant relevé', 'identifiants relevés')} (${kinds}) : ${verdict}.`);
  for (const identifier of invalid.slice(0, FHIR_LOG_LIMITS.maxListed)) notes.push(invalidNote(identifier));
  if (invalid.length > FHIR_LOG_LIMITS.maxListed) {
    const more = invalid.length - FHIR_LOG_LIMITS.maxListed;
    notes.push(`… et ${plural(more, 'autre identifiant invalide', 'autres identifiants invalides')}.`);
  }
  if (state.identifiersCapped) {
    notes.push(
      `Plus de ${formatCount(FHIR_LOG_LIMITS.maxIdentifiers)} identifiants distincts : seuls les ` +
        `${formatCount(FHIR_LOG_LIMITS.maxIdentifiers)} premiers ont été vérifiés.`,
    );
  }
  return notes;
}

function invalidNote(identifier: FhirLogIdentifier): string {
  const label = identifier.type === 'idnps' ? `L'IDNPS ${identifier.value}` : `Le numéro RPPS ${identifier.value}`;
  if (identifier.reason?.includes('clé de Luhn') === true) return `${label} ne passe pas sa clé de Luhn.`;
  return `${label} est invalide : ${identifier.reason ?? 'format inattendu.'}`;
}

function deltaNotes(state: State, delta: number): string[] {
  const notes: string[] = [];
  const max = FHIR_LOG_LIMITS.maxDeltaDays;
  for (const old of state.deltaTooOld.slice(0, FHIR_LOG_LIMITS.maxListed)) {
    notes.push(
      `La requête DELTA du ${parisDay(old.time).label} remonte à ${old.days} jours ` +
        `(_lastUpdated=${old.lastUpdated}) : l'API limite les DELTA à ${max} jours.`,
    );
  }
  if (state.deltaTooOld.length > FHIR_LOG_LIMITS.maxListed) {
    const more = state.deltaTooOld.length - FHIR_LOG_LIMITS.maxListed;
    notes.push(`… et ${plural(more, 'autre requête DELTA', 'autres requêtes DELTA')} au-delà de ${max} jours.`);
  }
  if (state.deltaUnknown > 0) {
    notes.push(
      state.deltaUnknown === 1
        ? "La profondeur d'une requête DELTA n'a pas pu être vérifiée (horodatage ou date _lastUpdated illisible)."
        : `La profondeur de ${formatCount(state.deltaUnknown)} requêtes DELTA n'a pas pu être vérifiée ` +
            '(horodatage ou date _lastUpdated illisible).',
    );
  }
  if (state.deltaTooOld.length === 0 && state.deltaUnknown === 0) {
    notes.push(
      delta === 1
        ? `La requête DELTA remonte à ${max} jours au plus.`
        : `Les ${formatCount(delta)} requêtes DELTA remontent à ${max} jours au plus.`,
    );
  }
  return notes;
}

/** « 10 000 » with a no-break space between thousands. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** French: 0 and 1 take the singular. */
function plural(n: number, singular: string, pluralForm: string): string {
  return `${formatCount(n)} ${n >= 2 ? pluralForm : singular}`;
}
