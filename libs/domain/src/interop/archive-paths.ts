/**
 * Where each file of a round's archive sits: readable paths (the codes and the vendor's own file
 * names), safe on every operating system that unzips them, and unique within the archive.
 */

/** Characters no path segment may hold on Windows, macOS or Linux (and the control characters). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/** Names Windows reserves whatever their extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Longest segment kept, in characters (file systems allow 255 bytes; accents take two). */
const MAX_SEGMENT = 100;

/**
 * One path segment from any text: unsafe characters become `_`, leading and trailing dots and
 * spaces go, reserved names get a `_` prefix, long names are shortened keeping their extension.
 * Never empty (`fallback` then).
 */
export function safeSegment(text: string, fallback = 'fichier'): string {
  let segment = text.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE, '_');
  segment = segment.replace(/^[\s.]+|[\s.]+$/g, '');
  if (segment === '' || /^_+$/.test(segment)) return fallback;
  if (RESERVED.test(segment)) segment = `_${segment}`;
  if (segment.length > MAX_SEGMENT) {
    const dot = segment.lastIndexOf('.');
    const extension = dot > 0 && segment.length - dot <= 10 ? segment.slice(dot) : '';
    segment = segment.slice(0, MAX_SEGMENT - extension.length).replace(/[\s.]+$/, '') + extension;
  }
  return segment;
}

export interface ArchivedEvidence {
  scenarioCode: string;
  proofCode: string;
  version: number;
  fileName: string;
}

/** `evidence/<scenario>/<proof>/v<version>-<file name>`: the proof and version make it unique. */
export function evidencePath(evidence: ArchivedEvidence): string {
  return [
    'evidence',
    safeSegment(evidence.scenarioCode, 'scenario'),
    safeSegment(evidence.proofCode, 'preuve'),
    `v${evidence.version}-${safeSegment(evidence.fileName)}`,
  ].join('/');
}

/** `declarations/<scenario>/declaration-<first 8 of its id>.pdf|json`. */
export function declarationPath(declaration: { scenarioCode: string; id: string }, extension: 'pdf' | 'json'): string {
  return [
    'declarations',
    safeSegment(declaration.scenarioCode, 'scenario'),
    `declaration-${safeSegment(declaration.id.slice(0, 8))}.${extension}`,
  ].join('/');
}
