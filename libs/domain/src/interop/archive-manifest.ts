import type { SubmissionManifest } from '../submission/manifest.js';

/**
 * The manifest of a round's archive (`manifest.json`): which file is where, with its SHA-256 and
 * size, and the submission manifest the round froze (with its hash), so that `verify.mjs` can tie
 * every file back to what was submitted. The verifier in the archive reads exactly this shape.
 */
export const ARCHIVE_FORMAT = 'preuve-round-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export type ArchiveFileKind = 'evidence' | 'declaration-pdf' | 'declaration-json' | 'report';

export interface ArchiveFile {
  path: string;
  kind: ArchiveFileKind;
  sha256: string;
  size: number;
  scenarioCode?: string;
  proofCode?: string;
  version?: number;
  evidenceId?: string;
  declarationId?: string;
  /** The vendor's own file name, for evidence. */
  fileName?: string;
  mediaType?: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: typeof ARCHIVE_FORMAT_VERSION;
  dossier: { id: string; organization: string; product: string; productVersion: string };
  referential: { id: string; code: string; version: string; title: string };
  round: number;
  submission: {
    id: string;
    submittedAt: string;
    manifestSha256: string;
    /** The manifest frozen at submission, as stored: its canonical JSON hashes to `manifestSha256`. */
    manifest: SubmissionManifest;
  };
  /** Hashed by the verifier in this order; the large evidence files come last. */
  files: ArchiveFile[];
}

/** Files in verification order: report, declarations, then evidence, each by path. */
export function orderArchiveFiles(files: ArchiveFile[]): ArchiveFile[] {
  const rank: Record<ArchiveFileKind, number> = { report: 0, 'declaration-json': 1, 'declaration-pdf': 1, evidence: 2 };
  return [...files].sort((a, b) => rank[a.kind] - rank[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
