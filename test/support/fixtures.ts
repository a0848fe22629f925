import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { luhnCheckDigit } from '@preuve/domain';
import { pngChunk } from '../../apps/api/src/demo/png-chunk.js';

/**
 * Small, real files for upload tests: each is what its format's readers expect (signature,
 * chunk or box layout, checksums), built in memory so that the tests carry no binary fixture.
 */

/** SHA-256 of the bytes, lower-case hex: what `sha256sum` prints. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of the bytes, base64: the value of an RFC 9530 `sha-256` digest. */
export function sha256Base64(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * A 1x1 RGBA PNG of the given colour (so that different colours give different bytes), with an
 * optional `tEXt` comment chunk to make the file as large as needed.
 */
export function png(options: { rgba?: [number, number, number, number]; commentBytes?: number } = {}): Buffer {
  const [r, g, b, a] = options.rgba ?? [200, 30, 30, 255];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  // compression, filter and interlace methods: 0
  const scanline = Buffer.from([0, r, g, b, a]); // filter type 0, then one pixel
  const chunks = [pngChunk('IHDR', header)];
  if (options.commentBytes !== undefined && options.commentBytes > 0) {
    chunks.push(
      pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(options.commentBytes, 'x')])),
    );
  }
  chunks.push(pngChunk('IDAT', deflateSync(scanline)), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

/** A PNG of exactly `size` bytes (at least 100), padded with a comment chunk. */
export function pngOfSize(size: number): Buffer {
  const bare = png({ commentBytes: 1 });
  const padded = png({ commentBytes: 1 + size - bare.length });
  if (padded.length !== size) throw new Error(`could not build a PNG of ${size} bytes`);
  return padded;
}

/** A one-page PDF 1.4 with a correct cross-reference table, ending in `%%EOF`. */
export function pdf(text = 'Description du processus d’appel à l’API FHIR'): Buffer {
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  const stream = `BT /F1 12 Tf 72 720 Td (${ascii.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function mp4Box(type: string, payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + payload.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), payload]);
}

/** An ISO base media file: an `ftyp` box of major brand `isom`, a `free` box and an `mdat` box. */
export function mp4(payloadBytes = 256, seed = 1): Buffer {
  const minorVersion = Buffer.alloc(4);
  minorVersion.writeUInt32BE(0x200);
  const ftyp = mp4Box(
    'ftyp',
    Buffer.concat([Buffer.from('isom', 'latin1'), minorVersion, Buffer.from('isomiso2avc1mp41', 'latin1')]),
  );
  const mdat = Buffer.alloc(payloadBytes);
  for (let i = 0; i < payloadBytes; i++) mdat[i] = (i * 31 + seed * 17) & 0xff;
  return Buffer.concat([ftyp, mp4Box('free', Buffer.alloc(8)), mp4Box('mdat', mdat)]);
}

/** The start of a 64-bit Linux executable (ELF header), padded. */
export function elfExecutable(): Buffer {
  const header = Buffer.alloc(128);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]).copy(header);
  header.writeUInt16LE(2, 16); // e_type: executable
  header.writeUInt16LE(0x3e, 18); // e_machine: x86-64
  return header;
}

/** The start of a Windows executable: the `MZ` DOS header pointing at a `PE\0\0` header. */
export function windowsExecutable(): Buffer {
  const file = Buffer.alloc(256);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(0x80, 0x3c);
  file.write('PE\0\0', 0x80, 'latin1');
  return file;
}

/** An IDNPS (`8` + an 11-digit RPPS whose Luhn key is right), or one whose key is wrong. */
export function idnps(body = '1000314159', keyValid = true): string {
  const key = luhnCheckDigit(body);
  return `8${body}${keyValid ? key : (key + 1) % 10}`;
}

/**
 * A text log of calls to the Annuaire Santé FHIR API, one request a line, each timestamped:
 * two unitary searches (one by a valid IDNPS, one by an IDNPS whose key is wrong), one DELTA
 * and one FULL.
 */
export function fhirTextLog(valid = idnps(), invalid = idnps('1000271828', false)): Buffer {
  const base = 'https://gateway.api.esante.gouv.fr/fhir/v2';
  const day = new Date().toISOString().slice(0, 10);
  const lines = [
    `${day}T09:14:03.120Z INFO GET ${base}/Practitioner?identifier=https://rpps.esante.gouv.fr|${valid} 200`,
    `${day}T09:14:05.004Z INFO GET ${base}/Practitioner?identifier=${invalid} 200`,
    `${day}T09:15:00.000Z INFO GET ${base}/PractitionerRole?_lastUpdated=ge${day} 200`,
    `${day}T09:16:30.500Z INFO GET ${base}/Organization 200`,
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
