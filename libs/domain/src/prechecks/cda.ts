/**
 * Automated pre-check of a CDA document (HL7 CDA R2, as the CI-SIS shapes it): its title and the
 * patient identifiers of recordTarget/patientRole/id (root = the OID, extension = the value). A
 * CDA header does not state whether the identity is qualified, so an INS found there is flagged
 * for the reviewer to check. Read with tolerant patterns, not a validating parser: the point is
 * to help a reviewer, not to validate the document against its schema.
 */
import type { InsNote, XdmNote } from './notes.js';
import { dedupe, insNotes, patientIdentifier, type PatientIdentifier } from './patient-identifiers.js';

export interface CdaDocument {
  path: string;
  title: string | null;
  identifiers: PatientIdentifier[];
}

export interface CdaFindings {
  check: 'cda';
  documents: CdaDocument[];
  identifiers: PatientIdentifier[];
  insUnqualified: number;
  notes: (XdmNote | InsNote)[];
}

/** Characters of a document searched (the header comes first; bodies can be large). */
const MAX_CDA_CHARS = 8 * 1024 * 1024;

export function looksLikeCda(text: string): boolean {
  return /<(?:[\w-]+:)?ClinicalDocument\b/.test(text.slice(0, 4096));
}

/** The document's title and patient identifiers, or null when it is no CDA document. */
export function readCda(text: string, path: string): CdaDocument | null {
  const xml = text.slice(0, MAX_CDA_CHARS);
  if (!/<(?:[\w-]+:)?ClinicalDocument\b/.test(xml)) return null;
  const titleMatch = /<(?:[\w-]+:)?title\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?title>/.exec(xml);
  const title = titleMatch === null ? null : decodeXml(titleMatch[1].replace(/<[^>]*>/g, '')).trim() || null;
  const identifiers: PatientIdentifier[] = [];
  const targets = /<(?:[\w-]+:)?recordTarget\b[\s\S]*?<\/(?:[\w-]+:)?recordTarget>/g;
  for (let target = targets.exec(xml); target !== null; target = targets.exec(xml)) {
    // Only the ids of patientRole itself: stop at the patient and the provider organisation.
    const role = target[0].split(/<(?:[\w-]+:)?(?:patient|providerOrganization)\b/)[0];
    const ids = /<(?:[\w-]+:)?id\b([^>]*?)\/?>/g;
    for (let id = ids.exec(role); id !== null; id = ids.exec(role)) {
      const root = attribute(id[1], 'root');
      const extension = attribute(id[1], 'extension');
      if (extension === null) continue;
      identifiers.push(patientIdentifier({ value: extension, oid: root, where: path, qualified: null }));
    }
  }
  return { path, title, identifiers: dedupe(identifiers) };
}

export function analyseCda(text: string, path = 'document'): CdaFindings {
  let document: CdaDocument | null;
  try {
    document = readCda(typeof text === 'string' ? text : '', path);
  } catch {
    document = null;
  }
  if (document === null) {
    return {
      check: 'cda',
      documents: [],
      identifiers: [],
      insUnqualified: 0,
      notes: [{ code: 'cda.not_cda', params: { path } }],
    };
  }
  return {
    check: 'cda',
    documents: [document],
    identifiers: document.identifiers,
    insUnqualified: 0,
    notes: [...cdaNotes(document), ...insNotes(document.identifiers)],
  };
}

export function cdaNotes(document: CdaDocument): XdmNote[] {
  const { path, title, identifiers } = document;
  const notes: XdmNote[] = [{ code: 'cda.summary', params: { path, title, identifiers: identifiers.length } }];
  if (identifiers.length === 0) notes.push({ code: 'cda.no_patient_id', params: { path } });
  return notes;
}

export function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (match === null) return null;
  const value = decodeXml(match[1] ?? match[2]).trim();
  return value === '' ? null : value;
}

export function decodeXml(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (entity, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      return named[(name ?? '').toLowerCase()] ?? entity;
    },
  );
}
