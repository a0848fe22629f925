import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { pngChunk } from '../../apps/api/src/demo/png-chunk.js';

// Tiny valid files, one per kind of proof; each carries a label so that each has its own hash.

/** A valid 1×1 greyscale PNG with `label` in a tEXt chunk. */
function png(label: string): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Comment\0${label}`, 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function box(type: string, payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + payload.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), payload]);
}

/** An MP4 (ISO base media) file: `ftyp` (major brand isom) then a `free` box with `label`. */
function mp4(label: string): Buffer {
  const brands = Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41')]);
  return Buffer.concat([box('ftyp', brands), box('free', Buffer.from(label, 'utf8'))]);
}

/** A minimal PDF: a catalogue, an empty page tree, a trailer. */
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n` +
      `2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** UTF-8 log lines. */
function log(label: string): Buffer {
  return Buffer.from(`2026-11-26T10:00:00Z INFO ${label} : copie du titre d'identité chiffrée (AES-256)\n`, 'utf8');
}

export interface TestFile {
  content: Buffer;
  name: string;
}

export interface LabelledFile extends TestFile {
  /** The type the server must sniff from the bytes. */
  mediaType: string;
}

/** A file of the first kind the proof accepts. */
export function fileFor(proofCode: string, kinds: string[]): LabelledFile {
  const label = `${proofCode} ${randomUUID()}`;
  switch (kinds[0]) {
    case 'screenshot':
      return { content: png(label), name: 'capture.png', mediaType: 'image/png' };
    case 'video':
      return { content: mp4(label), name: 'demonstration.mp4', mediaType: 'video/mp4' };
    case 'document':
      return { content: pdf(label), name: 'procedure.pdf', mediaType: 'application/pdf' };
    case 'logs':
    case 'flow':
      return { content: log(label), name: 'journal.log', mediaType: 'text/plain' };
    default:
      throw new Error(`No test file for the kinds ${kinds.join(', ')} of ${proofCode}`);
  }
}
