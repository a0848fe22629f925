import { type Nature, type Profile, type Programme, type ProofKind, type Referential } from '@preuve/domain';
import { normalizeHeader } from './grid-headers.js';
import type { GridWarning } from './grid-problem-codes.js';

/** What the person importing says about the grid: it is not in the file. */
export interface GridMeta {
  programme: Programme;
  code: string;
  version: string;
  title: string;
  /** The file name, for the notice and messages. */
  source: string;
  /** Ségur: couloir, dispositif and vague. */
  couloir?: string;
  dispositif?: string;
  vague?: string;
}

export interface ImportReport {
  format: 'xlsx' | 'csv';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  /** Data rows read (empty rows not counted). */
  rows: number;
  requirements: number;
  scenarios: number;
  proofs: number;
  profiles: string[];
  /** The English texts of `codedWarnings`. */
  warnings: string[];
  codedWarnings: GridWarning[];
}

/** Family titles of the known families, for a grid (which only carries codes). */
export const FAMILY_TITLES: Record<string, string> = {
  ANN: 'Annuaire Santé',
  IEU: 'Identification électronique des usagers',
  IEPS: 'Identification électronique des professionnels de santé',
  INS: 'Identité nationale de santé',
  PSC: 'Pro Santé Connect',
  PORT: 'Portabilité des données',
  ApCV: 'Application carte Vitale',
  ADM: 'Administration des rôles et des droits',
  RGPD: 'Protection des données personnelles (RGPD)',
};

/**
 * Profile labels of the DMN grid and the codes Preuve already uses for them, so that answers
 * given to one version stay valid in the next. Other labels get a code made from their words.
 */
const KNOWN_PROFILES: Record<string, string> = {
  general: 'general',
  'referentiel d identites': 'identity_referential',
  'stockage de copies de titres d identite': 'identity_document_storage',
  'acces professionnel': 'professional_access',
  'acces usager': 'patient_access',
  'acces usager apcv': 'patient_access_apcv',
};

export function profileCodeOf(label: string): string {
  const words = normalizeHeader(label.replace(/numero/g, ''));
  const known = KNOWN_PROFILES[words];
  if (known) return known;
  const slug = words.replace(/ /g, '_');
  return /^[a-z]/.test(slug) ? slug : `p_${slug}`;
}

export const NATURE_BY_TEXT: Record<string, Nature> = { doit: 'DOIT', devrait: 'DEVRAIT' };

/** What a proof's wording says about the kind of file expected; a document when it says nothing. */
export function proofKindsOf(text: string): ProofKind[] {
  const words = normalizeHeader(text);
  const kinds: ProofKind[] = [];
  if (/\b(video|videos|film|enregistrement)\b/.test(words)) kinds.push('video');
  if (/\b(capture|captures|copie d ecran|copies d ecran|screenshot|ecran|ecrans)\b/.test(words))
    kinds.push('screenshot');
  if (/\b(journal|journaux|log|logs|trace|traces|requete|requetes)\b/.test(words)) kinds.push('logs');
  if (/\b(flux|message|messages|hl7|cda|xdm)\b/.test(words)) kinds.push('flow');
  if (kinds.length === 0 || /\b(document|documentation|attestation|pdf|description|procedure)\b/.test(words))
    kinds.push('document');
  return kinds;
}

/** A requirement or scenario title: the text on one line, cut at a word near 90 characters. */
export function shortTitle(statement: string): string {
  const oneLine = statement.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= 90) return oneLine;
  const cut = oneLine.slice(0, 90);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function profilesQuestion(profiles: Profile[]): Referential['questions'][number] {
  return {
    key: 'profiles',
    label: "Quels profils d'applicabilité votre produit revendique-t-il ?",
    type: 'multi_choice',
    options: profiles.map((profile) => ({ value: profile.code, label: profile.label })),
  };
}
