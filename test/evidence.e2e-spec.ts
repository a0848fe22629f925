import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { sweepBlobs } from '../apps/api/src/evidence/blob-maintenance.js';
import {
  bearer,
  createApiToken,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Vendor,
} from './support/actors.js';
import {
  elfExecutable,
  fhirTextLog,
  idnps,
  mp4,
  pdf,
  png,
  pngOfSize,
  sha256Base64,
  sha256Hex,
  windowsExecutable,
} from './support/fixtures.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';

type Answers = Record<string, unknown>;

interface EvidenceBody {
  id: string;
  dossierId: string;
  proofCode: string;
  scenarioCode: string;
  version: number;
  round: number;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  description: string | null;
  uploadedAt: string;
  findings: Record<string, unknown> | null;
}

interface ProofView {
  code: string;
  required: boolean;
  kinds: string[];
  evidence: Omit<EvidenceBody, 'dossierId' | 'proofCode' | 'scenarioCode' | 'round'>[];
}

interface ScenarioView {
  code: string;
  applicable: boolean;
  proofs: ProofView[];
  satisfied: boolean;
  missingProofs: string[];
}

interface DossierView {
  id: string;
  completeness: { applicable: number; satisfied: number; missing: number };
  scenarios: ScenarioView[];
}

/**
 * General and professional access, with the Annuaire Santé read through its FHIR API: ANN 2.1
 * expects a video (ANN 2.1.2) and the logs of its calls (ANN 2.1.2-LOGS), ANN 1.1 a document
 * (ANN 1.1.1-API), ANN 4.1 a screenshot (ANN 4.1.1).
 */
const ANSWERS: Answers = {
  profiles: ['general', 'professional_access'],
  insApplicable: true,
  directorySource: 'fhir_api',
  storesReferringDoctor: true,
};

const SCREENSHOT = 'ANN 4.1.1';
const VIDEO = 'ANN 2.1.2';
const DOCUMENT = 'ANN 1.1.1-API';
const LOGS = 'ANN 2.1.2-LOGS';
const SCREENSHOT_OR_VIDEO = 'ANN 2.1.1';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Part =
  | { name: string; value: string }
  | { name: string; data: Buffer; fileName?: string; dispositionParams?: string; contentType?: string };

/** A multipart/form-data body written by hand, for what a form library would not send. */
function multipart(parts: Part[]): { contentType: string; body: Buffer } {
  const boundary = `----preuve-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
      continue;
    }
    const params = part.dispositionParams ?? `filename="${part.fileName ?? 'fichier.bin'}"`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; ${params}\r\n` +
          `Content-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      part.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

async function filesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The temporary files of an app once its in-flight clean-ups ran (polled, a bounded number of turns). */
async function settledTemporaryFiles(dataDir: string, turns = 20_000): Promise<string[]> {
  const dir = join(dataDir, 'blobs', 'tmp');
  for (let turn = 0; turn < turns; turn++) {
    const left = await filesIn(dir);
    if (left.length === 0) return left;
    await nextTurn();
  }
  return filesIn(dir);
}

/** Every blob file of an app's store: `<2 hex>/<sha256>`. */
async function blobFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'blobs');
  const found: string[] = [];
  for (const shard of (await filesIn(root)).filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    for (const name of await filesIn(join(root, shard))) found.push(`${shard}/${name}`);
  }
  return found.sort();
}

function blobPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'blobs', sha256.slice(0, 2), sha256);
}

function scenarioOf(view: DossierView, code: string): ScenarioView {
  const found = view.scenarios.find((scenario) => scenario.code === code);
  if (!found) throw new Error(`The dossier shows no scenario « ${code} »`);
  return found;
}

function proofOf(view: DossierView, scenarioCode: string, proofCode: string): ProofView {
  const found = scenarioOf(view, scenarioCode).proofs.find((proof) => proof.code === proofCode);
  if (!found) throw new Error(`Scenario « ${scenarioCode} » shows no proof « ${proofCode} »`);
  return found;
}

describe('evidence over REST', () => {
  let app: TestApp;
  let vendor: Vendor;
  let other: Vendor;
  let token: string;
  let dossierId: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    other = await createVendor(app);
    token = vendor.member.token;
    dossierId = await newDossier();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function newDossier(answers: Answers = ANSWERS, as = token): Promise<string> {
    const { dossierId: id } = await createDossier(app, as);
    await app.http().put(`/api/v1/dossiers/${id}/answers`).set(bearer(as)).send({ answers }).expect(200);
    return id;
  }

  function upload(
    id: string,
    proof: string,
    file: Buffer,
    fileName: string,
    options: { as?: string; description?: string } = {},
  ): Promise<Response> {
    let test = app
      .http()
      .post(`/api/v1/dossiers/${id}/evidence`)
      .set(bearer(options.as ?? token))
      .field('proof', proof);
    if (options.description !== undefined) test = test.field('description', options.description);
    // The declared type is deliberately vague: the server must judge the bytes.
    return test.attach('file', file, { filename: fileName, contentType: 'application/octet-stream' });
  }

  function uploadRaw(id: string, parts: Part[], as = token): Promise<Response> {
    const { contentType, body } = multipart(parts);
    return app
      .http()
      .post(`/api/v1/dossiers/${id}/evidence`)
      .set(bearer(as))
      .set('Content-Type', contentType)
      .send(body);
  }

  async function uploaded(id: string, proof: string, file: Buffer, fileName: string): Promise<EvidenceBody> {
    const response = await upload(id, proof, file, fileName);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as EvidenceBody;
  }

  function download(id: string, range?: string, as = token): Promise<Response> {
    const test = app.http().get(`/api/v1/evidence/${id}/content`).set(bearer(as));
    return (range === undefined ? test : test.set('Range', range)).buffer(true).parse(binary);
  }

  async function evidenceList(id: string, as = token): Promise<EvidenceBody[]> {
    const response = await app.http().get(`/api/v1/dossiers/${id}/evidence`).set(bearer(as)).expect(200);
    return response.body as EvidenceBody[];
  }

  async function getDossier(id: string): Promise<DossierView> {
    const response = await app.http().get(`/api/v1/dossiers/${id}`).set(bearer(token)).expect(200);
    return response.body as DossierView;
  }

  describe('uploading', () => {
    it('stores a PNG screenshot: 201 with its metadata, the SHA-256 of its bytes, and the blob at its content address', async () => {
      const file = png();
      const response = await upload(dossierId, SCREENSHOT, file, 'fiche-utilisateur.png', {
        description: 'Écran de réglage de la fréquence',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        proofCode: SCREENSHOT,
        scenarioCode: 'ANN 4.1',
        version: 1,
        sha256: sha256Hex(file),
        size: file.length,
        mediaType: 'image/png',
        fileName: 'fiche-utilisateur.png',
        description: 'Écran de réglage de la fréquence',
      });
      const onDisk = await readFile(blobPath(app.config.dataDir, sha256Hex(file)));
      expect(onDisk.equals(file)).toBe(true);
    });

    it('stores an MP4 video, a PDF document and a text log for the proofs that expect them', async () => {
      const cases: [string, Buffer, string, string, string][] = [
        [VIDEO, mp4(512, 7), 'recherche.mp4', 'video/mp4', 'ANN 2.1'],
        [DOCUMENT, pdf(), 'processus.pdf', 'application/pdf', 'ANN 1.1'],
        [LOGS, fhirTextLog(), 'appels-fhir.log', 'text/plain', 'ANN 2.1'],
      ];
      for (const [proof, file, fileName, mediaType, scenarioCode] of cases) {
        const body = await uploaded(dossierId, proof, file, fileName);
        expect(body).toMatchObject({ proofCode: proof, scenarioCode, mediaType, fileName, sha256: sha256Hex(file) });
        expect((await readFile(blobPath(app.config.dataDir, body.sha256))).equals(file)).toBe(true);
      }
    });

    it('adds version 2 on a second upload to the same proof, and both versions stay downloadable', async () => {
      const id = await newDossier();
      const first = mp4(300, 1);
      const second = mp4(400, 2);
      const v1 = await uploaded(id, VIDEO, first, 'recherche-v1.mp4');
      const v2 = await uploaded(id, VIDEO, second, 'recherche-v2.mp4');
      expect([v1.version, v2.version]).toEqual([1, 2]);
      expect(v2.id).not.toBe(v1.id);

      const [one, two] = [await download(v1.id), await download(v2.id)];
      expect([one.status, two.status]).toEqual([200, 200]);
      expect((one.body as Buffer).equals(first)).toBe(true);
      expect((two.body as Buffer).equals(second)).toBe(true);

      const listed = await evidenceList(id);
      expect(listed.map((entry) => [entry.proofCode, entry.version, entry.id])).toEqual([
        [VIDEO, 1, v1.id],
        [VIDEO, 2, v2.id],
      ]);

      const audit = await app.http().get(`/api/v1/dossiers/${id}/audit`).set(bearer(token)).expect(200);
      const uploads = (audit.body as { action: string; data: Record<string, unknown> }[]).filter(
        (event) => event.action === 'evidence.uploaded',
      );
      expect(uploads.map((event) => event.data)).toEqual([
        expect.objectContaining({ evidenceId: v1.id, proof: VIDEO, version: 1, sha256: sha256Hex(first) }),
        expect.objectContaining({ evidenceId: v2.id, proof: VIDEO, version: 2, sha256: sha256Hex(second) }),
      ]);
    });

    it('numbers simultaneous uploads to the same proof 1, 2, 3 without losing one', async () => {
      const id = await newDossier();
      const files = [1, 2, 3].map((seed) => mp4(200, 10 + seed));
      const responses = await Promise.all(files.map((file, index) => upload(id, VIDEO, file, `essai-${index}.mp4`)));
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
      expect(responses.map((response) => response.body.version as number).sort()).toEqual([1, 2, 3]);
      const listed = await evidenceList(id);
      expect(listed.map((entry) => entry.version)).toEqual([1, 2, 3]);
      expect(new Set(listed.map((entry) => entry.sha256))).toEqual(new Set(files.map(sha256Hex)));
    });

    it('stores identical content once on disk, however many evidence rows point at it', async () => {
      const id = await newDossier();
      const file = png({ rgba: [1, 2, 3, 255] });
      const first = await uploaded(id, SCREENSHOT, file, 'capture.png');
      const blobsAfterFirst = await blobFiles(app.config.dataDir);
      const again = await uploaded(id, SCREENSHOT_OR_VIDEO, file, 'meme-capture.png');
      const third = await uploaded(id, SCREENSHOT, file, 'capture-bis.png');

      expect([again.sha256, third.sha256]).toEqual([first.sha256, first.sha256]);
      expect(new Set([first.id, again.id, third.id]).size).toBe(3);
      expect(await blobFiles(app.config.dataDir)).toEqual(blobsAfterFirst);
      expect(blobsAfterFirst).toContain(`${first.sha256.slice(0, 2)}/${first.sha256}`);
      expect((await download(third.id)).body).toEqual(file);
    });

    it('shows the evidence under its proof in the dossier view and moves the completeness counts', async () => {
      const id = await newDossier();
      const before = await getDossier(id);
      expect(scenarioOf(before, 'ANN 4.1')).toMatchObject({ applicable: true, satisfied: false });
      expect(scenarioOf(before, 'ANN 4.1').missingProofs).toContain(SCREENSHOT);
      expect(proofOf(before, 'ANN 4.1', SCREENSHOT).evidence).toEqual([]);

      const file = png({ rgba: [9, 9, 9, 255] });
      const evidence = await uploaded(id, SCREENSHOT, file, 'frequence.png');
      const after = await getDossier(id);

      expect(proofOf(after, 'ANN 4.1', SCREENSHOT).evidence).toEqual([
        expect.objectContaining({
          id: evidence.id,
          version: 1,
          sha256: sha256Hex(file),
          size: file.length,
          mediaType: 'image/png',
          fileName: 'frequence.png',
        }),
      ]);
      expect(scenarioOf(after, 'ANN 4.1')).toMatchObject({ satisfied: true, missingProofs: [] });
      expect(after.completeness).toEqual({
        applicable: before.completeness.applicable,
        satisfied: before.completeness.satisfied + 1,
        missing: before.completeness.missing - 1,
      });
    });

    it('lets an API token with evidence:write upload, and refuses one without it with 403 INSUFFICIENT_SCOPE', async () => {
      const id = await newDossier();
      const writer = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['evidence:write']);
      const reader = await createApiToken(app, vendor.organization.id, vendor.admin.token, [
        'dossiers:read',
        'dossiers:write',
      ]);
      const file = pdf('Processus FULL, DELTA et unitaire');

      const refused = await upload(id, DOCUMENT, file, 'processus.pdf', { as: reader.token });
      expect([refused.status, refused.body.code]).toEqual([403, 'INSUFFICIENT_SCOPE']);
      expect(await evidenceList(id)).toEqual([]);

      const accepted = await upload(id, DOCUMENT, file, 'processus.pdf', { as: writer.token });
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({ proofCode: DOCUMENT, mediaType: 'application/pdf', version: 1 });
      expect((await evidenceList(id)).map((entry) => entry.id)).toEqual([accepted.body.id]);
    });

    it.each([
      ['dotted', 'ANN.4.1.1', SCREENSHOT],
      ['lower case', 'ann 4.1.1', SCREENSHOT],
      ['dotted lower case with a suffix', 'ann.1.1.1-api', DOCUMENT],
    ])('accepts the proof code %s (« %s ») and records the canonical code', async (_label, given, canonical) => {
      const id = await newDossier();
      const file = canonical === DOCUMENT ? pdf(given) : png({ rgba: [4, 5, 6, 255] });
      const body = await uploaded(id, given, file, canonical === DOCUMENT ? 'processus.pdf' : 'capture.png');
      expect(body.proofCode).toBe(canonical);
      expect((await evidenceList(id)).map((entry) => entry.proofCode)).toEqual([canonical]);
    });
  });

  describe('downloading', () => {
    const FILE_NAME = 'Procédure d’appel "FHIR".pdf';
    let file: Buffer;
    let evidence: EvidenceBody;

    beforeAll(async () => {
      file = pdf('Un document de plus de quinze octets');
      // An accented name with quotes, sent in the RFC 5987 form so that it arrives as typed.
      const response = await uploadRaw(dossierId, [
        { name: 'proof', value: DOCUMENT },
        { name: 'file', data: file, dispositionParams: `filename*=UTF-8''${encodeURIComponent(FILE_NAME)}` },
      ]);
      expect(response.status).toBe(201);
      evidence = response.body as EvidenceBody;
    }, 120_000);

    it('serves the exact bytes with their type, file name, RFC 9530 digest and ETag', async () => {
      expect(evidence.fileName).toBe(FILE_NAME);
      const response = await download(evidence.id);
      expect(response.status).toBe(200);
      expect((response.body as Buffer).equals(file)).toBe(true);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-length']).toBe(String(file.length));
      expect(response.headers['content-digest']).toBe(`sha-256=:${sha256Base64(file)}:`);
      expect(response.headers.etag).toBe(`"${sha256Hex(file)}"`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      // The quoted name is plain ASCII without quotes; the UTF-8 one is the name as uploaded.
      expect(response.headers['content-disposition']).toBe(
        `inline; filename="Procedure d_appel _FHIR_.pdf"; filename*=UTF-8''Proc%C3%A9dure%20d%E2%80%99appel%20%22FHIR%22.pdf`,
      );
    });

    it('offers a log as an attachment, not to be displayed', async () => {
      const log = await uploaded(dossierId, LOGS, fhirTextLog(), 'journal.log');
      const response = await download(log.id);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/plain');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="journal\.log"/);
    });

    it('answers bytes=0-9 with 206, its Content-Range and exactly those ten bytes', async () => {
      const response = await download(evidence.id, 'bytes=0-9');
      expect(response.status).toBe(206);
      expect(response.headers['content-range']).toBe(`bytes 0-9/${file.length}`);
      expect(response.headers['content-length']).toBe('10');
      expect((response.body as Buffer).equals(file.subarray(0, 10))).toBe(true);
      // A digest of the whole file would not match these ten bytes: only the representation's is given.
      expect(response.headers['content-digest']).toBeUndefined();
      expect(response.headers['repr-digest']).toBe(`sha-256=:${sha256Base64(file)}:`);
    });

    it('answers the suffix range bytes=-5 with the last five bytes', async () => {
      const response = await download(evidence.id, 'bytes=-5');
      expect(response.status).toBe(206);
      expect(response.headers['content-range']).toBe(`bytes ${file.length - 5}-${file.length - 1}/${file.length}`);
      expect((response.body as Buffer).equals(file.subarray(file.length - 5))).toBe(true);
    });

    it('answers an open range from an offset with the rest of the file', async () => {
      const response = await download(evidence.id, 'bytes=100-');
      expect(response.status).toBe(206);
      expect((response.body as Buffer).equals(file.subarray(100))).toBe(true);
    });

    it.each(['bytes=999999-', 'bytes=20-10', 'bytes=-0'])(
      'answers the unsatisfiable range « %s » with 416 RANGE_NOT_SATISFIABLE and the size',
      async (range) => {
        const response = await app
          .http()
          .get(`/api/v1/evidence/${evidence.id}/content`)
          .set(bearer(token))
          .set('Range', range);
        expect([response.status, response.body.code]).toEqual([416, 'RANGE_NOT_SATISFIABLE']);
        expect(response.headers['content-range']).toBe(`bytes */${file.length}`);
      },
    );

    it('GET /evidence/{id} gives the metadata of the upload', async () => {
      const response = await app.http().get(`/api/v1/evidence/${evidence.id}`).set(bearer(token)).expect(200);
      expect(response.body).toEqual({
        ...evidence,
        dossierId,
        round: 1,
        uploadedAt: expect.any(String),
        findings: null,
      });
    });

    it('GET /dossiers/{id}/evidence lists every version of every proof', async () => {
      const listed = await evidenceList(dossierId);
      const documents = listed.filter((entry) => entry.proofCode === DOCUMENT);
      expect(documents.map((entry) => entry.version)).toEqual([1, 2]);
      expect(documents.at(-1)?.id).toBe(evidence.id);
      expect(listed.every((entry) => entry.dossierId === dossierId)).toBe(true);
    });

    it('answers 404 EVIDENCE_NOT_FOUND for an id that does not exist', async () => {
      const [meta, content] = await Promise.all([
        app.http().get(`/api/v1/evidence/${UNKNOWN_ID}`).set(bearer(token)),
        app.http().get(`/api/v1/evidence/${UNKNOWN_ID}/content`).set(bearer(token)),
      ]);
      expect([meta.status, meta.body.code, content.status, content.body.code]).toEqual([
        404,
        'EVIDENCE_NOT_FOUND',
        404,
        'EVIDENCE_NOT_FOUND',
      ]);
    });
  });

  describe('refusals: a clear 4xx, and nothing stored', () => {
    let id: string;

    beforeAll(async () => {
      id = await newDossier();
      await uploaded(id, SCREENSHOT, png({ rgba: [7, 7, 7, 255] }), 'deja-la.png');
    }, 120_000);

    /** The refusal, then: no new evidence row and no temporary file left behind. */
    async function expectRefused(send: () => Promise<Response>, status: number, code: string): Promise<Response> {
      const before = await evidenceList(id);
      const response = await send();
      expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
      expect(typeof response.body.message).toBe('string');
      expect(await evidenceList(id)).toEqual(before);
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
      return response;
    }

    it('refuses a body without a file field (400)', async () => {
      await expectRefused(() => uploadRaw(id, [{ name: 'proof', value: SCREENSHOT }]), 400, 'VALIDATION_FAILED');
    });

    it('refuses two files in one upload (400)', async () => {
      await expectRefused(
        () =>
          uploadRaw(id, [
            { name: 'proof', value: SCREENSHOT },
            { name: 'file', data: png({ rgba: [10, 0, 0, 255] }), fileName: 'un.png' },
            { name: 'file', data: png({ rgba: [11, 0, 0, 255] }), fileName: 'deux.png' },
          ]),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses an empty file (400)', async () => {
      await expectRefused(
        () =>
          uploadRaw(id, [
            { name: 'proof', value: SCREENSHOT },
            { name: 'file', data: Buffer.alloc(0), fileName: 'vide.png' },
          ]),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses a file without a proof field (400)', async () => {
      await expectRefused(
        () => uploadRaw(id, [{ name: 'file', data: png({ rgba: [12, 0, 0, 255] }), fileName: 'orpheline.png' }]),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses an unknown proof with 404 PROOF_NOT_FOUND', async () => {
      const response = await expectRefused(
        () => upload(id, 'ANN 9.9.9', png({ rgba: [13, 0, 0, 255] }), 'capture.png'),
        404,
        'PROOF_NOT_FOUND',
      );
      expect(response.body.message).toContain('ANN 9.9.9');
    });

    it('refuses something that is not a proof code with 400 INVALID_CODE', async () => {
      await expectRefused(() => upload(id, '../../etc/passwd', png(), 'capture.png'), 400, 'INVALID_CODE');
    });

    it('refuses a proof of a scenario whose profile is not declared with 422 PROOF_NOT_APPLICABLE', async () => {
      const response = await expectRefused(
        () => upload(id, 'IEU 1.1.1', png({ rgba: [14, 0, 0, 255] }), 'capture.png'),
        422,
        'PROOF_NOT_APPLICABLE',
      );
      expect(response.body.details).toMatchObject({ proof: 'IEU 1.1.1', scenario: 'IEU 1.1' });
    });

    it('refuses the FHIR logs proof when the directory is loaded from extraction files (422 PROOF_NOT_APPLICABLE)', async () => {
      const extraction = await newDossier({ ...ANSWERS, directorySource: 'extraction_file' });
      const response = await upload(extraction, LOGS, fhirTextLog(), 'appels.log');
      expect([response.status, response.body.code]).toEqual([422, 'PROOF_NOT_APPLICABLE']);
      expect(response.body.details).toMatchObject({ proof: LOGS, scenario: 'ANN 2.1' });
      expect(await evidenceList(extraction)).toEqual([]);
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
      // The same file is welcome where the API is used.
      expect((await upload(id, LOGS, fhirTextLog(), 'appels.log')).status).toBe(201);
    });

    it.each([
      ['a Linux executable named .mp4', VIDEO, elfExecutable, 'recherche.mp4', 'application/x-elf'],
      ['a Linux executable named .png', SCREENSHOT, elfExecutable, 'capture.png', 'application/x-elf'],
      ['a Windows executable named .png', SCREENSHOT, windowsExecutable, 'capture.png', 'application/x-msdownload'],
      ['a Windows executable named .mp4', VIDEO, windowsExecutable, 'recherche.mp4', 'application/x-msdownload'],
      ['a PNG sent to a video-only proof', VIDEO, png, 'recherche.mp4', 'image/png'],
      ['a PDF sent to a screenshot proof', SCREENSHOT, pdf, 'capture.png', 'application/pdf'],
    ])(
      'refuses %s with 415 UNSUPPORTED_MEDIA_TYPE and says what it really is',
      async (_label, proof, make, name, detected) => {
        const response = await expectRefused(() => upload(id, proof, make(), name), 415, 'UNSUPPORTED_MEDIA_TYPE');
        expect(response.body.details).toMatchObject({ detected });
        expect(response.body.details.accepted).not.toContain(detected);
      },
    );

    it('refuses a log that is not UTF-8 text with 415', async () => {
      const latin1 = Buffer.from(
        `${new Date().toISOString()} GET https://gateway.api.esante.gouv.fr/fhir/v2/Practitioner?name=Lef\u00e8vre\n`,
        'latin1',
      );
      const response = await expectRefused(() => upload(id, LOGS, latin1, 'appels.log'), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(response.body.details).toMatchObject({ detected: null });
    });

    it('refuses an unknown multipart field (400)', async () => {
      const response = await expectRefused(
        () =>
          uploadRaw(id, [
            { name: 'proof', value: SCREENSHOT },
            { name: 'owner', value: 'someone-else' },
            { name: 'file', data: png({ rgba: [15, 0, 0, 255] }), fileName: 'capture.png' },
          ]),
        400,
        'VALIDATION_FAILED',
      );
      expect(response.body.message).toContain('owner');
    });

    it('refuses a file sent under another field name (400)', async () => {
      await expectRefused(
        () =>
          uploadRaw(id, [
            { name: 'proof', value: SCREENSHOT },
            { name: 'document', data: png({ rgba: [16, 0, 0, 255] }), fileName: 'capture.png' },
          ]),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses a description longer than 2000 characters (400)', async () => {
      await expectRefused(
        () => upload(id, SCREENSHOT, png({ rgba: [17, 0, 0, 255] }), 'capture.png', { description: 'd'.repeat(2001) }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses a body that is not multipart at all', async () => {
      const json = await expectRefused(
        () =>
          app
            .http()
            .post(`/api/v1/dossiers/${id}/evidence`)
            .set(bearer(token))
            .send({ proof: SCREENSHOT, file: png().toString('base64') }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expect(json.body.message).toMatch(/multipart/);
      await expectRefused(
        () =>
          app
            .http()
            .post(`/api/v1/dossiers/${id}/evidence`)
            .set(bearer(token))
            .set('Content-Type', 'image/png')
            .send(png()),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('accepts a file name with a path and control characters, and keeps only its cleaned base name', async () => {
      const file = png({ rgba: [18, 0, 0, 255] });
      // RFC 5987 form: the only way to carry control characters through a multipart header.
      const encoded = `..%2F..%2Fetc%2Fcap%01ture%1B%E2%80%AE%07.png`;
      const response = await uploadRaw(id, [
        { name: 'proof', value: SCREENSHOT },
        { name: 'file', data: file, dispositionParams: `filename*=UTF-8''${encoded}` },
      ]);
      expect(response.status).toBe(201);
      expect(response.body.fileName).toBe('capture.png');
      const meta = await app.http().get(`/api/v1/evidence/${response.body.id}`).set(bearer(token)).expect(200);
      expect(meta.body.fileName).toBe('capture.png');
      const content = await download(response.body.id);
      expect(content.headers['content-disposition']).toBe(
        `inline; filename="capture.png"; filename*=UTF-8''capture.png`,
      );
    });

    it('answers 404 DOSSIER_NOT_FOUND for another organisation’s dossier, and stores nothing there', async () => {
      const theirs = await newDossier(ANSWERS, other.member.token);
      const response = await upload(theirs, SCREENSHOT, png({ rgba: [19, 0, 0, 255] }), 'capture.png');
      expect([response.status, response.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
      expect(await evidenceList(theirs, other.member.token)).toEqual([]);
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
    });

    it('answers 409 DOSSIER_LOCKED once the dossier is submitted, and stores nothing', async () => {
      const locked = await newDossier();
      await uploaded(locked, SCREENSHOT, png({ rgba: [20, 0, 0, 255] }), 'avant.png');
      await app.dataSource.query(`UPDATE dossier SET status = 'submitted', first_submitted_at = now() WHERE id = $1`, [
        locked,
      ]);
      const before = await evidenceList(locked);
      const response = await upload(locked, SCREENSHOT, png({ rgba: [21, 0, 0, 255] }), 'apres.png');
      expect([response.status, response.body.code]).toEqual([409, 'DOSSIER_LOCKED']);
      expect(await evidenceList(locked)).toEqual(before);
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
    });
  });

  describe('pre-check findings of FHIR API logs', () => {
    it('counts requests, call types and identifiers of a log, flags an IDNPS whose key is wrong, and shows it everywhere', async () => {
      const id = await newDossier();
      const valid = idnps('1000314159');
      const invalid = idnps('1000271828', false);
      const response = await upload(id, LOGS, fhirTextLog(valid, invalid), 'appels-fhir.log');
      expect(response.status).toBe(201);
      const findings = response.body.findings as Record<string, unknown>;
      expect(findings).toMatchObject({
        analysed: true,
        format: 'text',
        requests: 4,
        fhirRequests: 4,
        callTypes: { full: 1, delta: 1, unitary: 2 },
        allIdentifiersValid: false,
        timestamped: true,
      });
      expect(findings.identifiers).toEqual([
        { value: valid, type: 'idnps', valid: true },
        { value: invalid, type: 'idnps', valid: false, reason: expect.stringMatching(/Luhn/) },
      ]);
      expect(findings.notes).toEqual(
        expect.arrayContaining([
          { code: 'fhir.calls', params: { requests: 4, full: 1, delta: 1, unitary: 2 } },
          { code: 'fhir.identifier_invalid', params: { type: 'idnps', value: invalid, luhn: true } },
        ]),
      );

      const meta = await app.http().get(`/api/v1/evidence/${response.body.id}`).set(bearer(token)).expect(200);
      expect(meta.body.findings).toEqual(findings);
      const view = await getDossier(id);
      expect(proofOf(view, 'ANN 2.1', LOGS).evidence).toEqual([
        expect.objectContaining({ id: response.body.id, findings }),
      ]);
    });

    it('still accepts a log that is garbage: findings never block an upload', async () => {
      const id = await newDossier();
      const garbage = Buffer.from('}{ pas un journal ]] \n\n ¯\\_(ツ)_/¯ \n 12345 \n', 'utf8');
      const response = await upload(id, LOGS, garbage, 'journal.txt');
      expect(response.status).toBe(201);
      expect(response.body.findings).toMatchObject({
        analysed: true,
        requests: 0,
        fhirRequests: 0,
        identifiers: [],
        notes: [{ code: 'fhir.format_unknown' }],
      });
      expect((await download(response.body.id)).body).toEqual(garbage);
    });

    it('keeps findings for FHIR logs only: a screenshot has none', async () => {
      const id = await newDossier();
      const body = await uploaded(id, SCREENSHOT, png({ rgba: [30, 0, 0, 255] }), 'capture.png');
      expect(body).toMatchObject({ findings: null });
    });
  });

  describe('tenant walls', () => {
    let evidence: EvidenceBody;
    let draftId: string;

    beforeAll(async () => {
      draftId = await newDossier();
      evidence = await uploaded(draftId, SCREENSHOT, png({ rgba: [40, 0, 0, 255] }), 'privee.png');
    }, 120_000);

    it('answers another vendor 404 on the evidence, its content, its list and an upload to the dossier', async () => {
      const as = other.member.token;
      const meta = await app.http().get(`/api/v1/evidence/${evidence.id}`).set(bearer(as));
      const content = await app.http().get(`/api/v1/evidence/${evidence.id}/content`).set(bearer(as));
      const list = await app.http().get(`/api/v1/dossiers/${draftId}/evidence`).set(bearer(as));
      const post = await upload(draftId, SCREENSHOT, png({ rgba: [41, 0, 0, 255] }), 'intrus.png', { as });
      expect([meta, content, list, post].map((response) => `${response.status} ${response.body.code}`)).toEqual([
        '404 EVIDENCE_NOT_FOUND',
        '404 EVIDENCE_NOT_FOUND',
        '404 DOSSIER_NOT_FOUND',
        '404 DOSSIER_NOT_FOUND',
      ]);
      expect(content.headers['content-digest']).toBeUndefined();
      expect((await evidenceList(draftId)).map((entry) => entry.id)).toEqual([evidence.id]);
    });

    it('answers a reviewer 404 on evidence of a draft, but serves it once the dossier is submitted', async () => {
      const authority = await createOrganization(app, `Autorite-${randomBytes(3).toString('hex')}`, 'authority');
      const reviewer = await createMember(app, authority.id, 'reviewer');
      const as = reviewer.token;

      const hidden = await Promise.all([
        app.http().get(`/api/v1/evidence/${evidence.id}`).set(bearer(as)),
        app.http().get(`/api/v1/evidence/${evidence.id}/content`).set(bearer(as)),
      ]);
      expect(hidden.map((response) => `${response.status} ${response.body.code}`)).toEqual([
        '404 EVIDENCE_NOT_FOUND',
        '404 EVIDENCE_NOT_FOUND',
      ]);

      const submittedId = await newDossier();
      const file = png({ rgba: [42, 0, 0, 255] });
      const submitted = await uploaded(submittedId, SCREENSHOT, file, 'soumise.png');
      await app.dataSource.query(`UPDATE dossier SET status = 'submitted', first_submitted_at = now() WHERE id = $1`, [
        submittedId,
      ]);
      const seen = await download(submitted.id, undefined, as);
      expect(seen.status).toBe(200);
      expect((seen.body as Buffer).equals(file)).toBe(true);
    });
  });

  describe('append-only evidence', () => {
    let evidence: EvidenceBody;

    beforeAll(async () => {
      evidence = await uploaded(await newDossier(), SCREENSHOT, png({ rgba: [50, 0, 0, 255] }), 'immuable.png');
    }, 120_000);

    it('refuses an UPDATE of an evidence row in the database', async () => {
      await expect(
        app.dataSource.query(`UPDATE evidence SET file_name = 'x' WHERE id = $1`, [evidence.id]),
      ).rejects.toThrow(/append-only/);
      const meta = await app.http().get(`/api/v1/evidence/${evidence.id}`).set(bearer(token)).expect(200);
      expect(meta.body.fileName).toBe('immuable.png');
    });

    it('refuses a DELETE of evidence rows in the database', async () => {
      await expect(app.dataSource.query(`DELETE FROM evidence WHERE id = $1`, [evidence.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(app.dataSource.query(`DELETE FROM evidence`)).rejects.toThrow(/append-only/);
      await app.http().get(`/api/v1/evidence/${evidence.id}`).set(bearer(token)).expect(200);
    });
  });

  describe('large uploads over a raw connection, then the blob sweep', () => {
    const opened: http.ClientRequest[] = [];
    afterAll(() => {
      // Should a test fail midway, its connection must not keep the server from closing.
      for (const request of opened) request.destroy();
    });

    /**
     * Starts an upload announcing 50 MiB, sends the `proof` field and the first bytes of the
     * file, and stops there: the rest never comes unless the test says so.
     */
    async function startLargeUpload(
      id: string,
      proof: string,
      fileStart: Buffer,
    ): Promise<{ request: http.ClientRequest; response: Promise<{ status: number; body: string }> }> {
      const server = app.app.getHttpServer() as http.Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = `----preuve-${randomBytes(8).toString('hex')}`;
      const request = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/v1/dossiers/${id}/evidence`,
        headers: {
          ...bearer(token),
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(50 * 1024 * 1024),
        },
      });
      opened.push(request);
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        request.on('response', (message) => {
          const chunks: Buffer[] = [];
          message.on('data', (chunk: Buffer) => chunks.push(chunk));
          message.on('end', () => resolve({ status: message.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          message.on('error', reject);
        });
        request.on('error', reject);
      });
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="proof"\r\n\r\n${proof}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="longue.mp4"\r\n` +
          'Content-Type: video/mp4\r\n\r\n',
      );
      request.write(fileStart);
      return { request, response };
    }

    it('leaves no row and no temporary file when the client goes away mid-file', async () => {
      const id = await newDossier();
      const tmp = join(app.config.dataDir, 'blobs', 'tmp');
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);

      const { request, response } = await startLargeUpload(id, VIDEO, mp4(256 * 1024, 3));
      response.catch(() => undefined); // the socket is destroyed on purpose

      // The server has started writing the file.
      let partial: string[] = [];
      for (let turn = 0; turn < 100_000 && partial.length === 0; turn++) {
        partial = (await filesIn(tmp)).filter((name) => name.endsWith('.part'));
        if (partial.length === 0) await nextTurn();
      }
      expect(partial).toHaveLength(1);

      request.destroy();
      expect(await settledTemporaryFiles(app.config.dataDir, 100_000)).toEqual([]);
      expect(await evidenceList(id)).toEqual([]);
      // The server is still there for the next client.
      await app.http().get('/api/v1/health').expect(200);
    });

    it('refuses a proof that does not apply as soon as the field arrives, without waiting for the file', async () => {
      const id = await newDossier();
      const { request, response } = await startLargeUpload(id, 'IEU 1.1.1', mp4(64 * 1024, 4));
      request.on('error', () => undefined);
      // Only the start of the 50 MiB was sent: an answer now means the server did not wait for the rest.
      const answer = await response;
      request.destroy();
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'PROOF_NOT_APPLICABLE' });
      expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
      expect(await evidenceList(id)).toEqual([]);
    });

    it('removes an old orphan blob and an old temporary file, and keeps referenced blobs however old', async () => {
      const id = await newDossier();
      const file = png({ rgba: [60, 0, 0, 255] });
      const kept = await uploaded(id, SCREENSHOT, file, 'gardee.png');

      const orphanContent = randomBytes(64);
      const orphan = sha256Hex(orphanContent);
      await mkdir(join(app.config.dataDir, 'blobs', orphan.slice(0, 2)), { recursive: true });
      await writeFile(blobPath(app.config.dataDir, orphan), orphanContent);
      const tmp = join(app.config.dataDir, 'blobs', 'tmp');
      await mkdir(tmp, { recursive: true });
      const stale = join(tmp, 'abandonne.part');
      await writeFile(stale, 'début d’un envoi abandonné');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const path of [blobPath(app.config.dataDir, orphan), blobPath(app.config.dataDir, kept.sha256), stale]) {
        await utimes(path, twoHoursAgo, twoHoursAgo);
      }
      const referenced = (await evidenceList(dossierId)).map((entry) => entry.sha256);

      const result = await sweepBlobs(app.dataSource, app.config);

      expect(result).toEqual({ removedTemporary: 1, removedBlobs: 1 });
      const left = await blobFiles(app.config.dataDir);
      expect(left).not.toContain(`${orphan.slice(0, 2)}/${orphan}`);
      expect(left).toContain(`${kept.sha256.slice(0, 2)}/${kept.sha256}`);
      for (const sha256 of referenced) expect(left).toContain(`${sha256.slice(0, 2)}/${sha256}`);
      expect(await filesIn(tmp)).toEqual([]);
      const content = await download(kept.id);
      expect([content.status, (content.body as Buffer).equals(file)]).toEqual([200, true]);
    });
  });
});

describe('evidence over REST with MAX_UPLOAD_BYTES=1000', () => {
  let app: TestApp;
  let token: string;
  let dossierId: string;

  beforeAll(async () => {
    app = await startTestApp({ MAX_UPLOAD_BYTES: '1000' });
    token = (await createVendor(app)).member.token;
    ({ dossierId } = await createDossier(app, token));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(token))
      .send({ answers: ANSWERS })
      .expect(200);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  function upload(file: Buffer): Promise<Response> {
    return app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(token))
      .field('proof', SCREENSHOT)
      .attach('file', file, { filename: 'grande.png', contentType: 'image/png' });
  }

  it('refuses a 5,000-byte file with 413 PAYLOAD_TOO_LARGE and leaves nothing in tmp or blobs', async () => {
    const file = pngOfSize(5000);
    expect(file.length).toBe(5000);
    const response = await upload(file);
    expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(response.body.details).toMatchObject({ limit: 1000 });
    expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
    expect(await blobFiles(app.config.dataDir)).toEqual([]);
    const list = await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(token)).expect(200);
    expect(list.body).toEqual([]);
  });

  it('accepts a file of exactly 1,000 bytes', async () => {
    const file = pngOfSize(1000);
    const response = await upload(file);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ size: 1000, sha256: sha256Hex(file) });
  });

  it('refuses a file far over the limit from its announced length (413)', async () => {
    const response = await upload(pngOfSize(70_000));
    expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
  });

  it('refuses 1,001 bytes', async () => {
    const response = await upload(pngOfSize(1001));
    expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await settledTemporaryFiles(app.config.dataDir)).toEqual([]);
  });
});
