/** The result of the analysis and its coded notes, in the order a reviewer reads them. */
import type { FhirLogNote } from '../notes.js';
import {
  FHIR_LOG_LIMITS,
  FHIR_RESOURCES,
  type FhirLogFindings,
  type FhirLogFormat,
  type FhirLogIdentifier,
  type State,
} from './model.js';
import { parisDay } from './timestamps.js';

export function findings(format: FhirLogFormat, state: State): FhirLogFindings {
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

function findingNotes(state: State, identifiers: FhirLogIdentifier[]): FhirLogNote[] {
  const notes: FhirLogNote[] = [];
  const { full, delta, unitary } = state.callTypes;
  const fhir = state.fhirRequests;

  if (state.requests === 0) {
    notes.push({ code: 'fhir.no_requests' });
  } else if (fhir === 0) {
    notes.push({ code: 'fhir.no_fhir_requests', params: { requests: state.requests } });
  } else {
    notes.push({ code: 'fhir.calls', params: { requests: fhir, full, delta, unitary } });
    const seen = FHIR_RESOURCES.filter((r) => state.resources[r] > 0);
    notes.push({
      code: 'fhir.resources',
      params: { resources: seen.map((r): [string, number] => [r, state.resources[r]]) },
    });
  }
  if (state.pagination > 0) notes.push({ code: 'fhir.pagination', params: { requests: state.pagination } });
  for (const [method, n] of state.otherMethods) {
    notes.push({ code: 'fhir.other_method', params: { method, requests: n } });
  }
  if (state.requestsCapped) {
    notes.push({ code: 'fhir.requests_capped', params: { max: FHIR_LOG_LIMITS.maxRequests } });
  }

  notes.push(...identifierNotes(state, identifiers));

  if (fhir > 0) {
    const missing = state.untimestamped;
    if (missing === 0) notes.push({ code: 'fhir.timestamped', params: { requests: fhir } });
    else if (missing === fhir && fhir > 1) notes.push({ code: 'fhir.none_timestamped', params: { requests: fhir } });
    else notes.push({ code: 'fhir.untimestamped', params: { count: missing } });
  }

  if (delta > 0) notes.push(...deltaNotes(state, delta));

  if (state.apiKeyExposed) notes.push({ code: 'fhir.api_key_exposed' });
  return notes;
}

function identifierNotes(state: State, identifiers: FhirLogIdentifier[]): FhirLogNote[] {
  const notes: FhirLogNote[] = [];
  if (identifiers.length === 0) {
    if (state.callTypes.unitary > 0) notes.push({ code: 'fhir.no_identifiers' });
    return notes;
  }
  const idnps = identifiers.filter((i) => i.type === 'idnps').length;
  const invalid = identifiers.filter((i) => !i.valid);
  notes.push({
    code: 'fhir.identifiers',
    params: { total: identifiers.length, idnps, rpps: identifiers.length - idnps, invalid: invalid.length },
  });
  for (const identifier of invalid.slice(0, FHIR_LOG_LIMITS.maxListed)) {
    const luhn = identifier.reason?.includes('clé de Luhn') === true;
    notes.push({
      code: 'fhir.identifier_invalid',
      params: {
        type: identifier.type,
        value: identifier.value,
        luhn,
        ...(luhn || identifier.reason === undefined ? {} : { reason: identifier.reason }),
      },
    });
  }
  if (invalid.length > FHIR_LOG_LIMITS.maxListed) {
    notes.push({
      code: 'fhir.identifiers_more_invalid',
      params: { count: invalid.length - FHIR_LOG_LIMITS.maxListed },
    });
  }
  if (state.identifiersCapped) {
    notes.push({ code: 'fhir.identifiers_capped', params: { max: FHIR_LOG_LIMITS.maxIdentifiers } });
  }
  return notes;
}

function deltaNotes(state: State, delta: number): FhirLogNote[] {
  const notes: FhirLogNote[] = [];
  const maxDays = FHIR_LOG_LIMITS.maxDeltaDays;
  for (const old of state.deltaTooOld.slice(0, FHIR_LOG_LIMITS.maxListed)) {
    notes.push({
      code: 'fhir.delta_too_old',
      params: { day: parisDay(old.time).day, lastUpdated: old.lastUpdated, days: old.days, maxDays },
    });
  }
  if (state.deltaTooOld.length > FHIR_LOG_LIMITS.maxListed) {
    notes.push({
      code: 'fhir.delta_more_too_old',
      params: { count: state.deltaTooOld.length - FHIR_LOG_LIMITS.maxListed, maxDays },
    });
  }
  if (state.deltaUnknown > 0) notes.push({ code: 'fhir.delta_unknown', params: { count: state.deltaUnknown } });
  if (state.deltaTooOld.length === 0 && state.deltaUnknown === 0) {
    notes.push({ code: 'fhir.delta_within', params: { count: delta, maxDays } });
  }
  return notes;
}
