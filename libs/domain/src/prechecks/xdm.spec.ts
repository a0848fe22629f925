import { describe, expect, it } from '@jest/globals';
import { analyseCda, looksLikeCda } from './cda.js';
import { cdaDocument, metadataXml, NIR_A, NIR_B, OID, xdmArchive } from './fixtures/segur-proofs.js';
import { zipArchive } from './fixtures/zip-writer.js';
import { renderPrecheckNoteFr } from './notes-fr.js';
import { analyseXdm } from './xdm.js';
import { readZip, ZIP_LIMITS } from './zip.js';

const PATIENT_ID = `${NIR_A}^^^&${OID.nir}&ISO^NH`;
const CDA = cdaDocument({
  title: 'Compte rendu de consultation',
  ids: [
    { root: OID.local, extension: 'PAT-000123' },
    { root: OID.nir, extension: NIR_A },
  ],
});

function codes(findings: { notes: { code: string }[] }): string[] {
  return findings.notes.map((note) => note.code);
}

describe('analyseXdm — an IHE XDM archive', () => {
  it('lists its documents and the patient identifiers of the metadata and of each CDA, with their OIDs', () => {
    const archive = xdmArchive({
      metadata: metadataXml({ patientId: PATIENT_ID, sourcePatientInfo: ['PID-3|' + PATIENT_ID, 'PID-32|QUAL'] }),
      documents: { 'DOC0001.XML': CDA },
    });
    const findings = analyseXdm(archive);
    expect(findings.submissionSets).toEqual(['IHE_XDM/SUBSET01/']);
    expect(findings.documents).toEqual([
      {
        path: 'IHE_XDM/SUBSET01/DOC0001.XML',
        title: 'Compte rendu',
        mimeType: 'text/xml',
        inArchive: true,
        patientIds: [expect.objectContaining({ value: NIR_A, oid: OID.nir, kind: 'ins_nir', qualified: true })],
      },
    ]);
    expect(
      findings.identifiers.map(({ value, oid, kind, where, qualified }) => [value, oid, kind, where, qualified]),
    ).toEqual([
      [NIR_A, OID.nir, 'ins_nir', 'IHE_XDM/SUBSET01/METADATA.XML', true],
      ['PAT-000123', OID.local, 'other', 'IHE_XDM/SUBSET01/DOC0001.XML', null],
      [NIR_A, OID.nir, 'ins_nir', 'IHE_XDM/SUBSET01/DOC0001.XML', true],
    ]);
    expect(findings.insUnqualified).toBe(0);
    expect(findings.notes.map(renderPrecheckNoteFr)).toEqual([
      'Archive IHE XDM : 1 lot de soumission, 1 document décrit dont 1 document CDA lu.',
      'Document CDA IHE_XDM/SUBSET01/DOC0001.XML « Compte rendu de consultation » : 2 identifiants patient.',
      'Les 2 matricules INS relevés accompagnent une identité qualifiée.',
    ]);
  });

  it.each<[string, string[], boolean | null, string]>([
    ['qualified (PID-32 QUAL)', ['PID-32|QUAL'], true, 'ins.qualified'],
    ['validated only (PID-32 VALI)', ['PID-32|VALI'], false, 'ins.unqualified'],
    ['of no stated status', [], null, 'ins.qualification_unknown'],
  ])('flags the INS matricule of an identity %s', (_label, sourcePatientInfo, qualified, code) => {
    const findings = analyseXdm(
      xdmArchive({
        metadata: metadataXml({ patientId: PATIENT_ID, sourcePatientInfo }),
        documents: { 'DOC0001.XML': CDA },
      }),
    );
    for (const identifier of findings.identifiers.filter((found) => found.kind !== 'other')) {
      expect(identifier.qualified).toBe(qualified);
    }
    expect(codes(findings)).toContain(code);
    expect(findings.insUnqualified).toBe(qualified === false ? 2 : 0);
  });

  it('notes a document the metadata lists but the archive lacks, and a patient the document does not name', () => {
    const missing = analyseXdm(xdmArchive({ metadata: metadataXml({ patientId: PATIENT_ID }), documents: {} }));
    expect(missing.documents[0]).toMatchObject({ path: 'IHE_XDM/SUBSET01/DOC0001.XML', inArchive: false });
    expect(missing.notes).toContainEqual({
      code: 'xdm.missing_document',
      params: { path: 'IHE_XDM/SUBSET01/DOC0001.XML' },
    });

    const other = cdaDocument({ ids: [{ root: OID.nir, extension: NIR_B }] });
    const mismatch = analyseXdm(
      xdmArchive({ metadata: metadataXml({ patientId: PATIENT_ID }), documents: { 'DOC0001.XML': other } }),
    );
    expect(mismatch.notes).toContainEqual({
      code: 'xdm.patient_mismatch',
      params: { path: 'IHE_XDM/SUBSET01/DOC0001.XML', value: NIR_A, oid: OID.nir },
    });
    expect(renderPrecheckNoteFr(mismatch.notes.find((note) => note.code === 'xdm.patient_mismatch')!)).toBe(
      `L'identifiant patient des métadonnées ${NIR_A} (OID ${OID.nir}) ne figure pas dans le document IHE_XDM/SUBSET01/DOC0001.XML.`,
    );
  });

  it('notes an archive without INDEX.HTM / README.TXT, and reads a URI whatever its letter case', () => {
    const findings = analyseXdm(
      xdmArchive({
        metadata: metadataXml({ patientId: PATIENT_ID, uri: 'doc0001.xml' }),
        documents: { 'DOC0001.XML': CDA },
        withIndex: false,
      }),
    );
    expect(codes(findings)).toContain('xdm.no_index');
    expect(findings.documents[0]).toMatchObject({ path: 'IHE_XDM/SUBSET01/DOC0001.XML', inArchive: true });
  });

  it.each<[string, Buffer, string]>([
    [
      'a ZIP without METADATA.XML',
      zipArchive([{ name: 'photo.txt', content: 'pas une archive XDM' }]),
      'xdm.no_metadata',
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'), 'xdm.not_zip'],
    ['nothing', Buffer.alloc(0), 'xdm.not_zip'],
    [
      'a ZIP cut short',
      zipArchive([{ name: 'IHE_XDM/SUBSET01/METADATA.XML', content: 'x'.repeat(500) }]).subarray(0, 100),
      'xdm.not_zip',
    ],
  ])('never throws on %s: it says what it is not', (_label, input, code) => {
    const findings = analyseXdm(input);
    expect(findings).toMatchObject({ check: 'xdm', documents: [], identifiers: [] });
    expect(codes(findings)).toEqual([code]);
  });
});

describe('readZip — bounded', () => {
  it('reads stored and deflated entries, and lists without reading an entry larger than the limit', () => {
    const big = Buffer.alloc(ZIP_LIMITS.maxEntryBytes + 1);
    const zip = readZip(
      zipArchive([
        { name: 'a.txt', content: 'stocké', store: true },
        { name: 'dossier/b.txt', content: 'compressé' },
        { name: 'bombe.bin', content: big },
      ]),
    );
    expect(zip.readable).toBe(true);
    expect(zip.entries.map(({ name, size, data, problem }) => [name, size, data?.toString('utf8'), problem])).toEqual([
      ['a.txt', 7, 'stocké', undefined],
      ['dossier/b.txt', 10, 'compressé', undefined],
      ['bombe.bin', ZIP_LIMITS.maxEntryBytes + 1, undefined, 'too_large'],
    ]);
  });

  it('says an entry is damaged when its bytes do not inflate to its size', () => {
    const archive = zipArchive([
      { name: 'a.txt', content: 'un texte assez long pour être compressé, compressé, compressé' },
    ]);
    archive[35] ^= 0xff; // inside the deflated data
    expect(readZip(archive).entries[0]).toMatchObject({ name: 'a.txt', problem: 'damaged' });
  });
});

describe('analyseCda — a CDA document on its own', () => {
  it('gives its title and the ids of patientRole only, and flags an INS whose status it cannot know', () => {
    const findings = analyseCda(CDA, 'cr.xml');
    expect(findings.documents[0].title).toBe('Compte rendu de consultation');
    expect(findings.identifiers.map(({ value, oid }) => [value, oid])).toEqual([
      ['PAT-000123', OID.local],
      [NIR_A, OID.nir],
    ]);
    expect(findings.notes.map(renderPrecheckNoteFr)).toEqual([
      'Document CDA cr.xml « Compte rendu de consultation » : 2 identifiants patient.',
      `Le matricule INS ${NIR_A} (NIR, OID 1.2.250.1.213.1.4.8) figure dans cr.xml ; le fichier ne dit pas si ` +
        "l'identité est qualifiée : vérifiez-le, le matricule INS ne doit être transmis que pour une identité qualifiée.",
    ]);
  });

  it.each<[string, string, string[]]>([
    ['no patient id', cdaDocument({ ids: [] }), ['cda.summary', 'cda.no_patient_id', 'ins.none']],
    ['XML that is no CDA', '<?xml version="1.0"?><root/>', ['cda.not_cda']],
    ['garbage', '<<<&#99999999;', ['cda.not_cda']],
  ])('with %s', (_label, text, expected) => {
    expect(codes(analyseCda(text))).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">', true],
    ['<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3">', true],
    ['<rim:SubmitObjectsRequest/>', false],
  ])('looksLikeCda(%j) is %s', (text, expected) => {
    expect(looksLikeCda(text)).toBe(expected);
  });
});
