/**
 * Patient identifiers found in a Ségur proof (an HL7 v2 message, an IHE XDM archive, a CDA
 * document), and the INS rule they are checked against: the INS matricule (a NIR or NIA), with
 * its OID, may travel only with an identity whose status is « qualifiée ». The OIDs are the
 * ANS's: 1.2.250.1.213.1.4.8 for a NIR, .4.9 for a NIA, .4.10 and .4.11 for test and
 * demonstration NIRs (still matricules in the eyes of the rule).
 */
import { validateIdentifier } from '../identifiers/index.js';
import type { InsNote } from './notes.js';

export const INS_OIDS = {
  '1.2.250.1.213.1.4.8': 'ins_nir',
  '1.2.250.1.213.1.4.9': 'ins_nia',
  '1.2.250.1.213.1.4.10': 'ins_nir_test',
  '1.2.250.1.213.1.4.11': 'ins_nir_demo',
} as const;

export type PatientIdentifierKind = (typeof INS_OIDS)[keyof typeof INS_OIDS] | 'other';

export interface PatientIdentifier {
  value: string;
  /** The OID of the assigning authority, when the file names one. */
  oid: string | null;
  /** Its name (HL7 namespace id, e.g. `ASIP-SANTE-INS-NIR`), when the file gives one. */
  authority: string | null;
  /** The HL7 identifier type code (PID-3.5, e.g. `INS`, `PI`), when given. */
  typeCode: string | null;
  kind: PatientIdentifierKind;
  /** Where it was found: `message 1, PID-3`, `IHE_XDM/SUBSET01/DOC0001.XML`, `METADATA.XML`. */
  where: string;
  /**
   * For an INS: whether the identity that carries it is qualified (true), known not to be
   * (false), or the file does not say (null). Null for other identifiers.
   */
  qualified: boolean | null;
  /** For an INS matricule that is a NIR: whether its key checks. */
  keyValid?: boolean;
}

export function isIns(identifier: Pick<PatientIdentifier, 'kind'>): boolean {
  return identifier.kind !== 'other';
}

export function identifierKind(oid: string | null): PatientIdentifierKind {
  return oid !== null && Object.hasOwn(INS_OIDS, oid) ? INS_OIDS[oid as keyof typeof INS_OIDS] : 'other';
}

/** A patient identifier as found, its kind from its OID, an INS NIR's key checked. */
export function patientIdentifier(found: {
  value: string;
  oid: string | null;
  authority?: string | null;
  typeCode?: string | null;
  where: string;
  qualified: boolean | null;
}): PatientIdentifier {
  const kind = identifierKind(found.oid);
  const identifier: PatientIdentifier = {
    value: found.value,
    oid: found.oid,
    authority: found.authority ?? null,
    typeCode: found.typeCode ?? null,
    kind,
    where: found.where,
    qualified: kind === 'other' ? null : found.qualified,
  };
  // A NIA (.4.9) has no public key rule; every other INS OID names a NIR.
  if (kind !== 'other' && kind !== 'ins_nia') identifier.keyValid = validateIdentifier('nir', found.value).valid;
  return identifier;
}

/** Per identifier, once: the same value and OID found twice in one place is listed once. */
export function dedupe(identifiers: PatientIdentifier[]): PatientIdentifier[] {
  const seen = new Set<string>();
  return identifiers.filter((identifier) => {
    const key = `${identifier.where}\u0000${identifier.oid ?? ''}\u0000${identifier.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems spelled out one by one before they are summed up. */
const MAX_LISTED = 20;

/**
 * What the reviewer should know about the INS matricules found: each one that travels with an
 * identity that is not qualified (or whose status the file does not give), test OIDs, NIR keys.
 * `statusOf` gives the identity statuses of the place an identifier was found.
 */
export function insNotes(
  identifiers: PatientIdentifier[],
  statusOf: (where: string) => string[] = () => [],
): InsNote[] {
  const ins = identifiers.filter(isIns);
  const notes: InsNote[] = [];
  const listed: InsNote[] = [];
  for (const identifier of identifiers) {
    const found = { value: identifier.value, oid: identifier.oid, where: identifier.where };
    if (!isIns(identifier)) {
      if (looksLikeIns(identifier)) {
        listed.push({
          code: 'ins.oid_missing',
          params: { ...found, authority: identifier.authority, typeCode: identifier.typeCode },
        });
      }
      continue;
    }
    if (identifier.qualified === false) {
      listed.push({ code: 'ins.unqualified', params: { ...found, status: statusOf(identifier.where) } });
    } else if (identifier.qualified === null) {
      listed.push({ code: 'ins.qualification_unknown', params: found });
    }
    if (identifier.kind === 'ins_nir_test' || identifier.kind === 'ins_nir_demo') {
      listed.push({ code: 'ins.test_oid', params: found });
    }
    if (identifier.keyValid === false) listed.push({ code: 'ins.bad_key', params: found });
  }
  if (ins.length === 0 && listed.length === 0) notes.push({ code: 'ins.none' });
  const qualified = ins.filter((identifier) => identifier.qualified === true).length;
  if (qualified > 0) notes.push({ code: 'ins.qualified', params: { count: qualified } });
  notes.push(...listed.slice(0, MAX_LISTED));
  if (listed.length > MAX_LISTED) notes.push({ code: 'ins.more', params: { count: listed.length - MAX_LISTED } });
  return notes;
}

/** Presented as an INS (type code or authority name) without one of the INS OIDs. */
function looksLikeIns(identifier: PatientIdentifier): boolean {
  return (
    /^INS(?:-NI[RA])?$/i.test(identifier.typeCode ?? '') ||
    /(?:^|[^A-Z])INS-NI[RA](?:$|[^A-Z])/i.test(identifier.authority ?? '')
  );
}
