import { FRENCH_ERROR_TEXTS } from '@preuve/domain';
import type { ErrorCode } from './error-code.js';

/**
 * The French sentence of every error code, sent instead of the English message when the client asks
 * for French (`Accept-Language: fr`). The texts live in `libs/domain/src/i18n/error-messages.fr.ts`,
 * shared with the web app; this type fails the typecheck when a code has none.
 */
export const FRENCH_ERROR_MESSAGES: Record<ErrorCode, string> = FRENCH_ERROR_TEXTS;
