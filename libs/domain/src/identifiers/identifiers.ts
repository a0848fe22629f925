/**
 * Format and key checks of the French health identifiers a vendor types into Preuve
 * (rules summarised from the public specifications of each identifier and the ANS FAQ for industrials).
 *
 * - RPPS: 11 digits, Luhn over the 11.
 * - IDNPS (Identification nationale PP): `8` + RPPS; the RPPS part passes Luhn, the 12 digits as a
 *   whole need not.
 * - AM (Assurance Maladie): 9 digits, Luhn.
 * - FINESS: 9 characters, the first two are the département (`2A`/`2B` for Corsica); Luhn after
 *   replacing `2A` → `21` and `2B` → `22`.
 * - NIR: 13 characters + a 2-digit key = 97 − (number mod 97), where a Corsican département
 *   (positions 6–7) `2A` counts as `19` and `2B` as `18`.
 *
 * The checks only prove the number is well formed: they say nothing about whether it was issued.
 */
import { luhnValid } from './luhn.js';

export const IDENTIFIER_TYPES = ['rpps', 'idnps', 'finess', 'am', 'nir'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export function isIdentifierType(s: string): s is IdentifierType {
  return (IDENTIFIER_TYPES as readonly string[]).includes(s);
}

export interface IdentifierCheck {
  type: IdentifierType;
  /** The value exactly as given. */
  value: string;
  valid: boolean;
  /**
   * Only when valid: the canonical form — trimmed, inner spaces, dots and dashes removed,
   * Corsican letters upper-case.
   */
  normalized?: string;
  /** When invalid: a French sentence saying what to fix. When valid: an optional short note. */
  reason?: string;
}

/** Separators a person may type between groups: whitespace (incl. no-break), dots, dashes. */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

const IDNPS_PREFIX_NAMES: Record<string, string> = {
  '0': 'ADELI',
  '3': 'FINESS',
  '4': 'SIREN',
  '5': 'SIRET',
};

/** First digits a NIR may start with: 1/2 (sex), 3/4 and 7/8 for provisional numbers. */
const NIR_FIRST_DIGITS = new Set(['1', '2', '3', '4', '7', '8']);

export function validateIdentifier(type: IdentifierType, value: string): IdentifierCheck {
  const compact = value.replace(SEPARATORS, '');
  switch (type) {
    case 'rpps':
      return checkRpps(value, compact);
    case 'idnps':
      return checkIdnps(value, compact);
    case 'am':
      return checkAm(value, compact);
    case 'finess':
      return checkFiness(value, compact);
    case 'nir':
      return checkNir(value, compact);
    default: {
      const unknownType: never = type;
      throw new TypeError(`Unknown identifier type: ${String(unknownType)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

function invalid(type: IdentifierType, value: string, reason: string): IdentifierCheck {
  return { type, value, valid: false, reason };
}

function valid(type: IdentifierType, value: string, normalized: string, note?: string): IdentifierCheck {
  return note === undefined
    ? { type, value, valid: true, normalized }
    : { type, value, valid: true, normalized, reason: note };
}

/** « 1 reçu », « 10 reçus » (French: 0 and 1 take the singular). */
/** Valid once the Luhn key checks out, computed over `keyed` (the normalized digits unless told). */
function luhnChecked(
  type: IdentifierType,
  value: string,
  normalized: string,
  label: string,
  keyed = normalized,
): IdentifierCheck {
  if (!luhnValid(keyed)) return invalid(type, value, `La clé de Luhn du ${label} est incorrecte.`);
  return valid(type, value, normalized);
}

function received(n: number): string {
  return `${n} reçu${n >= 2 ? 's' : ''}`;
}

function firstNonDigit(s: string): string | undefined {
  return /[^0-9]/.exec(s)?.[0];
}

/**
 * Shared shape checks of an all-digit identifier: not empty, digits only, the right length.
 * Returns the reason when one fails.
 */
function digitsShapeProblem(compact: string, label: string, length: number): string | undefined {
  if (compact === '') {
    return `Le ${label} est vide : saisissez ses ${length} chiffres.`;
  }
  const bad = firstNonDigit(compact);
  if (bad !== undefined) {
    return `Un ${label} ne comporte que des chiffres ; caractère « ${bad} » reçu.`;
  }
  if (compact.length !== length) {
    return `Un ${label} comporte ${length} chiffres ; ${received(compact.length)}.`;
  }
  return undefined;
}

function checkRpps(value: string, compact: string): IdentifierCheck {
  const problem = digitsShapeProblem(compact, 'numéro RPPS', 11);
  if (problem !== undefined) {
    if (compact.length === 12 && compact.startsWith('8') && luhnValid(compact.slice(1))) {
      return invalid(
        'rpps',
        value,
        `${problem} Il s'agit sans doute d'un IDNPS (8 + numéro RPPS) : retirez le 8 initial.`,
      );
    }
    return invalid('rpps', value, problem);
  }
  return luhnChecked('rpps', value, compact, 'numéro RPPS');
}

function checkIdnps(value: string, compact: string): IdentifierCheck {
  if (compact === '') {
    return invalid('idnps', value, "L'IDNPS est vide : saisissez ses 12 chiffres (8 + numéro RPPS).");
  }
  const bad = firstNonDigit(compact);
  if (bad !== undefined) {
    return invalid('idnps', value, `Un IDNPS ne comporte que des chiffres ; caractère « ${bad} » reçu.`);
  }
  if (compact.length !== 12) {
    const hint = compact.length === 11 ? ' Pour un numéro RPPS, ajoutez le préfixe 8 devant.' : '';
    return invalid(
      'idnps',
      value,
      `Un IDNPS comporte 12 chiffres (8 + numéro RPPS) ; ${received(compact.length)}.${hint}`,
    );
  }
  const prefix = compact.charAt(0);
  if (prefix !== '8') {
    const name = IDNPS_PREFIX_NAMES[prefix];
    const what = name === undefined ? `par ${prefix}` : `par ${prefix}, préfixe d'un numéro ${name}`;
    return invalid(
      'idnps',
      value,
      `L'IDNPS d'un professionnel inscrit au RPPS commence par 8 ; celui-ci commence ${what}. ` +
        'Les préfixes 0 (ADELI), 3 (FINESS), 4 (SIREN) et 5 (SIRET) ne désignent pas un ' +
        'professionnel inscrit au RPPS.',
    );
  }
  const rpps = compact.slice(1);
  if (!luhnValid(rpps)) {
    return invalid(
      'idnps',
      value,
      "La clé de Luhn du numéro RPPS contenu dans l'IDNPS (ses 11 derniers chiffres) est incorrecte.",
    );
  }
  return valid('idnps', value, compact, `Numéro RPPS : ${rpps}.`);
}

function checkAm(value: string, compact: string): IdentifierCheck {
  const problem = digitsShapeProblem(compact, 'numéro AM', 9);
  if (problem !== undefined) return invalid('am', value, problem);
  return luhnChecked('am', value, compact, 'numéro AM');
}

function checkFiness(value: string, compact: string): IdentifierCheck {
  if (compact === '') {
    return invalid('finess', value, 'Le numéro FINESS est vide : saisissez ses 9 caractères.');
  }
  const upper = compact.toUpperCase();
  const corsica = /^2[AB]/.test(upper);
  const bad = firstNonDigit(corsica ? compact.slice(2) : compact);
  if (bad !== undefined) {
    return invalid(
      'finess',
      value,
      'Un numéro FINESS ne comporte que des chiffres, hormis 2A ou 2B en tête pour la Corse ; ' +
        `caractère « ${bad} » reçu.`,
    );
  }
  if (upper.length !== 9) {
    return invalid('finess', value, `Un numéro FINESS comporte 9 caractères ; ${received(upper.length)}.`);
  }
  // Corsican numbers: the key is computed with 2A as 21 and 2B as 22.
  return luhnChecked('finess', value, upper, 'numéro FINESS', upper.replace(/^2A/, '21').replace(/^2B/, '22'));
}

function checkNir(value: string, compact: string): IdentifierCheck {
  if (compact === '') {
    return invalid('nir', value, 'Le NIR est vide : saisissez ses 13 caractères et sa clé.');
  }
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charAt(i);
    if (c >= '0' && c <= '9') continue;
    // Corsica: `2A` / `2B` as the département, positions 6–7 (indexes 5–6).
    if (i === 6 && /^[ABab]$/.test(c) && compact.charAt(5) === '2') continue;
    return invalid(
      'nir',
      value,
      'Un NIR ne comporte que des chiffres, hormis 2A ou 2B (Corse) en positions 6 et 7 ; ' +
        `caractère « ${compact.charAt(i)} » reçu en position ${i + 1}.`,
    );
  }
  // Only digits and one ASCII letter are left: upper-casing keeps the length.
  const upper = compact.toUpperCase();
  if (upper.length !== 15) {
    const hint = upper.length === 13 ? ' La clé (2 derniers chiffres) semble manquer.' : '';
    return invalid(
      'nir',
      value,
      `Un NIR comporte 15 caractères (13 et une clé de 2 chiffres) ; ${received(upper.length)}.${hint}`,
    );
  }
  const first = upper.charAt(0);
  if (!NIR_FIRST_DIGITS.has(first)) {
    return invalid(
      'nir',
      value,
      `Un NIR commence par 1 ou 2 (sexe), ou par 3, 4, 7 ou 8 pour un numéro provisoire ; ${first} reçu.`,
    );
  }
  const expected = nirKey(upper.slice(0, 13));
  const given = Number(upper.slice(13));
  if (expected !== given) {
    return invalid(
      'nir',
      value,
      `La clé du NIR est incorrecte : ${twoDigits(expected)} attendue, ${upper.slice(13)} reçue.`,
    );
  }
  return valid('nir', value, upper);
}

/**
 * NIR key of the 13 first characters: 97 − (number mod 97), with `2A` → `19`, `2B` → `18`.
 * 13 digits stay below 2^53, so a double holds the number exactly; the modulo is still taken in
 * two chunks to keep every intermediate value small.
 */
function nirKey(body: string): number {
  const digits = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  const high = Number(digits.slice(0, 7)) % 97;
  const mod = (high * 1_000_000 + Number(digits.slice(7))) % 97;
  return 97 - mod;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
