/**
 * Automated pre-check of a log of calls to the Annuaire Santé FHIR API, attached by a vendor as
 * evidence (see docs/prechecks.md). The reviewer still reads the log: this only counts what a
 * machine can count and notes, as codes with parameters (../notes.ts), what looks wrong.
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
 *
 * Files: formats.ts (which kind of log) and readers.ts (reading each kind), timestamps.ts,
 * requests.ts (one request), identifiers.ts, findings.ts (the result and its coded notes).
 */
import { findings } from './findings.js';
import { analyse } from './formats.js';
import { newState, type FhirLogFindings } from './model.js';

export {
  FHIR_LOG_LIMITS,
  FHIR_RESOURCES,
  type FhirLogFindings,
  type FhirLogFormat,
  type FhirLogIdentifier,
  type FhirResource,
} from './model.js';

export function analyseFhirLog(text: string): FhirLogFindings {
  try {
    const { format, state } = analyse(typeof text === 'string' ? text : '');
    return findings(format, state);
  } catch {
    // Last resort (e.g. out of memory on a pathological input): the contract is not to throw.
    const state = newState();
    state.notes.push({ code: 'fhir.analysis_failed' });
    return findings('unknown', state);
  }
}
