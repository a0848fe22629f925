/** Readers of each log format: HAR entries, JSON records (arrays, objects, lines) and text lines. */
import { FHIR_LOG_LIMITS, type RawRequest, type State } from './model.js';
import { isApiKeyName, isClearKey, scanIdentifierValues } from './identifiers.js';
import { at, firstString, isObject, str, tryParseJson, type Json } from './json.js';
import { processRequest } from './requests.js';
import { lineTime, parseTimestamp } from './timestamps.js';

// ---------------------------------------------------------------------------------------------
// HAR

export function harEntries(doc: unknown): unknown[] | undefined {
  const entries = at(doc, ['log', 'entries']);
  return Array.isArray(entries) ? entries : undefined;
}

export function harRequest(state: State, entry: unknown): RawRequest | undefined {
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

/** Paths into a record, written dotted (`request.body`), the likeliest first. */
function paths(...dotted: string[]): readonly (readonly string[])[] {
  return dotted.map((path) => path.split('.'));
}
const URL_PATHS = paths(
  'url',
  'request.url',
  'req.url',
  'uri',
  'request.uri',
  'http.url',
  'http.request.url',
  'url.full',
  'url.original',
);
const METHOD_PATHS = paths('method', 'request.method', 'req.method', 'http.method', 'http.request.method', 'verb');
const TIME_PATHS = paths(
  'timestamp',
  '@timestamp',
  'time',
  'date',
  'datetime',
  'ts',
  'startedDateTime',
  'request.timestamp',
  'request.time',
);
const REQUEST_BODY_PATHS = paths(
  'request.body',
  'req.body',
  'requestBody',
  'request.postData.text',
  'http.request.body.content',
);
const RESPONSE_BODY_PATHS = paths(
  'response.body',
  'res.body',
  'responseBody',
  'response.content.text',
  'http.response.body.content',
);
const MESSAGE_PATHS = paths('message', 'msg');

/** The request records of a JSON document: an array of objects, or an object holding one. */
export function jsonRecords(doc: unknown): Json[] {
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

export function recordRequest(record: Json): RawRequest | undefined {
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
export function analyseJsonLines(lines: string[]): JsonLinesResult | undefined {
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

export function analyseTextLines(state: State, lines: string[]): void {
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
    state.notes.push({ code: 'fhir.lines_truncated', params: { chars: FHIR_LOG_LIMITS.maxLineChars } });
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
