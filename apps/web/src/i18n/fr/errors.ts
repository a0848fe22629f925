import { FRENCH_ERROR_TEXTS } from '../../../../../libs/domain/src/i18n/error-messages.fr';
import type { components } from '../../api/schema';

type ErrorCode = components['schemas']['ErrorCode'];

/**
 * What the interface says for each error code of the API (never the server's English sentence):
 * the API's French texts (`libs/domain/src/i18n/error-messages.fr.ts`, where a new code gets its
 * line), with a few said differently to a person in the browser rather than to an integrator.
 */
export const errors: Record<ErrorCode, string> = {
  ...FRENCH_ERROR_TEXTS,
  ROUTE_NOT_FOUND: "Cette page ou cette opération n'existe pas.",
  BLOB_STORE_UNAVAILABLE:
    'Le stockage des fichiers ne répond pas pour le moment : réessayez dans quelques instants ou prévenez l’administrateur.',
  STORAGE_FULL: 'Le stockage des fichiers est presque plein : réessayez plus tard ou prévenez l’administrateur.',
};
