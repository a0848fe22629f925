/**
 * Automated pre-check of an IHE XDM archive (a ZIP with `IHE_XDM/<subset>/METADATA.XML`, the
 * documents it lists, and `INDEX.HTM` / `README.TXT` at its root): its submission sets, the
 * documents each lists (title, media type, whether the file is in the archive), the patient
 * identifiers of the metadata (XDSDocumentEntry / XDSSubmissionSet patientId, sourcePatientId,
 * sourcePatientInfo PID-3) and of each CDA document, with their OIDs, and the INS rule (see
 * ./patient-identifiers.ts). The metadata may give the identity status as a sourcePatientInfo
 * `PID-32|…`; otherwise an INS found is flagged for the reviewer to check. Informative, never
 * blocking; pure and total.
 */
import { attribute, cdaNotes, decodeXml, readCda, type CdaDocument } from './cda.js';
import type { InsNote, XdmNote } from './notes.js';
import { dedupe, insNotes, isIns, patientIdentifier, type PatientIdentifier } from './patient-identifiers.js';
import { readZip, ZIP_LIMITS, type ZipEntry } from './zip.js';

export interface XdmDocument {
  /** The path in the archive (its metadata's folder + its URI). */
  path: string;
  title: string | null;
  mimeType: string | null;
  /** The metadata lists it and the archive holds it. */
  inArchive: boolean;
  /** The patient identifiers its metadata gives (patientId, sourcePatientId). */
  patientIds: PatientIdentifier[];
}

export interface XdmFindings {
  check: 'xdm';
  /** The folders holding a METADATA.XML, e.g. `IHE_XDM/SUBSET01/`. */
  submissionSets: string[];
  documents: XdmDocument[];
  /** Every patient identifier found, in the metadata and in the CDA documents. */
  identifiers: PatientIdentifier[];
  insUnqualified: number;
  notes: (XdmNote | InsNote)[];
}

/** XDSDocumentEntry.patientId and XDSSubmissionSet.patientId. */
const PATIENT_ID_SCHEMES = new Set([
  'urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427',
  'urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446',
]);

const NS = '(?:[\\w-]+:)?';

export function analyseXdm(archive: Buffer): XdmFindings {
  try {
    return analyse(archive);
  } catch {
    return empty([{ code: 'xdm.not_zip' }]);
  }
}

function empty(notes: XdmNote[]): XdmFindings {
  return { check: 'xdm', submissionSets: [], documents: [], identifiers: [], insUnqualified: 0, notes };
}

function analyse(archive: Buffer): XdmFindings {
  const zip = readZip(Buffer.isBuffer(archive) ? archive : Buffer.alloc(0));
  if (!zip.readable) return empty([{ code: 'xdm.not_zip' }]);
  const byPath = new Map(zip.entries.map((entry) => [entry.name.toUpperCase(), entry]));
  const metadataEntries = zip.entries.filter((entry) => /(?:^|\/)METADATA\.XML$/i.test(entry.name));
  if (metadataEntries.length === 0)
    return empty([{ code: 'xdm.no_metadata', params: { entries: zip.entries.length } }]);

  const notes: XdmNote[] = [];
  const documents: XdmDocument[] = [];
  const identifiers: PatientIdentifier[] = [];
  const statuses = new Map<string, string[]>();
  const cdas: CdaDocument[] = [];
  const problems: XdmNote[] = [];
  const unreadable = (entry: ZipEntry): void => {
    problems.push({ code: 'xdm.unreadable_entry', params: { path: entry.name, problem: entry.problem ?? 'damaged' } });
  };

  for (const metadata of metadataEntries) {
    const folder = metadata.name.slice(0, metadata.name.length - 'METADATA.XML'.length);
    if (metadata.data === undefined) {
      unreadable(metadata);
      continue;
    }
    const xml = metadata.data.toString('utf8');
    const info = sourcePatientInfo(xml);
    const qualified = info.status.length === 0 ? null : info.status.includes('QUAL');
    statuses.set(metadata.name, info.status);
    for (const value of [...externalPatientIds(xml), ...info.pid3]) {
      const identifier = cxIdentifier(value, metadata.name, qualified);
      if (identifier !== null) identifiers.push(identifier);
    }
    for (const entry of extrinsicObjects(xml)) {
      const path = entry.uri === null ? null : `${folder}${entry.uri}`;
      const file = path === null ? undefined : byPath.get(path.toUpperCase());
      const patientIds = entry.patientIds
        .map((value) => cxIdentifier(value, metadata.name, qualified))
        .filter((identifier): identifier is PatientIdentifier => identifier !== null);
      documents.push({
        path: file?.name ?? path ?? '',
        title: entry.title,
        mimeType: entry.mimeType,
        inArchive: file !== undefined,
        patientIds: dedupe(patientIds),
      });
      if (path !== null && file === undefined) problems.push({ code: 'xdm.missing_document', params: { path } });
      if (file === undefined) continue;
      if (file.data === undefined) {
        unreadable(file);
        continue;
      }
      const cda =
        entry.mimeType === null || /xml/i.test(entry.mimeType) ? readCda(file.data.toString('utf8'), file.name) : null;
      if (cda === null) continue;
      // The document says nothing of the identity's status; its metadata may.
      cda.identifiers = cda.identifiers.map((found) => (isIns(found) ? { ...found, qualified } : found));
      statuses.set(cda.path, info.status);
      cdas.push(cda);
      identifiers.push(...cda.identifiers);
      for (const expected of patientIds) {
        if (!cda.identifiers.some((found) => found.value === expected.value && found.oid === expected.oid)) {
          problems.push({
            code: 'xdm.patient_mismatch',
            params: { path: cda.path, value: expected.value, oid: expected.oid },
          });
        }
      }
    }
  }

  const unique = dedupe(identifiers);
  notes.push({
    code: 'xdm.summary',
    params: { submissionSets: metadataEntries.length, documents: documents.length, cda: cdas.length },
  });
  if (!byPath.has('INDEX.HTM') || !byPath.has('README.TXT')) notes.push({ code: 'xdm.no_index' });
  if (zip.capped) notes.push({ code: 'xdm.entries_capped', params: { max: ZIP_LIMITS.maxEntries } });
  for (const cda of cdas) notes.push(...cdaNotes(cda));
  notes.push(...dedupeNotes(problems));
  return {
    check: 'xdm',
    submissionSets: metadataEntries.map((entry) => entry.name.slice(0, entry.name.length - 'METADATA.XML'.length)),
    documents,
    identifiers: unique,
    insUnqualified: unique.filter((identifier) => isIns(identifier) && identifier.qualified === false).length,
    notes: [...notes, ...insNotes(unique, (where) => statuses.get(where) ?? [])],
  };
}

function dedupeNotes(notes: XdmNote[]): XdmNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = JSON.stringify(note);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface ExtrinsicObject {
  uri: string | null;
  title: string | null;
  mimeType: string | null;
  patientIds: string[];
}

function extrinsicObjects(xml: string): ExtrinsicObject[] {
  const objects: ExtrinsicObject[] = [];
  const pattern = new RegExp(`<${NS}ExtrinsicObject\\b([^>]*)>([\\s\\S]*?)<\\/${NS}ExtrinsicObject>`, 'g');
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    const body = match[2];
    const slot = slots(body);
    const name = new RegExp(`<${NS}Name\\b[^>]*>[\\s\\S]*?<${NS}LocalizedString\\b([^>]*)\\/?>`).exec(body);
    objects.push({
      uri: slot.get('URI')?.join('') || null,
      title: name === null ? null : attribute(name[1], 'value'),
      mimeType: attribute(match[1], 'mimeType'),
      patientIds: [...externalPatientIds(body), ...(slot.get('sourcePatientId') ?? [])],
    });
  }
  return objects;
}

/** Slot name → its values. */
function slots(xml: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pattern = new RegExp(`<${NS}Slot\\b([^>]*)>([\\s\\S]*?)<\\/${NS}Slot>`, 'g');
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    const name = attribute(match[1], 'name');
    if (name === null) continue;
    const values: string[] = [];
    const valuePattern = new RegExp(`<${NS}Value>([\\s\\S]*?)<\\/${NS}Value>`, 'g');
    for (let value = valuePattern.exec(match[2]); value !== null; value = valuePattern.exec(match[2])) {
      values.push(decodeXml(value[1]).trim());
    }
    found.set(name, [...(found.get(name) ?? []), ...values]);
  }
  return found;
}

function externalPatientIds(xml: string): string[] {
  const values: string[] = [];
  const pattern = new RegExp(`<${NS}ExternalIdentifier\\b([^>]*)>`, 'g');
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    const scheme = attribute(match[1], 'identificationScheme');
    const value = attribute(match[1], 'value');
    if (scheme !== null && value !== null && PATIENT_ID_SCHEMES.has(scheme)) values.push(value);
  }
  return values;
}

/** PID-3 repetitions and PID-32 codes of every sourcePatientInfo slot. */
function sourcePatientInfo(xml: string): { pid3: string[]; status: string[] } {
  const info = slots(xml).get('sourcePatientInfo') ?? [];
  const pid3: string[] = [];
  const status: string[] = [];
  for (const line of info) {
    const match = /^PID-(\d+)\|(.*)$/.exec(line);
    if (match === null) continue;
    if (match[1] === '3') pid3.push(...match[2].split('~'));
    if (match[1] === '32') status.push(...match[2].split('~').map((code) => code.split('^')[0].trim().toUpperCase()));
  }
  return { pid3, status: status.filter((code) => code !== '') };
}

/** `value^^^&oid&ISO^type` (an XDS CX) → the identifier, its kind from the OID. */
function cxIdentifier(cx: string, where: string, qualified: boolean | null): PatientIdentifier | null {
  const components = cx.split('^');
  const value = components[0]?.trim() ?? '';
  if (value === '') return null;
  const hd = (components[3] ?? '').split('&');
  return patientIdentifier({
    value,
    oid: hd[1]?.trim() || null,
    authority: hd[0]?.trim() || null,
    typeCode: components[4]?.trim() || null,
    where,
    qualified,
  });
}
