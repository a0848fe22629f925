/** RPPS and IDNPS numbers found in requests and responses, and an API key left in clear. */
import { validateIdentifier } from '../../identifiers/index.js';
import { isObject, tryParseJson } from './json.js';
import { FHIR_LOG_LIMITS, type State } from './model.js';

const VALUE_FIELD = /"value"\s*:\s*"(\d{11,12})"/g;

export function addIdentifier(state: State, raw: string): void {
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

export function scanIdentifierValues(state: State, text: string): void {
  VALUE_FIELD.lastIndex = 0;
  for (let m = VALUE_FIELD.exec(text); m !== null; m = VALUE_FIELD.exec(text)) addIdentifier(state, m[1]);
}

export function scanBody(state: State, body: unknown): void {
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

export function isApiKeyName(name: unknown): boolean {
  return typeof name === 'string' && name.trim().toLowerCase() === 'esante-api-key';
}

/** A real-looking key, not a placeholder (`***`, `xxxx`, `<redacted>`, `${KEY}`). */
export function isClearKey(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v.length >= 8 && !/^[*xX•.\-_#]+$/.test(v) && !/redact|mask|hidden|secret|<|\$\{|\*\*\*/i.test(v);
}

const API_KEY_IN_TEXT = /esante-api-key["']?\s*[:=]\s*["']?([^\s"',;}]+)/gi;

export function scanApiKey(state: State, text: string): void {
  API_KEY_IN_TEXT.lastIndex = 0;
  for (let m = API_KEY_IN_TEXT.exec(text); m !== null; m = API_KEY_IN_TEXT.exec(text)) {
    if (isClearKey(m[1])) {
      state.apiKeyExposed = true;
      return;
    }
  }
}
