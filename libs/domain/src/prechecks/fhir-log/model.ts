/** The shapes shared by the FHIR log pre-check's files: the findings, the limits, the analysis state. */
import type { FhirLogNote } from '../notes.js';

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
  /** Only when invalid: why, in French (as the identifier checks word it). */
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
  /** Coded notes for the reviewer, rendered in words at the edge (see ../notes-fr.ts). */
  notes: FhirLogNote[];
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

export interface RawRequest {
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

export interface State {
  /** Notes about the input itself, shown first. */
  notes: FhirLogNote[];
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

export function newState(): State {
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
