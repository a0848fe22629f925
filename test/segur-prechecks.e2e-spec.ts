import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import {
  cdaDocument,
  cxOf,
  hl7Message,
  metadataXml,
  NIR_A,
  OID,
  pid,
  xdmArchive,
} from '../libs/domain/src/prechecks/fixtures/segur-proofs.js';
import { zipArchive } from '../libs/domain/src/prechecks/fixtures/zip-writer.js';
import { bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A référentiel d'identités: INS 45.1.1 (an identity message received) expects a flow. */
const ANSWERS = {
  profiles: ['general', 'identity_referential'],
  identityRole: 'referential',
  insApplicable: true,
};
const FLOW = 'INS 45.1.1';
const INS_A = cxOf(NIR_A, OID.nir, 'ASIP-SANTE-INS-NIR', 'INS');
const LOCAL = cxOf('PAT-000123', OID.local, 'CABINET', 'PI');

interface Findings {
  analysed: boolean;
  check: string;
  identifiers: { value: string; oid: string | null; kind: string; qualified: boolean | null }[];
  insUnqualified: number;
  notes: { code: string; params?: Record<string, unknown> }[];
}

describe('pre-checks of Ségur proofs on evidence upload (HL7 v2, IHE XDM, CDA)', () => {
  let app: TestApp;
  let vendor: Vendor;
  let dossierId: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    ({ dossierId } = await createDossier(app, vendor.member.token));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: ANSWERS })
      .expect(200);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  function upload(file: Buffer, fileName: string): Promise<Response> {
    return app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', FLOW)
      .attach('file', file, { filename: fileName, contentType: 'application/octet-stream' });
  }

  async function findingsOf(file: Buffer, fileName: string): Promise<{ id: string; findings: Findings | null }> {
    const response = await upload(file, fileName);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { id: string; findings: Findings | null };
  }

  it('flags an HL7 v2 message that sends the INS matricule of an identity that is not qualified, without refusing it', async () => {
    const message = hl7Message('ADT^A28^ADT_A05', 'MSG1', pid({ ids: [LOCAL, INS_A], status: ['VALI'] }));
    const { id, findings } = await findingsOf(Buffer.from(message, 'utf8'), 'adt-a28.hl7');
    expect(findings).toMatchObject({ analysed: true, check: 'hl7v2', insUnqualified: 1 });
    expect(findings!.identifiers.map(({ value, oid, kind, qualified }) => [value, oid, kind, qualified])).toEqual([
      ['PAT-000123', OID.local, 'other', null],
      [NIR_A, OID.nir, 'ins_nir', false],
    ]);
    expect(findings!.notes).toContainEqual({
      code: 'ins.unqualified',
      params: { value: NIR_A, oid: OID.nir, where: 'message 1, PID-3', status: ['VALI'] },
    });

    // The same findings wherever the evidence is read.
    const meta = await app.http().get(`/api/v1/evidence/${id}`).set(bearer(vendor.member.token)).expect(200);
    expect(meta.body.findings).toEqual(findings);
    const view = await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(vendor.member.token)).expect(200);
    const proof = (
      view.body.scenarios as {
        code: string;
        proofs: { code: string; evidence: { id: string; findings: unknown }[] }[];
      }[]
    )
      .find((scenario) => scenario.code === 'INS 45.1')!
      .proofs.find((entry) => entry.code === FLOW)!;
    expect(proof.evidence).toContainEqual(expect.objectContaining({ id, findings }));
  });

  it('reads an IHE XDM archive: its documents, the patient identifiers of the metadata and the CDA, with their OIDs', async () => {
    const archive = xdmArchive({
      metadata: metadataXml({ patientId: `${NIR_A}^^^&${OID.nir}&ISO^NH`, sourcePatientInfo: ['PID-32|QUAL'] }),
      documents: {
        'DOC0001.XML': cdaDocument({
          ids: [
            { root: OID.local, extension: 'PAT-000123' },
            { root: OID.nir, extension: NIR_A },
          ],
        }),
      },
    });
    const { findings } = await findingsOf(archive, 'xdm.zip');
    expect(findings).toMatchObject({
      analysed: true,
      check: 'xdm',
      submissionSets: ['IHE_XDM/SUBSET01/'],
      documents: [{ path: 'IHE_XDM/SUBSET01/DOC0001.XML', inArchive: true, mimeType: 'text/xml' }],
      insUnqualified: 0,
    });
    expect(findings!.identifiers.filter((found) => found.kind === 'ins_nir').map((found) => found.qualified)).toEqual([
      true,
      true,
    ]);
    expect(findings!.notes.map((note) => note.code)).toEqual(['xdm.summary', 'cda.summary', 'ins.qualified']);
  });

  it('reads a CDA document on its own and asks the reviewer to check the status of the identity its INS belongs to', async () => {
    const cda = cdaDocument({ ids: [{ root: OID.nir, extension: NIR_A }] });
    const { findings } = await findingsOf(Buffer.from(cda, 'utf8'), 'compte-rendu.xml');
    expect(findings).toMatchObject({ analysed: true, check: 'cda' });
    expect(findings!.notes.map((note) => note.code)).toEqual(['cda.summary', 'ins.qualification_unknown']);
  });

  it('still accepts a ZIP that is no XDM archive, and a flow in no format it knows (no findings then)', async () => {
    const notXdm = await findingsOf(zipArchive([{ name: 'capture.txt', content: 'rien' }]), 'flux.zip');
    expect(notXdm.findings).toMatchObject({ analysed: true, check: 'xdm', notes: [{ code: 'xdm.no_metadata' }] });
    const plain = await findingsOf(Buffer.from('un flux décrit en texte libre\n', 'utf8'), 'flux.txt');
    expect(plain.findings).toBeNull();
  });
});
