import { api, unwrap, type Schemas } from '../api/client';
import { matchPath } from '../router';
import { loadReferential } from './referential-cache';

type Dossier = Schemas['DossierDto'];

const early = new Map<string, Promise<Dossier>>();
/**
 * Dossiers the page has already asked for. The page can render (and load) before the preload runs:
 * a preload coming after that would be older than what the page shows, and a later reload would
 * take it instead of asking the server.
 */
const asked = new Set<string>();

function fetchDossier(id: string): Promise<Dossier> {
  return api.GET('/api/v1/dossiers/{id}', { params: { path: { id } } }).then(unwrap);
}

/**
 * Opening a dossier's URL directly (a link, a reload): its dossier and référentiel are asked for as
 * soon as the session is back, while the rest of the app is still loading, not once the page renders.
 */
export function preloadForPath(path: string): void {
  const params = matchPath('/dossiers/:id', path) ?? matchPath('/review/dossiers/:id', path);
  if (!params || asked.has(params.id)) return;
  const dossier = fetchDossier(params.id);
  early.set(params.id, dossier);
  dossier.then(
    (loaded) => void loadReferential(loaded.referentialId).catch(() => undefined),
    () => early.delete(params.id),
  );
}

/** The dossier, from the preload when there is one (taken once: a reload asks the server again). */
export function loadDossier(id: string): Promise<Dossier> {
  asked.add(id);
  const preloaded = early.get(id);
  early.delete(id);
  return preloaded ?? fetchDossier(id);
}
