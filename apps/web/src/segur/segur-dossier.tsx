import type { Schemas } from '../api/client';
import type { Referential } from '../dossier/referential-cache';
import { AdministrativePanel } from './administrative-panel';
import { DeadlinesCard, HomologationsCard, ReferencementCard } from './dossier-extras';
import { PhaseTracker } from './phase-tracker';

type Dossier = Schemas['DossierDto'];

export const isSegur = (dossier: Pick<Dossier, 'programme'>): boolean => dossier.programme === 'SEGUR';

/**
 * What a Ségur dossier shows above its proofs: the phase tracker, the campaign's deadlines, the
 * référencement once granted, the homologations in phase 2, and in phase 1 the administrative
 * dossier instead of the proofs (they open once it is accepted).
 */
export function SegurHeader({
  dossier,
  referential,
  editable,
  onReload,
}: {
  dossier: Dossier;
  referential: Referential;
  editable: boolean;
  onReload: () => void;
}) {
  return (
    <>
      <PhaseTracker phase={dossier.phase} />
      {dossier.phase === 'referenced' && <ReferencementCard dossierId={dossier.id} />}
      <DeadlinesCard deadlines={dossier.deadlines ?? []} />
      {dossier.phase === 'administrative' ? (
        <AdministrativePanel dossierId={dossier.id} referential={referential} onPhaseChange={onReload} />
      ) : (
        <HomologationsCard dossierId={dossier.id} editable={editable} />
      )}
    </>
  );
}
