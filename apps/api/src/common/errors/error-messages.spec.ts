import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { AppError } from './app-error.js';
import { localizedMessage } from './all-exceptions.filter.js';
import { ErrorCode } from './error-code.js';
import { FRENCH_ERROR_MESSAGES } from './error-messages.fr.js';

const SHARED_TABLE = 'libs/domain/src/i18n/error-messages.fr.ts';
const WEB_TABLE = 'apps/web/src/i18n/fr/errors.ts';
const codes = Object.values(ErrorCode);

/** The web app's table, read from its source (the web app is built by Vite, not by this project). */
function webTable(): { spreadsShared: boolean; ownKeys: string[] } {
  const source = readFileSync(fileURLToPath(new URL(`../../../../../${WEB_TABLE}`, import.meta.url)), 'utf8');
  return {
    spreadsShared: /\.\.\.FRENCH_ERROR_TEXTS,/.test(source),
    ownKeys: [...source.matchAll(/^\s+'?([A-Z][A-Z0-9_]*)'?\s*:/gm)].map((match) => match[1]),
  };
}

describe('every error code has a French text', () => {
  it('in the table the API and the web app share', () => {
    const missing = codes.filter((code) => !(FRENCH_ERROR_MESSAGES[code] ?? '').trim());
    expect({
      missing,
      fix: missing.length
        ? `add a French sentence for ${missing.join(', ')} to FRENCH_ERROR_TEXTS in ${SHARED_TABLE} (e.g. ${missing[0]}: 'Ce dossier …',)`
        : 'none',
    }).toEqual({ missing: [], fix: 'none' });
  });

  it('in the web app, which starts from the shared table', () => {
    expect(webTable().spreadsShared).toBe(true);
  });

  it('and no text for a code that does not exist', () => {
    expect(Object.keys(FRENCH_ERROR_MESSAGES).filter((key) => !codes.includes(key as ErrorCode))).toEqual([]);
    expect(webTable().ownKeys.filter((key) => !codes.includes(key as ErrorCode))).toEqual([]);
  });
});

describe('localizedMessage', () => {
  const error = new AppError(ErrorCode.DossierNotFound, 'No dossier has the id 42.');

  it.each([
    [undefined, 'No dossier has the id 42.', 'en'],
    ['en-GB', 'No dossier has the id 42.', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'Dossier introuvable.', 'fr'],
  ])('Accept-Language %j', (header, message, language) => {
    expect(localizedMessage(error, header)).toEqual({ message, language });
  });

  it('names the fields of a validation failure in French', () => {
    const invalid = new AppError(ErrorCode.ValidationFailed, 'The request is not valid: name: too long.', {
      fields: [{ field: 'name', problems: ['too long'] }],
    });
    expect(localizedMessage(invalid, 'fr').message).toBe(
      "La requête n'est pas valide : vérifiez les champs indiqués. Champs en cause : name.",
    );
  });
});
