import type { Proof, ProofKind } from '../referential/model.js';

const TEXT_TYPES = [
  'application/json',
  'application/x-ndjson',
  'application/har+json',
  'text/csv',
  'text/plain',
  'application/xml',
] as const;

/** The media types each kind of proof accepts. Text kinds (logs, flows) are also checked to be UTF-8. */
export const MEDIA_TYPES_BY_KIND: Record<ProofKind, readonly string[]> = {
  video: ['video/mp4', 'video/webm', 'video/quicktime'],
  screenshot: ['image/png', 'image/jpeg', 'image/webp'],
  document: [
    'application/pdf',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  logs: TEXT_TYPES,
  // A flow may also come as an IHE XDM archive (a ZIP), which the Ségur FAQ accepts in place of
  // an HL7 v2 flow for office software.
  flow: [...TEXT_TYPES, 'application/zip'],
};

export const TEXT_MEDIA_TYPES: ReadonlySet<string> = new Set(TEXT_TYPES);

export function acceptedMediaTypes(proof: Pick<Proof, 'kinds' | 'mediaTypes'>): string[] {
  return proof.mediaTypes ?? [...new Set(proof.kinds.flatMap((kind) => MEDIA_TYPES_BY_KIND[kind]))];
}

const TEXT_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  jsonl: 'application/x-ndjson',
  har: 'application/har+json',
  csv: 'text/csv',
  txt: 'text/plain',
  log: 'text/plain',
  xml: 'application/xml',
  hl7: 'text/plain',
  er7: 'text/plain',
};

/**
 * The type of a file no binary signature matched. Only valid UTF-8 text is accepted as text: its
 * type comes from the content where it says (`<?xml`, a JSON object or array) and otherwise from
 * the extension. Null: not text (or an extension that is no text format).
 */
export function textMediaType(fileName: string, head: string, utf8: boolean): string | null {
  if (!utf8) return null;
  const extension = fileName.includes('.') ? (fileName.toLowerCase().split('.').pop() ?? '') : '';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml')) return 'application/xml';
  const byExtension = TEXT_BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  if (start.startsWith('{') || start.startsWith('[')) return 'application/json';
  return extension === '' ? 'text/plain' : null;
}

/** The file name as given, kept for display only: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const bounded = [...cleaned].slice(0, 200).join('');
  return bounded === '' || bounded === '.' || bounded === '..' ? 'fichier' : bounded;
}
