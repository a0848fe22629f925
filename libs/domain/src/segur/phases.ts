/** The Ségur procedure in three phases (a DMN dossier is in `proofs` from the start). */
export const DOSSIER_PHASES = ['administrative', 'proofs', 'referenced'] as const;
export type DossierPhase = (typeof DOSSIER_PHASES)[number];

/** The phase a new dossier starts in, by programme. */
export function initialPhase(programme: 'DMN' | 'SEGUR'): DossierPhase {
  return programme === 'SEGUR' ? 'administrative' : 'proofs';
}
