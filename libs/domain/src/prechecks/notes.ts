/**
 * What the automated pre-checks tell a reviewer, as codes with parameters. The words are chosen
 * where the note is shown (the web app renders them in French with ./notes-fr.ts, as it renders
 * error codes), so stored findings carry no prose and a new language needs no migration.
 */

/** Notes of the Annuaire Santé FHIR API log pre-check. */
export type FhirLogNote =
  | { code: 'fhir.analysis_failed' }
  | { code: 'fhir.input_truncated'; params: { chars: number } }
  | { code: 'fhir.empty' }
  | { code: 'fhir.binary' }
  | { code: 'fhir.format_har'; params: { entries: number } }
  | { code: 'fhir.format_json'; params: { records: number } }
  | { code: 'fhir.format_json_lines'; params: { records: number } }
  | { code: 'fhir.json_lines_ignored'; params: { lines: number } }
  | { code: 'fhir.format_text'; params: { requests: number; lines: number } }
  | { code: 'fhir.format_unknown' }
  | { code: 'fhir.lines_truncated'; params: { chars: number } }
  | { code: 'fhir.no_requests' }
  | { code: 'fhir.no_fhir_requests'; params: { requests: number } }
  | { code: 'fhir.calls'; params: { requests: number; full: number; delta: number; unitary: number } }
  /** `resources`: the resources queried, in the order of FHIR_RESOURCES, with their counts. */
  | { code: 'fhir.resources'; params: { resources: [resource: string, count: number][] } }
  | { code: 'fhir.pagination'; params: { requests: number } }
  | { code: 'fhir.other_method'; params: { method: string; requests: number } }
  | { code: 'fhir.requests_capped'; params: { max: number } }
  | { code: 'fhir.no_identifiers' }
  | { code: 'fhir.identifiers'; params: { total: number; idnps: number; rpps: number; invalid: number } }
  /** `luhn`: the number fails its Luhn key; otherwise `reason` says why it is invalid. */
  | {
      code: 'fhir.identifier_invalid';
      params: { type: 'rpps' | 'idnps'; value: string; luhn: boolean; reason?: string };
    }
  | { code: 'fhir.identifiers_more_invalid'; params: { count: number } }
  | { code: 'fhir.identifiers_capped'; params: { max: number } }
  | { code: 'fhir.timestamped'; params: { requests: number } }
  | { code: 'fhir.none_timestamped'; params: { requests: number } }
  | { code: 'fhir.untimestamped'; params: { count: number } }
  /** `day`: the request's calendar day in Europe/Paris, `YYYY-MM-DD`. */
  | { code: 'fhir.delta_too_old'; params: { day: string; lastUpdated: string; days: number; maxDays: number } }
  | { code: 'fhir.delta_more_too_old'; params: { count: number; maxDays: number } }
  | { code: 'fhir.delta_unknown'; params: { count: number } }
  | { code: 'fhir.delta_within'; params: { count: number; maxDays: number } }
  | { code: 'fhir.api_key_exposed' };

/** Where an identifier was found and which it is: shared by the INS notes. */
interface Found {
  value: string;
  oid: string | null;
  where: string;
}

/** Notes on the INS matricules of a Ségur proof (HL7 v2, IHE XDM, CDA). */
export type InsNote =
  | { code: 'ins.none' }
  /** `status`: the identity statuses the file gives (PID-32), empty when it gives none. */
  | { code: 'ins.unqualified'; params: Found & { status: string[] } }
  | { code: 'ins.qualification_unknown'; params: Found }
  | { code: 'ins.qualified'; params: { count: number } }
  | { code: 'ins.test_oid'; params: Found }
  | { code: 'ins.bad_key'; params: Found }
  | { code: 'ins.oid_missing'; params: Found & { authority: string | null; typeCode: string | null } }
  | { code: 'ins.more'; params: { count: number } };

/** Notes of the HL7 v2 message pre-check. */
export type Hl7Note =
  | { code: 'hl7.not_hl7' }
  | { code: 'hl7.messages'; params: { count: number; types: string[] } }
  | { code: 'hl7.messages_capped'; params: { max: number } }
  | { code: 'hl7.no_pid'; params: { message: number } }
  | { code: 'hl7.identifiers'; params: { count: number; ins: number } };

/** Notes of the IHE XDM archive and CDA document pre-checks. */
export type XdmNote =
  | { code: 'xdm.not_zip' }
  | { code: 'xdm.no_metadata'; params: { entries: number } }
  | { code: 'xdm.no_index' }
  | { code: 'xdm.summary'; params: { submissionSets: number; documents: number; cda: number } }
  | { code: 'xdm.missing_document'; params: { path: string } }
  | { code: 'xdm.unreadable_entry'; params: { path: string; problem: string } }
  | { code: 'xdm.entries_capped'; params: { max: number } }
  | { code: 'xdm.patient_mismatch'; params: { path: string; value: string; oid: string | null } }
  | { code: 'cda.not_cda'; params: { path: string } }
  | { code: 'cda.no_patient_id'; params: { path: string } }
  | { code: 'cda.summary'; params: { path: string; title: string | null; identifiers: number } };

/** A file the API did not analyse because of its size. */
export type UploadNote =
  | { code: 'log_too_large'; params: { bytes: number; max: number } }
  | { code: 'file_too_large'; params: { bytes: number; max: number } };

export type PrecheckNote = FhirLogNote | InsNote | Hl7Note | XdmNote | UploadNote;
