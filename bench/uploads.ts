import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  closeSync,
  fsyncSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { ALL_IN_ANSWERS, call, downloadedBytes } from './actors.js';
import { writeRepeated } from './files.js';

const GIB = 1024 ** 3;

/** Resident and peak resident memory of a process, in bytes (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** A file of `size` bytes in `dir` (a random mebibyte repeated), fsynced. */
function makeFile(dir: string, size: number): string {
  const path = join(dir, 'evidence.mp4');
  const block = randomBytes(1024 * 1024);
  // An MP4 `ftyp` box (isom), so the upload is sniffed as a video like a real screen recording.
  Buffer.from('0000001866747970' + '69736f6d' + '00000200' + '69736f6d' + '6d703431', 'hex').copy(block, 0);
  return writeRepeated(path, block, size);
}

/** The baseline: a plain streamed copy of the same file on the same disk, fsynced. */
async function plainCopy(source: string, target: string): Promise<number> {
  const start = process.hrtime.bigint();
  const output = createWriteStream(target);
  await pipeline(createReadStream(source, { highWaterMark: 1024 * 1024 }), output);
  const fd = openSync(target, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function upload(
  url: string,
  token: string,
  dossierId: string,
  proof: string,
  path: string,
  size: number,
): Promise<{ seconds: number; body: { id: string; sha256: string } }> {
  const boundary = `----preuve${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="proof"\r\n\r\n${proof}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="enregistrement.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const start = process.hrtime.bigint();
  const body = await new Promise<string>((resolve, reject) => {
    const outgoing = request(
      `${url}/api/v1/dossiers/${dossierId}/evidence`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          response.statusCode === 201
            ? resolve(text)
            : reject(new Error(`upload answered ${response.statusCode}: ${text}`)),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.write(head);
    const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
    file.on('error', reject);
    file.on('end', () => outgoing.end(tail));
    file.pipe(outgoing, { end: false });
  });
  return {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    body: JSON.parse(body) as { id: string; sha256: string },
  };
}

async function download(url: string, token: string, evidenceId: string): Promise<{ seconds: number; bytes: number }> {
  const start = process.hrtime.bigint();
  const bytes = await downloadedBytes(url, `/api/v1/evidence/${evidenceId}/content`, token);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, bytes };
}

export interface UploadFigures {
  size: number;
  copySeconds: number;
  uploadSeconds: number;
  downloadSeconds: number;
  rssBefore: number;
  peakAfter: number;
}

/** 1 GiB up and down over loopback HTTP, against a plain copy on the same disk, with the server's peak RSS. */
export async function benchLargeUpload(
  url: string,
  token: string,
  dossierId: string,
  proof: string,
  serverPid: number,
  size = GIB,
): Promise<UploadFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'preuve-bench-file-'));
  try {
    const path = makeFile(dir, size);
    const copySeconds = await plainCopy(path, join(dir, 'copy.mp4'));
    rmSync(join(dir, 'copy.mp4'));
    const rssBefore = memoryOf(serverPid).rss;
    const uploaded = await upload(url, token, dossierId, proof, path, size);
    const downloaded = await download(url, token, uploaded.body.id);
    if (downloaded.bytes !== size) throw new Error(`downloaded ${downloaded.bytes} bytes of ${size}`);
    return {
      size,
      copySeconds,
      uploadSeconds: uploaded.seconds,
      downloadSeconds: downloaded.seconds,
      rssBefore,
      peakAfter: memoryOf(serverPid).peak,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A complete dossier with every scenario applicable and `versions` evidence rows spread over its
 * proofs, written in SQL (the submission reads rows, not bytes). Returns the dossier ids.
 */
export async function seedCompleteDossiers(
  pool: pg.Pool,
  url: string,
  token: string,
  referentialId: string,
  count: number,
  versions: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const product = await call<{ id: string }>(
      url,
      'POST',
      '/api/v1/products',
      { name: `Complet ${index}`, version: '1.0' },
      token,
    );
    const dossier = await call<{ id: string; scenarios: { code: string; proofs: { code: string }[] }[] }>(
      url,
      'POST',
      '/api/v1/dossiers',
      { productId: product.id, referentialId },
      token,
    );
    const view = await call<{
      scenarios: { code: string; applicable: boolean; justificationRequired: boolean; proofs: { code: string }[] }[];
    }>(url, 'PUT', `/api/v1/dossiers/${dossier.id}/answers`, { answers: ALL_IN_ANSWERS }, token);
    const proofs = view.scenarios.flatMap((scenario) =>
      scenario.proofs.map((proof) => ({ scenario: scenario.code, proof: proof.code })),
    );
    const rows = Array.from({ length: versions }, (_, n) => proofs[n % proofs.length]);
    await pool.query(
      `INSERT INTO evidence (dossier_id, organization_id, scenario_code, proof_code, version, round, sha256, size, media_type, file_name)
       SELECT d.id, d.organization_id, r.scenario, r.proof, r.version, 1, encode(sha256(r.proof::bytea || r.version::text::bytea), 'hex'), 1000, 'image/png', 'capture.png'
       FROM dossier d, jsonb_to_recordset($2::jsonb) AS r(scenario text, proof text, version int) WHERE d.id = $1`,
      [dossier.id, JSON.stringify(rows.map((row, n) => ({ ...row, version: Math.floor(n / proofs.length) + 1 })))],
    );
    // What preparation asks for before submission: a conformity text per applicable scenario, a
    // justification per scenario an answer waives (written in SQL, like the evidence rows).
    await pool.query(
      `INSERT INTO scenario_assessment (dossier_id, organization_id, scenario_code, round, status, conformity_text, justification)
       SELECT d.id, d.organization_id, r.code, 1, r.status, r.text, r.justification
       FROM dossier d, jsonb_to_recordset($2::jsonb) AS r(code text, status text, text text, justification text) WHERE d.id = $1`,
      [
        dossier.id,
        JSON.stringify(
          view.scenarios.flatMap(
            (scenario): { code: string; status: string; text: string | null; justification: string | null }[] =>
              scenario.applicable
                ? [
                    {
                      code: scenario.code,
                      status: 'conforme',
                      text: 'Conforme : voir les preuves.',
                      justification: null,
                    },
                  ]
                : scenario.justificationRequired
                  ? [{ code: scenario.code, status: 'non_applicable', text: null, justification: 'Hors périmètre.' }]
                  : [],
          ),
        ),
      ],
    );
    ids.push(dossier.id);
  }
  return ids;
}

export async function timeSubmit(url: string, token: string, dossierId: string): Promise<number> {
  const start = process.hrtime.bigint();
  await call(url, 'POST', `/api/v1/dossiers/${dossierId}/submit`, undefined, token);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeGet(url: string, token: string, path: string): Promise<number> {
  const start = process.hrtime.bigint();
  await call(url, 'GET', path, undefined, token);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
