/**
 * Which kind of log this is (HAR, a JSON array or object, JSON lines, plain text lines) and the
 * requests it holds, each handed to ./requests.ts.
 */
import { FHIR_LOG_LIMITS, newState, type FhirLogFormat, type RawRequest, type State } from './model.js';
import { scanApiKey } from './identifiers.js';
import { tryParseJson } from './json.js';
import { analyseJsonLines, analyseTextLines, harEntries, harRequest, jsonRecords, recordRequest } from './readers.js';
import { processRequest } from './requests.js';

export function analyse(text: string): { format: FhirLogFormat; state: State } {
  const state = newState();
  let input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.length > FHIR_LOG_LIMITS.maxInputChars) {
    const cut = input.lastIndexOf('\n', FHIR_LOG_LIMITS.maxInputChars);
    input = input.slice(0, cut > 0 ? cut : FHIR_LOG_LIMITS.maxInputChars);
    state.notes.push({ code: 'fhir.input_truncated', params: { chars: FHIR_LOG_LIMITS.maxInputChars } });
  }
  if (input.trim() === '') {
    state.notes.push({ code: 'fhir.empty' });
    return { format: 'unknown', state };
  }
  if (looksBinary(input)) {
    state.notes.push({ code: 'fhir.binary' });
    return { format: 'unknown', state };
  }
  scanApiKey(state, input);

  const trimmed = input.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const doc = tryParseJson(trimmed);
    if (doc !== undefined) {
      const entries = harEntries(doc);
      if (entries !== undefined) {
        state.notes.unshift({ code: 'fhir.format_har', params: { entries: entries.length } });
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
            ? { code: 'fhir.format_json_lines', params: { records: 1 } }
            : { code: 'fhir.format_json', params: { records: records.length } },
        );
        for (const request of requests) processRequest(state, request);
        return { format, state };
      }
    }
  }

  const lines = input.split(/\r?\n/);
  const jsonLines = analyseJsonLines(lines);
  if (jsonLines !== undefined) {
    state.notes.unshift({ code: 'fhir.format_json_lines', params: { records: jsonLines.records } });
    if (jsonLines.ignored > 0) {
      state.notes.push({ code: 'fhir.json_lines_ignored', params: { lines: jsonLines.ignored } });
    }
    for (const request of jsonLines.requests) processRequest(state, request);
    return { format: 'json_lines', state };
  }

  const textState = newState();
  textState.notes.push(...state.notes);
  textState.apiKeyExposed = state.apiKeyExposed;
  analyseTextLines(textState, lines);
  if (textState.requests === 0 && !textState.requestsCapped) {
    textState.notes.push({ code: 'fhir.format_unknown' });
    return { format: 'unknown', state: withoutFindings(textState) };
  }
  textState.notes.unshift({
    code: 'fhir.format_text',
    params: { requests: textState.requests, lines: countNonEmpty(lines) },
  });
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
